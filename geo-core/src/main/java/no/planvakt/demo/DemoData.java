package no.planvakt.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The built-in demo: an invented adopted plan and draft for Hol (3330), placed inside the real
 * municipal boundary, and schematic reference layers for every rule (forest line, heritage, recreation and
 * nature areas, a corridor, mineral deposits, place types), and real N1000 land cover of Hol for
 * the area account. Written out as ordinary files so the
 * demo runs through exactly the same readers as a planner's own files.
 */
public final class DemoData {
    public static final String DRAFT = "kpa-forslag.geojson";
    public static final String ADOPTED = "kpa-gjeldende.geojson";
    public static final String LAYERS = "reference-layers.yaml";
    /** The real N1000 road network (rule E1), shipped once with the other N1000 extracts. */
    private static final String ROADS = "/no/planvakt/data/n1000-buskerud/n1000_veglenke_buskerud.geojson";
    private static final List<String> FILES = List.of(DRAFT, ADOPTED, LAYERS, "over-skoggrensen.geojson", "hol-3330.geojson",
            "kulturmiljo.geojson", "kulturminner.geojson", "friluftsomrader.geojson", "friluftsomrader-dekning.geojson",
            "naturomrader.geojson", "korridorer.geojson", "mineralressurser.geojson", "stedstype.geojson", "arealdekke-n1000-hol.geojson",
            "LICENSES.md", "energistasjoner-oppdiktet.geojson", "nettkapasitet-oppdiktet.geojson", "rasteplasser-oppdiktet.geojson",
            ROADS);

    private DemoData() {
    }

    /** Copies the demo files into {@code dir} and returns it. */
    public static Path extractTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String f : FILES) {
                try (InputStream in = DemoData.class.getResourceAsStream(f)) {
                    String name = f.substring(f.lastIndexOf('/') + 1);
                    if (in == null) {
                        throw new IllegalStateException("demo resource missing: " + f);
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
