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
 * The packaged command as ./planvakt runs it ({@code java -jar target/planvakt-cli.jar}): a
 * GeoPackage draft (the reader that logs through SLF4J) is checked with nothing on stderr, no
 * SLF4J "no binder" warning. GDAL's ogr2ogr writes the GeoPackage from the demo's GeoJSON.
 */
class PlanvaktJarIT {
    @TempDir
    Path dir;

    @Test
    void aGeoPackageCheckPrintsNoSlf4jWarning() throws Exception {
        Path in = DemoData.extractTo(dir.resolve("input"));
        Path gpkg = dir.resolve("forslag.gpkg");
        run(
                List.of(
                        "ogr2ogr",
                        "-f",
                        "GPKG",
                        gpkg.toString(),
                        in.resolve(DemoData.DRAFT).toString()),
                dir.resolve("ogr.log"));
        Path err = dir.resolve("err.log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "planvakt-cli.jar").toAbsolutePath().toString(),
                "check",
                "--draft",
                gpkg.toString(),
                "--layers",
                in.resolve(DemoData.LAYERS).toString(),
                "--rules",
                "R3",
                "--out",
                dir.resolve("out").toString()));
        run(cmd, err);
        assertThat(Files.readString(dir.resolve("out").resolve("result.json"))).contains("\"ruleId\" : \"R3\"");
        assertThat(Files.readString(err)).isEmpty();
    }

    private static void run(List<String> command, Path stderr) throws Exception {
        Process p = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue())
                .as(String.join(" ", command) + ": " + Files.readString(stderr))
                .isZero();
    }
}
