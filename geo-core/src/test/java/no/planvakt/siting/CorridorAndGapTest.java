package no.planvakt.siting;

import static no.planvakt.siting.SitingFixtures.CHARGING_100;
import static no.planvakt.siting.SitingFixtures.line;
import static no.planvakt.siting.SitingFixtures.road;
import static no.planvakt.siting.SitingFixtures.station;
import static no.planvakt.siting.SitingFixtures.straight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.planvakt.InputException;
import org.junit.jupiter.api.Test;

/** Corridors built from links, stations placed by linear referencing, gaps with known answers. */
class CorridorAndGapTest {
    private final CorridorSpec rv7 = new CorridorSpec("Rv7", RoadNumber.parse("Rv 7"), "regional");

    @Test
    void linksOfTheRoadNumberAreMergedIntoOneSectionAndOtherRoadsIgnored() {
        Corridor c = CorridorBuilder.build("E1", rv7, "vegnett", List.of(
                road("a", "R", 7, line(0, 0, 30_000, 0)),
                road("b", "R", 7, line(30_000, 0, 30_000, 40_000)),
                road("c", "F", 7, line(30_000, 40_000, 90_000, 40_000)),
                // a 2 km branch of Rv 7 from the corner: left out, the through route kept
                road("d", "R", 7, line(30_000, 0, 32_000, 0))));
        assertThat(c.sections()).hasSize(1);
        assertThat(c.sections().get(0).length()).isEqualTo(70_000);
        assertThat(c.leftOutM()).isEqualTo(2_000);
    }

    @Test
    void aBreakShorterThanJoinMIsJoinedALongerOneIsNot() {
        List<no.planvakt.reference.ReferenceFeature> roads = List.of(road("a", "R", 7, line(0, 0, 10_000, 0)),
                road("b", "R", 7, line(10_300, 0, 20_000, 0)));
        assertThat(CorridorBuilder.build("E1", rv7, "vegnett", roads, 500).sections()).hasSize(1)
                .allSatisfy(s -> assertThat(s.length()).isEqualTo(20_000));
        assertThat(CorridorBuilder.build("E1", rv7, "vegnett", roads, 200).sections()).extracting(CorridorSection::id)
                .containsExactly("Rv7-1", "Rv7-2");
    }

    @Test
    void aRoadNumberNotInTheNetworkIsRefusedNamingTheRule() {
        CorridorSpec e99 = new CorridorSpec("E99", RoadNumber.parse("E 99"), "kjernenett");
        assertThatThrownBy(() -> CorridorBuilder.build("E1", e99, "vegnett", List.of(road("a", "R", 7, line(0, 0, 1, 0)))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("rule E1: field parameters.corridors: corridor E99 (E 99) is not in the road network")
                .hasMessageContaining("vegkategori=E and vegnummer=99");
    }

    @Test
    void aCorridorWithAKnownGap() {
        // 200 km section, stations at 30 km and 170 km: 140 km apart > 100 km. Ends: virtual stations
        // 20 km outside: −20 -> 30 = 50 km, 170 -> 220 = 50 km, no gap there.
        CorridorSection s = straight("Rv7", 200_000);
        StationPlacer.Placement p = new StationPlacer(1_000, 20_000).place(List.of(
                station("A", 30_000, 400, "lading"), station("B", 170_000, -900, "lading")), List.of(s));
        assertThat(p.notPlaced()).isEmpty();
        List<Gap> gaps = GapAnalysis.gaps(s, CHARGING_100, p.placed(), 20_000);
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).from()).isEqualTo(30_000);
        assertThat(gaps.get(0).to()).isEqualTo(170_000);
        assertThat(gaps.get(0).lengthM()).isEqualTo(140_000);
        assertThat(gaps.get(0).geometry().getLength()).isCloseTo(140_000, within(1e-6));
        assertThat(gaps.get(0).fromStation()).isEqualTo("A");
    }

    @Test
    void stationsAcrossTheBorderMarginCountAndFartherOnesAreListedNotPlaced() {
        // 100 km section, one station at 50 km. Without more: −20 -> 50 = 70 and 50 -> 120 = 70, no gap
        // with 100 km, but with 60 km both ends are gaps. A station 15 km past the start (within the
        // 20 km margin) shortens the first stretch to 65 km; one 25 km past the end is not placed.
        CorridorSection s = straight("Rv7", 100_000);
        Spacing sixty = new Spacing("kjernenett", "lading", 60_000, "test");
        StationPlacer placer = new StationPlacer(1_000, 20_000);
        StationPlacer.Placement p = placer.place(List.of(station("M", 50_000, 0, "lading"), station("W", -15_000, 0, "lading"),
                station("E", 125_000, 0, "lading"), station("N", 50_000, 5_000, "lading")), List.of(s));
        assertThat(p.placed()).extracting(x -> x.station().id() + "@" + x.measure() + (x.beyondEnd() ? " beyond" : ""))
                .containsExactly("M@50000.0", "W@-15000.0 beyond");
        assertThat(p.notPlaced()).extracting(n -> n.station().id() + " " + n.distanceM()).containsExactly("E 25000.0", "N 5000.0");
        List<Gap> gaps = GapAnalysis.gaps(s, sixty, p.placed(), 20_000);
        assertThat(gaps).extracting(g -> g.from() + " -> " + g.to() + " in county " + g.lengthM())
                .containsExactly("-15000.0 -> 50000.0 in county 50000.0", "50000.0 -> 120000.0 in county 50000.0");
        assertThat(gaps.get(1).toStation()).isNull();
    }

    @Test
    void aStationOfAnotherCarrierDoesNotCloseTheGap() {
        CorridorSection s = straight("Rv7", 150_000);
        StationPlacer.Placement p = new StationPlacer(1_000, 20_000).place(List.of(station("H", 75_000, 0, "hydrogen")), List.of(s));
        assertThat(GapAnalysis.gaps(s, CHARGING_100, p.placed(), 20_000)).extracting(Gap::spacingM).containsExactly(190_000.0);
    }
}
