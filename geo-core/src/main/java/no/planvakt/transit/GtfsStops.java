package no.planvakt.transit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import no.planvakt.InputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.onebusaway.gtfs.impl.GtfsRelationalDaoImpl;
import org.onebusaway.gtfs.impl.calendar.CalendarServiceDataFactoryImpl;
import org.onebusaway.gtfs.model.AgencyAndId;
import org.onebusaway.gtfs.model.ServiceCalendar;
import org.onebusaway.gtfs.model.ServiceCalendarDate;
import org.onebusaway.gtfs.model.Stop;
import org.onebusaway.gtfs.model.StopTime;
import org.onebusaway.gtfs.model.calendar.ServiceDate;
import org.onebusaway.gtfs.serialization.GtfsReader;
import org.onebusaway.gtfs.services.calendar.CalendarService;

/**
 * Reads a GTFS feed (a .zip or a folder with stops.txt, stop_times.txt, trips.txt, calendar.txt…)
 * into stops with their departures per hour in the morning peak, 07:00–09:00, on one service day:
 * the first Tuesday in the feed's calendar (a normal working day; the feed's own period decides the
 * year). Stops are points in WGS84 (EPSG:4326), lon/lat.
 */
public final class GtfsStops {
    /** Start and end (exclusive) of the morning peak, seconds after midnight. */
    static final int PEAK_START = 7 * 3600;

    static final int PEAK_END = 9 * 3600;

    private GtfsStops() {}

    /** One stop: id, name, position (lon/lat) and departures per hour in the morning peak. */
    public record StopService(
            String id, String name, Point position, double departuresPerHour, int departures, LocalDate day) {
        /** The attributes a reference layer feature of this stop carries. */
        public Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("stop_id", id);
            a.put("navn", name);
            a.put("avganger_per_time", departuresPerHour);
            a.put("avganger_morgen", departures);
            a.put("dag", day.toString());
            return a;
        }
    }

    /** True when {@code file} looks like a GTFS feed: a folder or zip with stops.txt. */
    public static boolean isFeed(Path file) {
        if (Files.isDirectory(file)) {
            return Files.isRegularFile(file.resolve("stops.txt"));
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") && Files.isRegularFile(file)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.getEntry("stops.txt") != null;
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * The feed's stops (location type 0 or empty: boarding positions and stops, not stations) with
     * their morning-peak departures. Throws {@link InputException} naming the file when the feed has
     * no stops, or a time or other field that cannot be read.
     */
    public static List<StopService> read(Path file, String displayName) {
        GtfsRelationalDaoImpl dao = new GtfsRelationalDaoImpl();
        GtfsReader reader = new GtfsReader();
        try {
            reader.setInputLocation(file.toFile());
            reader.setEntityStore(dao);
            reader.run();
        } catch (IOException | RuntimeException e) {
            throw new InputException(displayName + ": GTFS feed cannot be read: " + causes(e), e);
        } finally {
            try {
                reader.close();
            } catch (IOException ignored) {
                // Nothing to do: the reader is done with the file either way.
            }
        }
        List<Stop> stops =
                dao.getAllStops().stream().filter(s -> s.getLocationType() == 0).toList();
        if (stops.isEmpty()) {
            throw new InputException(
                    displayName + ": GTFS feed has no stops (stops.txt is empty or lists only stations)");
        }
        LocalDate day = serviceDay(dao, displayName);
        CalendarService calendar = CalendarServiceDataFactoryImpl.createService(dao);
        Set<AgencyAndId> services =
                calendar.getServiceIdsOnDate(new ServiceDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        Map<AgencyAndId, Integer> departures = new HashMap<>();
        for (StopTime st : dao.getAllStopTimes()) {
            if (!st.isDepartureTimeSet() || !services.contains(st.getTrip().getServiceId())) {
                continue;
            }
            int t = st.getDepartureTime();
            if (t >= PEAK_START && t < PEAK_END) {
                departures.merge(st.getStop().getId(), 1, Integer::sum);
            }
        }
        GeometryFactory gf = new GeometryFactory();
        List<StopService> out = new ArrayList<>();
        for (Stop s : stops) {
            if (s.getLat() == 0 && s.getLon() == 0) {
                throw new InputException(displayName + ": stop " + s.getId().getId() + " has no stop_lat/stop_lon");
            }
            int n = departures.getOrDefault(s.getId(), 0);
            Point p = gf.createPoint(new Coordinate(s.getLon(), s.getLat()));
            out.add(new StopService(s.getId().getId(), s.getName(), p, n / ((PEAK_END - PEAK_START) / 3600.0), n, day));
        }
        return out;
    }

    /** The first Tuesday within the feed's service period (calendar.txt, else calendar_dates.txt). */
    static LocalDate serviceDay(GtfsRelationalDaoImpl dao, String displayName) {
        LocalDate start = null;
        for (ServiceCalendar c : dao.getAllCalendars()) {
            LocalDate d = date(c.getStartDate());
            start = start == null || d.isBefore(start) ? d : start;
        }
        for (ServiceCalendarDate c : dao.getAllCalendarDates()) {
            LocalDate d = date(c.getDate());
            start = start == null || d.isBefore(start) ? d : start;
        }
        if (start == null) {
            throw new InputException(displayName
                    + ": GTFS feed has neither calendar.txt nor calendar_dates.txt: no service day to count");
        }
        LocalDate day = start;
        while (day.getDayOfWeek() != DayOfWeek.TUESDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate date(ServiceDate d) {
        return LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
    }

    private static String causes(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !sb.toString().contains(m)) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m);
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }
}
