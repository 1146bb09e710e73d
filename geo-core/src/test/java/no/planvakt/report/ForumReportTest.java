package no.planvakt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.format.GdalOracle;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.FindingsExport;
import no.planvakt.result.RuleSummary;
import no.planvakt.result.Verdict;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RulePackLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

/**
 * The forum report of the demo as PDF and HTML from one model, read back independently: the PDF
 * with PDFBox (summary page text, a page per rule, page count), the GeoPackage download with GDAL.
 */
class ForumReportTest {
    @TempDir
    static Path dir;

    static LoadedPack pack = RulePackLoader.buskerud();
    static CheckInput input;
    static CheckResult result;
    static ReportModel model;

    @BeforeAll
    static void demo() {
        DemoData.extractTo(dir);
        PlanReader reader = new PlanReader(Crs.DEFAULT_CANONICAL_SRID);
        Plan draft = reader.read(dir.resolve(DemoData.DRAFT), PlanVersionKind.DRAFT);
        Plan adopted = reader.read(dir.resolve(DemoData.ADOPTED), PlanVersionKind.ADOPTED);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID)
                .readManifest(dir.resolve(DemoData.LAYERS))
                .forEach(l -> layers.put(l.id(), l));
        input = new CheckInput(draft, adopted, layers);
        result = new CheckEngine(pack).run(input);
        Finding d3 = result.findings().stream()
                .filter(f -> f.ruleId().equals("R3") && f.planObjectId().equals("D3"))
                .findFirst()
                .orElseThrow();
        model = ReportModel.of(
                pack,
                input,
                result,
                Map.of(
                        d3.key(),
                        new Assessment(
                                Verdict.ACCEPTED_WITH_CHANGES,
                                "Kari Planlegger",
                                LocalDate.of(2026, 11, 22),
                                "Nyseter tas ut av forslaget til høringen",
                                false)),
                LocalDate.of(2026, 11, 30));
    }

    @Test
    void pdfHasAOnePageSummaryAndAPagePerRule() throws IOException {
        byte[] pdf = PdfReport.render(model);
        Files.write(dir.resolve("report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int rules = pack.rules().size();
            assertThat(doc.getNumberOfPages())
                    .as("summary + a page per rule (some run over) + basis")
                    .isBetween(rules + 2, rules * 3 + 3);
            String summary = page(doc, 1);
            assertThat(summary)
                    .contains(
                            "Oversikt per regel",
                            "kpa-forslag.geojson",
                            "3330 Hol",
                            "versjon 2026.2-høring",
                            // The basis starts on the summary page (with the layers of E1 and R6a–R6c it runs over to
                            // the next).
                            "Grunnlag (dataversjoner og datoer)",
                            "lag apent",
                            "Side 1");
            for (RuleSummary s : result.summaries()) {
                assertThat(summary).as("summary row of " + s.ruleId()).contains(s.ruleId() + " ");
            }
            // The summary table's R3 row: 4 red, 1 yellow, 2 info, 0 not mapped, 3 clear, 980,3 daa (docs/demo.md).
            assertThat(summary.replace('\n', ' '))
                    .contains("R3 Ingen nye eller utvidede fritidsboligområder I strid med 4 1 2 0 3 980,3");
            assertThat(summary).doesNotContain("Sjekket og klart");
            List<String> ruleHeadings = new ArrayList<>();
            for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                String first = page(doc, p).replaceAll("\\s+", " ");
                pack.rules().stream()
                        .map(r -> r.definition().id() + " " + r.definition().title())
                        .filter(first::startsWith)
                        .forEach(ruleHeadings::add);
            }
            assertThat(ruleHeadings)
                    .as("each rule starts a page, in pack order")
                    .containsExactlyElementsOf(pack.rules().stream()
                            .map(r -> r.definition().id() + " " + r.definition().title())
                            .toList());
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // (a narrow column may break the date at its hyphen, so the verdict is read in two pieces)
            assertThat(all)
                    .contains(
                            "Vurdert: akseptert med endringer – Kari Planlegger",
                            "Nyseter tas ut av forslaget til høringen",
                            "Sjekket og klart",
                            "Målestokk ca. 1:",
                            "Kommunegrense",
                            "Buskerudplanen (høringsutkast 2026), §6.2.4",
                            "lag over_skoggrensen",
                            "lag veger");
        }
    }

    @Test
    void businessReserveTableAndMapAreInTheR6aSection() throws IOException {
        // The planning forum's question for R6a: how much business land, where, on what land, in which ABC class.
        ReportModel.Section r6a = model.sections().stream()
                .filter(s -> s.rule().id().equals("R6a"))
                .findFirst()
                .orElseThrow();
        assertThat(r6a.tables()).extracting(t -> t.id()).contains("R6a-klasser", "R6a-reserve");
        // The map draws every business area with a finding (8 around Geilo and Hol), numbered as in the table.
        assertThat(r6a.findings()).hasSize(8);
        assertThat(r6a.map().labels()).hasSize(8);
        // Coloured by ABC class (the demo has A, B, C and areas with no class), not by traffic light.
        assertThat(r6a.map().legend())
                .extracting(l -> l.text())
                .contains(
                        "ABC-klasse A – ved sentrum/knutepunkt",
                        "ABC-klasse B – god kollektivdekning",
                        "ABC-klasse C – nær hovedvegnettet",
                        "Ingen ABC-klasse")
                .noneMatch(t -> t.startsWith("Funn:"));
        String html = HtmlReport.render(model);
        String section = html.substring(html.indexOf("id=\"rule-R6a\""), html.indexOf("id=\"rule-R6b\""));
        assertThat(section)
                .contains(
                        "<svg",
                        "ABC-klasse A – ved sentrum/knutepunkt",
                        "Næringsarealreserven etter arealdekke og ABC-klasse",
                        "Alle kommuner",
                        "Hallingdal",
                        "bebygd (grått areal)",
                        "Lokaliseringsklasse (ABC)");
        try (PDDocument doc = Loader.loadPDF(PdfReport.render(model))) {
            String pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(pdf)
                    .contains(
                            "Næringsarealreserven etter arealdekke og ABC-klasse",
                            "Alle kommuner",
                            "bebygd (grått areal)");
        }
    }

    @Test
    void htmlAndPdfShowTheSameFindings() throws IOException {
        String html = HtmlReport.render(model);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(PdfReport.render(model))) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (ReportModel.Section s : model.sections()) {
            assertThat(html).contains("id=\"rule-" + s.rule().id() + "\"");
            for (ReportModel.Entry e : s.findings()) {
                assertThat(html).contains("data-key=\"" + e.finding().key() + "\"");
                String start = e.finding()
                        .message()
                        .substring(0, Math.min(40, e.finding().message().length()))
                        .replaceAll("\\s+", " ");
                assertThat(pdf).as(e.finding().key()).contains(start);
            }
        }
        assertThat(html).contains("akseptert med endringer – Kari Planlegger", "<svg", "Kommunegrense");
    }

    @Test
    void countyScaleSectionsListTheLargestAndCountTheRest() {
        List<Finding> many = new ArrayList<>(result.findings());
        for (int i = 0; i < 30; i++) {
            int n = i;
            result.findings().stream()
                    .filter(f -> f.ruleId().equals("R3"))
                    .forEach(f -> many.add(new Finding(
                            f.key() + "-" + n,
                            f.ruleId(),
                            f.ruleTitle(),
                            f.status(),
                            f.change(),
                            f.planObjectId() + "-" + n,
                            f.planObjectName(),
                            f.planObjectPurpose(),
                            f.referenceLayer(),
                            f.referenceFeatureId(),
                            f.areaM2() / (n + 2),
                            f.share(),
                            f.distanceM(),
                            f.message(),
                            f.trace(),
                            f.geometry(),
                            f.figures())));
        }
        CheckResult big = new CheckResult(
                result.packId(),
                result.packVersion(),
                result.reportSrid(),
                result.inputs(),
                result.summaries(),
                many,
                result.checked(),
                result.planDiff(),
                result.warnings());
        ReportModel m = ReportModel.of(pack, input, big, Map.of(), LocalDate.of(2026, 11, 30));
        ReportModel.Section r3 = m.sections().stream()
                .filter(s -> s.rule().id().equals("R3"))
                .findFirst()
                .orElseThrow();
        assertThat(r3.findings()).hasSize(ReportModel.LIST_LIMIT);
        assertThat(r3.moreFindings()).isEqualTo(31 * 7 - ReportModel.LIST_LIMIT);
        assertThat(r3.findings().get(0).finding().areaM2()).isEqualTo(400_000.0, within(1.0));
        assertThat(HtmlReport.render(m)).contains("… og " + (31 * 7 - ReportModel.LIST_LIMIT) + " funn til");
    }

    @Test
    void geoPackageDownloadReadsBackInGdal() throws IOException, InterruptedException {
        GdalOracle.requireInstalled();
        Finding first = result.findings().get(0);
        Map<String, FindingsExport.Row> verdicts = Map.of(
                first.key(),
                new FindingsExport.Row(
                        first,
                        "FALSE_POSITIVE",
                        "Feil i kartgrunnlaget, se sak 26/17",
                        "Kari Planlegger",
                        "2026-11-22"));
        Path gpkg = dir.resolve("findings.gpkg");
        Files.write(
                gpkg,
                FindingsExport.geoPackage(
                        FindingsExport.rows(result.findings(), verdicts), Crs.DEFAULT_CANONICAL_SRID));
        String info = run("ogrinfo", "-so", "-al", gpkg.toString());
        assertThat(info)
                .contains(
                        "Feature Count: " + result.findings().size(),
                        "ETRS89 / UTM zone 33N",
                        "verdict_reason: String");
        String csv = run(
                "ogr2ogr",
                "-f",
                "CSV",
                "/vsistdout/",
                gpkg.toString(),
                "-lco",
                "GEOMETRY=AS_WKT",
                "-select",
                "finding_key,area_m2,verdict");
        List<String> lines = csv.lines().filter(l -> l.startsWith("\"")).toList();
        assertThat(lines).hasSize(result.findings().size());
        WKTReader wkt = new WKTReader();
        double gdalArea = 0;
        double ours = 0;
        for (String line : lines) {
            String geom = line.substring(line.indexOf('"') + 1, line.indexOf('"', line.indexOf('"') + 1));
            try {
                gdalArea += wkt.read(geom).getArea();
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new AssertionError(line, e);
            }
        }
        for (Finding f : result.findings()) {
            ours += f.geometry() == null ? 0 : f.geometry().getArea();
        }
        assertThat(gdalArea).as("area of every geometry as GDAL reads it").isCloseTo(ours, within(1.0));
        assertThat(csv).contains(first.key() + "\"".substring(1)).contains("FALSE_POSITIVE");
    }

    @Test
    void csvHasEveryFindingWithQuotedText() {
        String csv = new String(
                FindingsExport.csv(FindingsExport.rows(result.findings(), Map.of())), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFfinding_key,rule_id,");
        assertThat(csv.split("\r\n")).hasSize(result.findings().size() + 1);
        assertThat(csv).contains("\"POLYGON ((");
    }

    private static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
        return out;
    }
}
