package no.planvakt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.result.CheckResult;
import no.planvakt.result.ResultTable;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RulePackLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The area account's stacked bars in the PDF report (issue 14: charts on paper too), read back
 * independently: the text with PDFBox, the drawing rasterised by poppler's pdftoppm, whose pixels
 * must show the holiday-home bar's classes in the proportion of their daa.
 */
class AccountPdfChartTest {
    @TempDir
    static Path dir;

    static LoadedPack pack;
    static CheckResult result;
    static ReportModel model;

    @BeforeAll
    static void run() {
        DemoData.extractTo(dir.resolve("in"));
        pack = RulePackLoader.buskerud().select(List.of("AR1"));
        CheckInput input = PlanCheck.read(
                dir.resolve("in").resolve(DemoData.DRAFT),
                dir.resolve("in").resolve(DemoData.ADOPTED),
                dir.resolve("in").resolve(DemoData.LAYERS),
                Crs.DEFAULT_CANONICAL_SRID);
        result = new CheckEngine(pack).run(input);
        model = ReportModel.of(pack, input, result, Map.of(), LocalDate.of(2026, 11, 30));
    }

    @Test
    void theReportPdfHasTheChartsWithTheirBarsAndLegend() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfReport.render(model))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Arealreserven per formålsgruppe og arealdekke",
                            "Arealreserven per kommune og arealdekke",
                            "Arealreserven i gjeldende plan og i forslaget",
                            "Gjeldende plan",
                            "Forslaget");
            // The holiday-home bar's label and its total, as the reserve table has it.
            ResultTable reserve = table("AR1-reserve");
            List<Object> fritid = fritid(reserve);
            double total = ((Number) fritid.get(reserve.column("reserve"))).doubleValue();
            assertThat(text).contains("Fritidsbebyggelse " + StackedBarSvg.number(total));
        }
    }

    @Test
    void pdftoppmDrawsTheSegmentsInProportionToTheirArea() throws Exception {
        RuleDefinition ar1 = pack.rules().get(0).definition();
        BarChart chart = AccountCharts.of(ar1, result.tables()).stream()
                .filter(c -> c.title().equals("Arealreserven per formålsgruppe og arealdekke"))
                .findFirst()
                .orElseThrow();
        Path pdf = dir.resolve("chart.pdf");
        Files.write(pdf, chartAlone(chart));
        Path png = dir.resolve("chart");
        run("pdftoppm", "-r", "150", "-png", "-singlefile", pdf.toString(), png.toString());
        BufferedImage img = ImageIO.read(png.resolveSibling("chart.png").toFile());
        int skog = 0x2e7d32;
        int apen = 0xc5e1a5;
        // The holiday-home bar is the row with the most "åpen" pixels; along it, count each class's pixels.
        int bestRow = -1;
        int bestApen = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            int n = count(img, y, apen);
            if (n > bestApen) {
                bestApen = n;
                bestRow = y;
            }
        }
        int skogPx = count(img, bestRow, skog);
        ResultTable reserve = table("AR1-reserve");
        List<Object> fritid = fritid(reserve);
        double skogDaa = ((Number) fritid.get(reserve.column("skog"))).doubleValue();
        double apenDaa = ((Number) fritid.get(reserve.column("apent"))).doubleValue();
        assertThat(skogPx).as("skog pixels on the holiday-home bar").isPositive();
        assertThat((double) bestApen / skogPx)
                .as("åpen / skog on paper")
                .isCloseTo(apenDaa / skogDaa, within(0.05 * apenDaa / skogDaa));
    }

    /** One page the size of the chart with only the chart on it, as the report draws it. */
    private static byte[] chartAlone(BarChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(StackedBarSvg.WIDTH, 600), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        Image img = StackedBarPdf.image(writer.getDirectContent(), chart);
        doc.add(img);
        doc.close();
        return out.toByteArray();
    }

    private static int count(BufferedImage img, int y, int rgb) {
        int n = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                n++;
            }
        }
        return n;
    }

    private static ResultTable table(String id) {
        return result.tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<Object> fritid(ResultTable reserve) {
        return reserve.rows().stream()
                .filter(r -> r.get(0).equals("Fritidsbebyggelse"))
                .findFirst()
                .orElseThrow();
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(cmd[0] + " is not installed: run scripts/ensure-packages.sh poppler-utils", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
    }
}
