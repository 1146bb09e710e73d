package no.planvakt.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.planvakt.InputException;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Morning-peak departures from the demo's invented GTFS feed, counted by hand, and bad feeds refused clearly. */
class GtfsStopsTest {
    @TempDir
    Path dir;

    @Test
    void countsDeparturesPerHourInTheMorningPeakOfTheFirstTuesday() {
        Path demo = DemoData.extractTo(dir.resolve("demo"));
        Path feed = demo.resolve(DemoData.GTFS);
        assertThat(GtfsStops.isFeed(feed)).isTrue();
        List<GtfsStops.StopService> stops = GtfsStops.read(feed, DemoData.GTFS);
        // Weekday trips leave Geilo stasjon 07:00, 07:15, … 08:45 (8 in 07–09) and Vestlia 4 minutes later (8);
        // the 07:30 trip goes on to Kikut (1). The 09:15 trip and the weekend trip do not count.
        assertThat(stops)
                .extracting(s -> s.id() + " " + s.departures() + " " + s.departuresPerHour())
                .containsExactly("GEILO_ST 8 4.0", "VESTLIA 8 4.0", "KIKUT 1 0.5");
        // The calendar starts Thursday 2026-01-01: the first Tuesday is 2026-01-06.
        assertThat(stops.get(0).day()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(stops.get(0).position().getX()).isEqualTo(8.206742);
        assertThat(stops.get(0).attributes())
                .containsEntry("avganger_per_time", 4.0)
                .containsEntry("navn", "Geilo stasjon (oppdiktet holdeplass)");
    }

    @Test
    void aFeedWithoutStopsIsRefusedNamingTheFile() throws IOException {
        Path feed = feed("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n");
        assertThatThrownBy(() -> GtfsStops.read(feed, "tom.zip"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("tom.zip")
                .hasMessageContaining("no stops");
    }

    @Test
    void aBrokenTimeIsRefusedNamingTheFileAndTheValue() throws IOException {
        Path feed = feed(
                "stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,07:00:00,7.30,A,1\n");
        assertThatThrownBy(() -> GtfsStops.read(feed, "feil.zip"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("feil.zip")
                .hasMessageContaining("7.30");
    }

    /** A small valid feed (one stop, one trip) with one file replaced. */
    private Path feed(String replaced, String content) throws IOException {
        Path d = Files.createDirectories(dir.resolve("feed"));
        Files.writeString(
                d.resolve("agency.txt"),
                "agency_id,agency_name,agency_url,agency_timezone\nX,X,https://example.invalid,Europe/Oslo\n");
        Files.writeString(d.resolve("routes.txt"), "route_id,agency_id,route_short_name,route_type\nR,X,1,3\n");
        Files.writeString(
                d.resolve("calendar.txt"),
                "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nS,1,1,1,1,1,0,0,20260101,20261231\n");
        Files.writeString(d.resolve("trips.txt"), "route_id,service_id,trip_id\nR,S,T1\n");
        Files.writeString(d.resolve("stops.txt"), "stop_id,stop_name,stop_lat,stop_lon\nA,A,60.5,8.2\n");
        Files.writeString(
                d.resolve("stop_times.txt"),
                "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,07:00:00,07:00:00,A,1\n");
        Files.writeString(d.resolve(replaced), content);
        assertThat(GtfsStops.isFeed(d)).isTrue();
        return d;
    }
}
