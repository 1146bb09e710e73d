package no.planvakt.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.planvakt.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, limits: features and vertices per file, vertices per geometry, nesting depth and reading
 * time, each refused with the file, the feature and the limit named. The limits are lowered through
 * their system properties so the files stay small; the defaults are in {@link InputLimits}.
 */
class InputLimitsTest {
    @TempDir
    Path dir;

    @AfterEach
    void defaults() {
        for (String p : List.of(
                InputLimits.FEATURES,
                InputLimits.VERTICES_PER_FILE,
                InputLimits.VERTICES_PER_GEOMETRY,
                InputLimits.SECONDS)) {
            System.clearProperty(p);
        }
    }

    @Test
    void featuresPerFile() throws Exception {
        System.setProperty(InputLimits.FEATURES, "2");
        Path f = geojson("three.geojson", square(0), square(1000), square(2000));
        assertThatThrownBy(() -> read(f))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("three.geojson: filen har mer enn 2 objekter")
                .hasMessageContaining(InputLimits.FEATURES);
    }

    @Test
    void verticesPerGeometryAndPerFile() throws Exception {
        System.setProperty(InputLimits.VERTICES_PER_GEOMETRY, "10");
        Path big = geojson("big.geojson", square(0), polygon(0, 12));
        assertThatThrownBy(() -> read(big))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "big.geojson: feature #2 (line 1) har 13 punkter, mer enn grensen på 10 for én geometri (planvakt.maxVerticesPerGeometry)");
        System.clearProperty(InputLimits.VERTICES_PER_GEOMETRY);
        System.setProperty(InputLimits.VERTICES_PER_FILE, "12");
        Path many = geojson("many.geojson", square(0), square(1000), square(2000));
        assertThatThrownBy(() -> read(many))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("many.geojson: filen har mer enn 12 punkter");
    }

    @Test
    void oneHugeGeoJsonFeatureIsRefusedBeforeItsTreeIsBuilt() throws Exception {
        System.setProperty(InputLimits.VERTICES_PER_GEOMETRY, "10");
        // 4 × 10 + 100 000 JSON values are allowed per feature; 60 000 vertices are far more.
        Path f = geojson("huge.geojson", polygon(0, 60_000));
        assertThatThrownBy(() -> read(f))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("huge.geojson: feature #1 (line 1) er større enn ett objekt kan være");
    }

    @Test
    void sosiArcsCountAsTheVerticesTheyBecome() throws Exception {
        System.setProperty(InputLimits.VERTICES_PER_GEOMETRY, "100");
        // A full circle of radius 1 km becomes about 4 000 vertices within the 5 cm tolerance.
        String sosi = ".HODE\n..TEGNSETT ISO8859-1\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0 0\n...ENHET 1\n"
                + ".SIRKELP 1:\n..OBJTYPE KpArealformålGrense\n..NØ\n6712000 447000\n6713000 448000\n6712000 449000\n.SLUTT\n";
        Path f = dir.resolve("sirkel.sos");
        Files.write(f, sosi.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(f))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("sirkel.sos: line 7, .SIRKELP 1 har")
                .hasMessageContaining("mer enn grensen på 100 for én geometri");
    }

    @Test
    void nestingDepthInGeoJsonAndPlanGml() throws Exception {
        Path json = dir.resolve("deep.geojson");
        Files.writeString(
                json,
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"a\":"
                        + "[".repeat(500) + "]".repeat(500) + "},\"geometry\":null}]}");
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("deep.geojson")
                .hasMessageContaining("nesting depth");
        Path gml = dir.resolve("deep.gml");
        Files.writeString(
                gml,
                "<gml:FeatureCollection xmlns:gml=\"http://www.opengis.net/gml/3.2\">" + "<a>".repeat(500)
                        + "</a>".repeat(500) + "</gml:FeatureCollection>");
        assertThatThrownBy(() -> read(gml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("deep.gml")
                .hasMessageContaining("maxElementDepth");
    }

    @Test
    void readingTime() throws Exception {
        System.setProperty(InputLimits.SECONDS, "0");
        List<String> features = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            features.add(square(i * 1000));
        }
        Path f = geojson("slow.geojson", features.toArray(String[]::new));
        assertThatThrownBy(() -> read(f))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("slow.geojson: lesingen tok mer enn 0 s")
                .hasMessageContaining(InputLimits.SECONDS);
    }

    @Test
    void withinTheLimitsAFileIsRead() throws Exception {
        System.setProperty(InputLimits.FEATURES, "3");
        System.setProperty(InputLimits.VERTICES_PER_FILE, "15");
        System.setProperty(InputLimits.VERTICES_PER_GEOMETRY, "5");
        assertThat(read(geojson("ok.geojson", square(0), square(1000), square(2000)))
                        .get(0)
                        .features())
                .hasSize(3);
    }

    private static List<SourceFile> read(Path f) {
        return FeatureFiles.read(f, t -> true);
    }

    private Path geojson(String name, String... features) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(
                p,
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25832\"}},"
                        + "\"features\":[" + String.join(",", features) + "]}");
        return p;
    }

    private static String square(double dx) {
        return polygon(dx, 4);
    }

    /** A closed ring of {@code n} + 1 vertices on a circle of radius 100 m. */
    private static String polygon(double dx, int n) {
        StringBuilder b = new StringBuilder(
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * (i % n) / n;
            b.append(i == 0 ? "" : ",")
                    .append('[')
                    .append(447000 + dx + 100 * Math.cos(a))
                    .append(',')
                    .append(6712000 + 100 * Math.sin(a))
                    .append(']');
        }
        return b.append("]]}}").toString();
    }
}
