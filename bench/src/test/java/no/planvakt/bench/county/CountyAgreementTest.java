package no.planvakt.bench.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded slice of the county benchmark that runs with the tests: a small generated county
 * (scale 0.01: about 800 land-use objects per plan on Buskerud's real boundaries, shared edges
 * everywhere) checked by Planvakt and by the plain PostGIS SQL baseline, which must find the same
 * (object, reference) pairs with the same areas to 0.01 %, and through the service path (PostGIS →
 * engine → stored findings), which must store the same findings. The generator must be deterministic.
 */
class CountyAgreementTest {
    @TempDir
    Path dir;

    @Test
    void planvaktAndTheSqlBaselineAgreeOnAGeneratedCounty() throws Exception {
        String url = System.getenv("PLANVAKT_DB_URL");
        if (url == null) {
            fail(
                    "PLANVAKT_DB_URL is not set: start PostGIS with `scripts/postgis.sh start` and export PLANVAKT_DB_URL=$(scripts/postgis.sh url)");
        }
        new CountyGenerator(0.01, 13).writeTo(dir);
        CheckInput input = PlanCheck.read(
                dir.resolve("kpa-forslag.geojson"),
                dir.resolve("kpa-gjeldende.geojson"),
                dir.resolve("reference-layers.yaml"),
                CountyGenerator.SRID);
        LoadedPack pack = CountyBenchmark.countyPack();
        CheckResult result = new CheckEngine(pack).run(input);
        int compared = 0;
        try (PostGisBaseline sql = new PostGisBaseline(url)) {
            sql.load(input.draft(), input.adopted(), input.layers().values());
            for (CompiledRule rule : pack.rules()) {
                if (PostGisBaseline.sql(rule, 0, 1) == null) {
                    continue;
                }
                BufferAllowance buffers = BufferAllowance.of(rule, input, sql);
                for (int parts : new int[] {1, 2}) {
                    Agreement a = Agreement.compare(
                            rule.definition().id(),
                            result.findings(),
                            sql.run(rule, parts).rows(),
                            rule,
                            buffers);
                    System.out.println(rule.definition().id() + " on " + parts + " connection(s): " + a);
                    assertThat(a.ok())
                            .as(rule.definition().id() + " on " + parts + " connection(s): " + a)
                            .isTrue();
                    compared += a.both();
                }
            }
            sql.dropSchema();
        }
        // The service path (the API's repositories and RunService, in a database of its own) stores
        // exactly the findings the embedded check found.
        try (ServicePath service = new ServicePath(url, CountyGenerator.SRID)) {
            ServicePath.Run run = service.run(pack, service.importCounty(input));
            assertThat(run.storedFindings()).isEqualTo(result.findings().size());
            assertThat(run.result().findings().stream()
                            .map(f -> f.key())
                            .sorted()
                            .toList())
                    .isEqualTo(result.findings().stream()
                            .map(f -> f.key())
                            .sorted()
                            .toList());
        }
        // Not an empty comparison: the generated county has conflicts for the rules with a baseline.
        assertThat(compared).as("finding pairs compared").isGreaterThan(50);
    }

    @Test
    void theGeneratorIsDeterministic(@TempDir Path other) throws Exception {
        new CountyGenerator(0.003, 7).writeTo(dir);
        new CountyGenerator(0.003, 7).writeTo(other);
        assertThat(digests(dir)).isEqualTo(digests(other)).isNotEmpty();
    }

    private static Map<String, String> digests(Path d) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(d)) {
            for (Path f : files.toList()) {
                out.put(
                        f.getFileName().toString(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
