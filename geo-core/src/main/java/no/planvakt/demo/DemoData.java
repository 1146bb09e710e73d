package no.planvakt.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The built-in demo: an invented adopted plan and draft for Hol (3330), placed inside the real
 * municipal boundary, and schematic reference layers for every rule (forest line, heritage, recreation and
 * nature areas, a corridor, mineral deposits, place types), real N1000 land cover of Hol for
 * the area account, and for the transport rules the real N1000 roads, centres, stations, built-up
 * areas and land cover with invented bus stops (GTFS). Written out as ordinary files so the
 * demo runs through exactly the same readers as a planner's own files.
 */
public final class DemoData {
    public static final String DRAFT = "kpa-forslag.geojson";
    public static final String ADOPTED = "kpa-gjeldende.geojson";
    public static final String LAYERS = "reference-layers.yaml";
    /** The real N1000 road network (rule E1), shipped once with the other N1000 extracts. */
    private static final String ROADS = "/no/planvakt/data/n1000-buskerud/n1000_veglenke_buskerud.geojson";

    private static final List<String> FILES = List.of(
            DRAFT,
            ADOPTED,
            LAYERS,
            "over-skoggrensen.geojson",
            "hol-3330.geojson",
            "kulturmiljo.geojson",
            "kulturminner.geojson",
            "friluftsomrader.geojson",
            "friluftsomrader-dekning.geojson",
            "naturomrader.geojson",
            "korridorer.geojson",
            "mineralressurser.geojson",
            "stedstype.geojson",
            "arealdekke-n1000-hol.geojson",
            "LICENSES.md",
            "knutepunkter.geojson",
            "energistasjoner-oppdiktet.geojson",
            "nettkapasitet-oppdiktet.geojson",
            "rasteplasser-oppdiktet.geojson",
            ROADS);
    /** The invented bus timetable: kept as GTFS text files, written out as the zip a planner would load. */
    public static final String GTFS = "holdeplasser-oppdiktet-gtfs.zip";

    private static final List<String> GTFS_FILES =
            List.of("agency.txt", "routes.txt", "calendar.txt", "stops.txt", "trips.txt", "stop_times.txt");
    /** Real Kartverket N1000 extracts the demo uses as they are (shipped once, under no/planvakt/data). */
    private static final String N1000 = "/no/planvakt/data/n1000-buskerud/";

    private static final List<String> N1000_FILES = List.of(
            "n1000_veglenke_buskerud.geojson",
            "n1000_tettbebyggelse_buskerud.geojson",
            "n1000_skog_buskerud.geojson",
            "n1000_myr_buskerud.geojson",
            "n1000_apentomrade_buskerud.geojson",
            "SOURCE.md");

    private DemoData() {}

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies the demo files into {@code dir} and returns it. */
    public static Path extractTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String f : FILES) {
                copy(f, dir.resolve(f.substring(f.lastIndexOf('/') + 1)));
            }
            for (String f : N1000_FILES) {
                copy(N1000 + f, dir.resolve("n1000").resolve(f));
            }
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(GTFS)))) {
                for (String f : GTFS_FILES) {
                    try (InputStream in = DemoData.class.getResourceAsStream("holdeplasser-oppdiktet-gtfs/" + f)) {
                        if (in == null) {
                            throw new IllegalStateException("demo resource missing: holdeplasser-oppdiktet-gtfs/" + f);
                        }
                        zip.putNextEntry(new ZipEntry(f));
                        in.transferTo(zip);
                        zip.closeEntry();
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
