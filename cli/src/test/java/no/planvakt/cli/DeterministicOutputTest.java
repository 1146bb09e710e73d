package no.planvakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes: the demo run twice, each time in its own JVM (so that hash seeds,
 * identity hash codes and class-loading order differ), writes identical result.json,
 * findings.geojson and report.html.
 */
class DeterministicOutputTest {
    @TempDir
    Path dir;

    @Test
    void theDemoTwiceInTwoJvmsGivesByteIdenticalFiles() throws Exception {
        Path first = demoInOwnJvm("first");
        Path second = demoInOwnJvm("second");
        for (String file : List.of("result.json", "findings.geojson", "report.html")) {
            byte[] a = Files.readAllBytes(first.resolve(file));
            assertThat(a).as(file).hasSizeGreaterThan(1000);
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(a);
        }
    }

    private Path demoInOwnJvm(String name) throws Exception {
        Path out = dir.resolve(name);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "demo",
                        "--out",
                        out.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue())
                .as(Files.readString(dir.resolve(name + ".log")))
                .isZero();
        return out;
    }
}
