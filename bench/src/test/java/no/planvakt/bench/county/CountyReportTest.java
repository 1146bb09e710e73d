package no.planvakt.bench.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvakt.plan.PlanFeature;
import no.planvakt.report.ReportFiles;
import no.planvakt.report.ReportModel;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.result.Status;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county report's structure on a small generated county (scale 0.03, about 2 400 land-use
 * objects per plan over the 18 municipalities): a summary per municipality and rule that counts
 * every red and yellow finding where the generator put its plan object, at most
 * {@link ReportModel#LIST_LIMIT} findings per rule and {@link ReportModel#DETAIL_MAPS} detail maps
 * of the largest, and a report.html far under the 5 MB bound. How fast it opens is measured by
 * {@code scripts/bench-report}, not here.
 */
class CountyReportTest {
    @TempDir
    static Path dir;

    static CheckInput input;
    static CheckResult result;
    static ReportModel model;
    static LoadedPack pack = CountyBenchmark.packWithoutAccounts();

    @BeforeAll
    static void county() {
        new CountyGenerator(0.03, 13).writeTo(dir);
        input = PlanCheck.read(
                dir.resolve("kpa-forslag.geojson"),
                dir.resolve("kpa-gjeldende.geojson"),
                dir.resolve("reference-layers.yaml"),
                CountyGenerator.SRID);
        result = new CheckEngine(pack).run(input);
        model = ReportModel.of(pack, input, result, Map.of(), null);
        ReportFiles.write(dir.resolve("out"), pack, input, result);
    }

    @Test
    void perMunicipalityCountsMatchTheGeneratorsMunicipalities() {
        assertThat(model.summarised()).isTrue();
        ResultTable t = model.byMunicipality();
        int r3 = t.column("R3");
        // The generator writes each plan object's municipality (KOMM); R3's findings are about plan objects.
        Map<String, Integer> expected = new TreeMap<>();
        Map<String, PlanFeature> byId = new LinkedHashMap<>();
        input.draft().features().forEach(f -> byId.put(f.id(), f));
        for (Finding f : result.findings()) {
            if (f.ruleId().equals("R3") && (f.status() == Status.RED || f.status() == Status.YELLOW)) {
                expected.merge(
                        String.valueOf(byId.get(f.planObjectId()).attributes().get("KOMM")), 1, Integer::sum);
            }
        }
        assertThat(expected)
                .as("the slice has R3 findings in several municipalities")
                .hasSizeGreaterThan(2);
        Map<String, Integer> reported = new TreeMap<>();
        for (List<Object> row : t.rows()) {
            String name = (String) row.get(0);
            if (!name.equals("Sum") && ((Number) row.get(r3)).intValue() > 0) {
                reported.put(name.substring(0, 4), ((Number) row.get(r3)).intValue());
            }
        }
        assertThat(reported).isEqualTo(expected);
        long attention = result.findings().stream()
                .filter(f -> f.status() == Status.RED || f.status() == Status.YELLOW)
                .count();
        List<Object> sum = t.rows().get(t.rows().size() - 1);
        assertThat(((Number) sum.get(t.column("sum"))).longValue()).isEqualTo(attention);
    }

    @Test
    void sectionsListTheLargestWithMapsAndLinkTheFullTable() throws Exception {
        for (ReportModel.Section s : model.sections()) {
            assertThat(s.findings()).hasSizeLessThanOrEqualTo(ReportModel.LIST_LIMIT);
            assertThat(s.largest()).hasSizeLessThanOrEqualTo(ReportModel.DETAIL_MAPS);
            if (!s.largest().isEmpty()) {
                assertThat(s.largest().get(0).entry()).isEqualTo(s.findings().get(0));
            }
        }
        ReportModel.Section r3 = model.sections().stream()
                .filter(s -> s.rule().id().equals("R3"))
                .findFirst()
                .orElseThrow();
        assertThat(r3.moreFindings())
                .as("R3 has more findings than the report lists")
                .isPositive();
        assertThat(r3.largest()).hasSize(ReportModel.DETAIL_MAPS);

        String html = Files.readString(dir.resolve("out").resolve(ReportFiles.REPORT_HTML));
        assertThat(html)
                .contains(
                        "Funn per kommune",
                        "<a href=\"findings.csv\"",
                        "<a href=\"findings.gpkg\"",
                        "De største funnene i kart");
        Matcher rows = Pattern.compile("<tr data-key=").matcher(html);
        int listed = 0;
        while (rows.find()) {
            listed++;
        }
        assertThat(listed).isLessThanOrEqualTo(model.sections().size() * ReportModel.LIST_LIMIT);
        assertThat(Files.size(dir.resolve("out").resolve(ReportFiles.REPORT_HTML)))
                .as("report.html bytes")
                .isLessThan(5_000_000);
        String csv = Files.readString(dir.resolve("out").resolve(ReportFiles.FINDINGS_CSV));
        assertThat(csv.split("\r\n"))
                .as("the attached table has every finding")
                .hasSize(result.findings().size() + 1);
    }
}
