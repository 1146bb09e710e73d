package no.planvakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command with a quarter of its stated heap ({@code -Xmx512m}; ./planvakt gives it 2 GB)
 * on the inputs that used to exhaust any heap: a ×1000 typo in one vertex and a polygon over the
 * vertex limit (lowered tenfold here) are both refused with exit code 2 and a message, not an
 * out-of-memory error.
 */
class CommandLimitsIT {
    private static final String CRS = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25832\"}},";

    @TempDir
    Path dir;

    @Test
    void aTypoInOneVertexIsRefusedWithinASmallHeap() throws Exception {
        Path draft = dir.resolve("typo.geojson");
        Files.writeString(
                draft,
                "{\"type\":\"FeatureCollection\"," + CRS + "\"features\":[{\"type\":\"Feature\",\"properties\":"
                        + "{\"KPAREALFORMÅL\":1120,\"AREALST\":2},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[447000,6712000],"
                        + "[447500,6710000000],[447500,6712400],[447000,6712000]]]}}]}");
        String err = check(draft);
        assertThat(err).contains("typo.geojson: feature #1", "(447500, 6710000000) ligger utenfor Norge");
    }

    @Test
    void aPolygonOverTheVertexLimitIsRefusedWithinASmallHeap() throws Exception {
        // The limit lowered tenfold (to 100 000, as -Dplanvakt.maxVerticesPerGeometry) keeps the file at 2 MB.
        int n = 100_001;
        StringBuilder b = new StringBuilder(
                "{\"type\":\"FeatureCollection\"," + CRS + "\"features\":[{\"type\":\"Feature\","
                        + "\"properties\":{\"KPAREALFORMÅL\":1120,\"AREALST\":2},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * (i % (n - 1)) / (n - 1);
            b.append(i == 0 ? "" : ",")
                    .append('[')
                    .append(Math.round(447000 + 5000 * Math.cos(a)))
                    .append(',')
                    .append(Math.round(6712000 + 5000 * Math.sin(a)))
                    .append(']');
        }
        Path draft = dir.resolve("stor.geojson");
        Files.writeString(draft, b.append("]]}}]}"));
        String err = check(draft);
        assertThat(err).contains("stor.geojson: feature #1", "har 100 001 punkter, mer enn grensen på 100 000");
    }

    @Test
    void aCheckPastItsTimeLimitStopsWithExitCode4AndWritesNothing() throws Exception {
        // A tiny limit: the demo's valid inputs, but the run may take a millisecond.
        Path in = DemoData.extractTo(dir.resolve("input"));
        String err = run(
                4,
                "-Dplanvakt.maxRunSeconds=0.001",
                "check",
                "--draft",
                in.resolve(DemoData.DRAFT).toString(),
                "--adopted",
                in.resolve(DemoData.ADOPTED).toString(),
                "--layers",
                in.resolve(DemoData.LAYERS).toString(),
                "--out",
                dir.resolve("out").toString());
        assertThat(err.strip())
                .isEqualTo(
                        "planvakt: Kontrollen ble stoppet fordi den brukte mer enn 0.001 s, grensen for én kjøring"
                                + " (planvakt.maxRunSeconds); ingenting av den er lagret. Kjør færre regler om gangen, del opp planen eller øk grensen.");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** Runs the jar's check on {@code draft} with -Xmx512m; expects exit code 2 and returns stderr. */
    private String check(Path draft) throws Exception {
        Path in = DemoData.extractTo(dir.resolve("input"));
        return run(
                2,
                "-Dplanvakt.maxVerticesPerGeometry=100000",
                "check",
                "--draft",
                draft.toString(),
                "--layers",
                in.resolve(DemoData.LAYERS).toString(),
                "--rules",
                "R3",
                "--out",
                dir.resolve("out").toString());
    }

    /** Runs the jar with -Xmx512m, one system property and {@code args}; expects {@code exitCode} and returns stderr. */
    private String run(int exitCode, String property, String... args) throws Exception {
        Path err = dir.resolve("err.log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                property,
                "-jar",
                Path.of("target", "planvakt-cli.jar").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String text = Files.readString(err);
        assertThat(p.exitValue()).as(text).isEqualTo(exitCode);
        assertThat(text).doesNotContain("OutOfMemoryError");
        return text;
    }
}
