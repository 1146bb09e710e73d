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
 * nature areas, a corridor, mineral deposits, place types), plus real N1000 land cover and the
 * 2024 municipal boundaries for the area account. Written out as ordinary files so the
 * demo runs through exactly the same readers as a planner's own files.
 */
public final class DemoData {
    public static final String DRAFT = "kpa-forslag.geojson";
    public static final String ADOPTED = "kpa-gjeldende.geojson";
    public static final String LAYERS = "reference-layers.yaml";
    private static final List<String> FILES = List.of(DRAFT, ADOPTED, LAYERS, "over-skoggrensen.geojson", "hol-3330.geojson",
            "kulturmiljo.geojson", "kulturminner.geojson", "friluftsomrader.geojson", "friluftsomrader-dekning.geojson",
            "naturomrader.geojson", "korridorer.geojson", "mineralressurser.geojson", "stedstype.geojson", "LICENSES.md");
    /**
     * Real data the demo's area account reads (land cover and municipal boundaries, © Kartverket,
     * CC BY 4.0), copied from the project's data folder with their source notes.
     */
    private static final List<String> REAL = List.of("n1000-buskerud/n1000_tettbebyggelse_buskerud.geojson",
            "n1000-buskerud/n1000_innsjo_buskerud.geojson", "n1000-buskerud/n1000_snoisbre_buskerud.geojson",
            "n1000-buskerud/n1000_myr_buskerud.geojson", "n1000-buskerud/n1000_skog_buskerud.geojson",
            "n1000-buskerud/n1000_apentomrade_buskerud.geojson", "n1000-buskerud/SOURCE.md",
            "admin/buskerud_kommuner_2024.geojson", "admin/SOURCE.md");

    private DemoData() {
    }

    /** Copies the demo files into {@code dir} and returns it. */
    public static Path extractTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String f : FILES) {
                try (InputStream in = DemoData.class.getResourceAsStream(f)) {
                    if (in == null) {
                        throw new IllegalStateException("demo resource missing: " + f);
                    }
                    Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (String f : REAL) {
                try (InputStream in = DemoData.class.getResourceAsStream("/no/planvakt/data/" + f)) {
                    if (in == null) {
                        throw new IllegalStateException("data resource missing: " + f);
                    }
                    Files.createDirectories(dir.resolve(f).getParent());
                    Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
