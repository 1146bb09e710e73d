package no.planvakt.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.format.GdalOracle;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.FindingsGeoJson;
import no.planvakt.result.ResultJson;
import no.planvakt.result.ResultTable;
import no.planvakt.result.TableCsv;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's output files written as streams: the same bytes as the JSON trees they replace,
 * written while the findings are still being produced (not collected first), and the findings
 * GeoPackage as GDAL reads it.
 */
class ReportFilesTest {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    static Path dir;

    static LoadedPack pack = RulePackLoader.buskerud();
    static CheckInput input;
    static CheckResult result;

    @BeforeAll
    static void demo() {
        DemoData.extractTo(dir);
        PlanReader reader = new PlanReader(Crs.DEFAULT_CANONICAL_SRID);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID)
                .readManifest(dir.resolve(DemoData.LAYERS))
                .forEach(l -> layers.put(l.id(), l));
        input = new CheckInput(
                reader.read(dir.resolve(DemoData.DRAFT), PlanVersionKind.DRAFT),
                reader.read(dir.resolve(DemoData.ADOPTED), PlanVersionKind.ADOPTED),
                layers);
        result = new CheckEngine(pack).run(input);
        ReportFiles.write(dir.resolve("out"), pack, input, result);
    }

    @Test
    void streamedJsonHasTheBytesOfTheTree() throws IOException {
        assertThat(result.tables())
                .as("the demo has tables (AR1, E1), so their rows are compared too")
                .isNotEmpty();
        assertThat(Files.readAllBytes(dir.resolve("out").resolve(ReportFiles.RESULT_JSON)))
                .isEqualTo(PRETTY.writeValueAsBytes(ResultJson.toJson(result)));
        assertThat(Files.readAllBytes(dir.resolve("out").resolve(ReportFiles.FINDINGS_GEOJSON)))
                .isEqualTo(PRETTY.writeValueAsBytes(FindingsGeoJson.toGeoJson(
                        result.findings(), input.draft().srid())));
        for (ResultTable t : result.tables()) {
            assertThat(Files.readString(
                            dir.resolve("out").resolve(ReportFiles.TABLES_DIR).resolve(t.id() + ".csv")))
                    .isEqualTo(TableCsv.write(t));
        }
    }

    /**
     * A hundred thousand findings made one at a time: bytes reach the file while later findings are
     * not yet made, so nothing holds the whole document (a tree or a string) before writing it.
     */
    @Test
    void findingsAreWrittenWhileTheyAreStillBeingMade() throws IOException {
        Finding model = result.findings().get(0);
        CountingSink sink = new CountingSink();
        long[] writtenWhenHalfMade = {-1};
        int n = 100_000;
        Iterable<Finding> lazy = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Finding next() {
                if (i == n / 2) {
                    writtenWhenHalfMade[0] = sink.count;
                }
                i++;
                return Finding.of(model.ruleId(), model.ruleTitle(), model.status())
                        .key(model.key() + "-" + i)
                        .planObject(model.planObjectId() + "-" + i, model.planObjectName(), model.planObjectPurpose())
                        .area(model.areaM2())
                        .message(model.message())
                        .geometry(model.geometry())
                        .build();
            }
        };
        FindingsGeoJson.write(lazy, Crs.DEFAULT_CANONICAL_SRID, sink);
        assertThat(writtenWhenHalfMade[0])
                .as("bytes written when half the findings were made")
                .isGreaterThan(sink.count / 3)
                .isLessThan(sink.count * 2 / 3);
    }

    @Test
    void geoPackageOfFindingsReadsBackInGdal() throws IOException, InterruptedException {
        GdalOracle.requireInstalled();
        Path gpkg = dir.resolve("out").resolve(ReportFiles.FINDINGS_GPKG);
        String info = run("ogrinfo", "-so", "-al", gpkg.toString());
        assertThat(info)
                .contains(
                        "Layer name: findings",
                        "Feature Count: " + result.findings().size(),
                        "ETRS89 / UTM zone 33N",
                        "ID[\"EPSG\",25833]]",
                        "rule_id: String",
                        "area_m2: Real");
        String reds = run(
                "ogrinfo",
                "-q",
                "-sql",
                "SELECT COUNT(*) AS n, SUM(area_m2) AS a FROM findings WHERE status = 'RED'",
                gpkg.toString());
        long red = result.findings().stream()
                .filter(f -> f.status() == no.planvakt.result.Status.RED)
                .count();
        assertThat(red).isPositive();
        assertThat(reds).contains("n (Integer) = " + red);
        List<String> csv =
                Files.readAllLines(dir.resolve("out").resolve(ReportFiles.FINDINGS_CSV), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("\uFEFFfinding_key,rule_id,");
        assertThat(String.join("\n", csv))
                .contains(result.findings().get(result.findings().size() - 1).key());
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
        return out;
    }

    /** Counts the bytes that reach it. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
