package no.planvakt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.result.CheckResult;
import no.planvakt.result.ResultTable;
import no.planvakt.result.TableCsv;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's area account in the report (table and stacked-bar charts) and as CSV files. */
class AccountReportTest {
    @TempDir
    static Path dir;

    static LoadedPack pack;
    static CheckInput input;
    static CheckResult result;

    @BeforeAll
    static void run() {
        DemoData.extractTo(dir.resolve("in"));
        pack = RulePackLoader.buskerud().select(List.of("AR1"));
        input = PlanCheck.read(
                dir.resolve("in").resolve(DemoData.DRAFT),
                dir.resolve("in").resolve(DemoData.ADOPTED),
                dir.resolve("in").resolve(DemoData.LAYERS),
                Crs.DEFAULT_CANONICAL_SRID);
        result = new CheckEngine(pack).run(input);
    }

    @Test
    void reportShowsTheAccountTableAndStackedBars() {
        String html = HtmlReport.render(pack, input, result);
        assertThat(html)
                .contains(
                        "Arealregnskap: arealformål fordelt på arealdekke",
                        "Arealreserven (framtidig utbygging, ikke bebygd)",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=chart",
                        "Arealreserven per formålsgruppe og arealdekke",
                        "Arealreserven per kommune og arealdekke",
                        "Arealreserven i gjeldende plan og i forslaget");
        assertThat(html).doesNotContain("Geometri (WKT)").doesNotContain("MULTIPOLYGON");
        // The holiday-home bar: its skog and åpen segments have the widths of their daa, in the pack's colours.
        ResultTable reserve = table("AR1-reserve");
        List<Object> fritid = reserve.rows().stream()
                .filter(r -> r.get(0).equals("Fritidsbebyggelse"))
                .findFirst()
                .orElseThrow();
        double skog = ((Number) fritid.get(reserve.column("skog"))).doubleValue();
        double apent = ((Number) fritid.get(reserve.column("apent"))).doubleValue();
        String chart = html.substring(html.indexOf("Arealreserven per formålsgruppe og arealdekke"));
        double skogWidth = width(chart, "#2e7d32", "Fritidsbebyggelse – Skog");
        double apentWidth = width(chart, "#c5e1a5", "Fritidsbebyggelse – Åpen fastmark og fjell");
        assertThat(skog).isGreaterThan(0);
        assertThat(apentWidth / skogWidth).isCloseTo(apent / skog, within(0.01 * apent / skog));
    }

    @Test
    void everyTableIsWrittenAsCsv() throws Exception {
        Path out = dir.resolve("out");
        ReportFiles.write(out, pack, input, result);
        for (ResultTable t : result.tables()) {
            Path csv = out.resolve(ReportFiles.TABLES_DIR).resolve(t.id() + ".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines).as(t.id()).hasSize(t.rows().size() + 1);
        }
        // The plan row of the account: the numbers as they are in the table, with a decimal point.
        ResultTable account = table("AR1-regnskap");
        List<Object> plan = account.rows().get(account.rows().size() - 1);
        String last = Files.readAllLines(out.resolve(ReportFiles.TABLES_DIR).resolve("AR1-regnskap.csv"))
                .get(account.rows().size());
        assertThat(last).startsWith("Hele planen,,").endsWith("," + TableCsvNumbers.of(plan.get(plan.size() - 1)));
        assertThat(TableCsv.write(account)).startsWith("Formålsgruppe,Status,Bebygd (tettbebyggelse) (daa),");
    }

    private static ResultTable table(String id) {
        return result.tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The width of the rect with this fill whose tooltip starts with {@code title}. */
    private static double width(String svg, String fill, String title) {
        Matcher m = Pattern.compile("<rect x=\"[0-9.]+\" y=\"[0-9]+\" width=\"([0-9.]+)\" height=\"[0-9]+\" fill=\""
                        + fill + "\"[^>]*><title>" + Pattern.quote(title))
                .matcher(svg);
        List<Double> found = new ArrayList<>();
        while (m.find()) {
            found.add(Double.parseDouble(m.group(1)));
        }
        assertThat(found).as("segment " + title).hasSize(1);
        return found.get(0);
    }

    /** How TableCsv writes a number (three decimals unless whole). */
    static final class TableCsvNumbers {
        static String of(Object n) {
            double d = ((Number) n).doubleValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.3f", d);
        }
    }
}
