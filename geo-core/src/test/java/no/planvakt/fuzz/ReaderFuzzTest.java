package no.planvakt.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import no.planvakt.InputException;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.rule.RulePackException;
import no.planvakt.rule.RulePackLoader;

/**
 * Coverage-guided fuzzing (Jazzer) of every reader a planner's file goes through: SOSI, Plan GML,
 * GeoJSON and GeoPackage (the whole import: reader, plausibility check, importer, transform), the
 * rule-pack YAML and the reference-layer list. A clear {@link InputException} or
 * {@link RulePackException} is the right answer to bad input; any other exception, a hang or an out
 * of memory error is a finding.
 *
 * <p>In the normal build the tests run in regression mode: each seed and each input the fuzzer has
 * found (in {@code src/test/resources/no/planvakt/fuzz/ReaderFuzzTestInputs/<method>/}) is read
 * once, in seconds. {@code scripts/fuzz} fuzzes each target for longer; see docs/fuzzing.md.
 */
class ReaderFuzzTest {
    private static final Path DIR = tempDir();
    private static final PlanReader PLANS = new PlanReader(25833);

    @FuzzTest(maxDuration = "60s")
    void sosi(byte[] data) {
        readPlan(data, "fuzz.sos");
    }

    @FuzzTest(maxDuration = "60s")
    void planGml(byte[] data) {
        readPlan(data, "fuzz.gml");
    }

    @FuzzTest(maxDuration = "60s")
    void geoJson(byte[] data) {
        readPlan(data, "fuzz.geojson");
    }

    @FuzzTest(maxDuration = "60s")
    void geoPackage(byte[] data) {
        readPlan(data, "fuzz.gpkg");
    }

    @FuzzTest(maxDuration = "60s")
    void rulePack(byte[] data) {
        try {
            RulePackLoader.load("fuzz.yaml", new ByteArrayInputStream(data));
        } catch (InputException | RulePackException expected) {
            // A refused pack, with its reason: the right answer.
        }
    }

    /** A reference-layer list next to a real layer file (a.geojson), so the fuzzer can reach the layer reading. */
    @FuzzTest(maxDuration = "60s")
    void layers(byte[] data) {
        try {
            Path manifest = write(data, "layers.yaml");
            new ReferenceLayerReader(25833).readManifest(manifest);
        } catch (InputException | RulePackException expected) {
            // Refused with a reason.
        }
    }

    private static void readPlan(byte[] data, String name) {
        try {
            PLANS.read(write(data, name), PlanVersionKind.DRAFT);
        } catch (InputException expected) {
            // Refused with a reason naming the file: the right answer to bad input.
        }
    }

    private static Path write(byte[] data, String name) {
        try {
            Path p = DIR.resolve(name);
            Files.write(p, data);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("planvakt-fuzz-");
            try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("/no/planvakt/demo/kulturminner.geojson")) {
                Files.copy(in, dir.resolve("a.geojson"), StandardCopyOption.REPLACE_EXISTING);
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
