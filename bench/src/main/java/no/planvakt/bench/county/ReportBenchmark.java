package no.planvakt.bench.county;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.report.ReportFiles;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The county report benchmark ({@code scripts/bench-report}): for each scale, the generated county
 * (the same cache as {@link CountyBenchmark}) is checked embedded and written as the command writes
 * it; then it prints the size of every output file and how long headless Chromium takes to open
 * {@code report.html} (navigation start to the load event, then to the first frame drawn after it;
 * the median of several openings in a fresh tab each).
 * <p>
 * Usage: {@code ReportBenchmark --scales 0.1,1 --work target/county [--opens 5] [--out FILE]}
 */
public final class ReportBenchmark {
    private static final long SEED = 13;

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        GeneratedInputLimits.lift();
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path work = Path.of(o.getOrDefault("work", "target/county"));
        int opens = Integer.parseInt(o.getOrDefault("opens", "5"));
        Path out =
                Path.of(o.getOrDefault("out", work.resolve("bench-report.json").toString()));
        List<Map<String, Object>> results = new ArrayList<>();
        for (String s : o.getOrDefault("scales", "0.1").split(",")) {
            results.add(runScale(Double.parseDouble(s.trim()), work, opens));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.toFile(), Map.of("scales", results));
        System.out.println("\nFigures written to " + out);
    }

    private static Map<String, Object> runScale(double scale, Path work, int opens) throws IOException {
        Path dir = work.resolve("scale-" + scale);
        if (!Files.exists(dir.resolve("reference-layers.yaml"))) {
            System.out.printf(Locale.ROOT, "Generating the county at scale %s into %s ...%n", scale, dir);
            new CountyGenerator(scale, SEED).writeTo(dir);
        }
        CheckInput input = PlanCheck.read(
                dir.resolve("kpa-forslag.geojson"),
                dir.resolve("kpa-gjeldende.geojson"),
                dir.resolve("reference-layers.yaml"),
                CountyGenerator.SRID);
        LoadedPack pack = CountyBenchmark.packWithoutAccounts();
        CheckResult result = new CheckEngine(pack).run(input);
        Path report = dir.resolve("report");
        long t0 = System.nanoTime();
        ReportFiles.write(report, pack, input, result);
        double writeS = (System.nanoTime() - t0) / 1e9;

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scale", scale);
        json.put("findings", result.findings().size());
        json.put("plan objects", input.draft().features().size());
        json.put("write all outputs s", round(writeS));
        Map<String, Object> sizes = new LinkedHashMap<>();
        for (String f : List.of(
                ReportFiles.REPORT_HTML,
                ReportFiles.REPORT_PDF,
                ReportFiles.FINDINGS_CSV,
                ReportFiles.FINDINGS_GPKG,
                ReportFiles.FINDINGS_GEOJSON,
                ReportFiles.RESULT_JSON)) {
            sizes.put(f + " MB", round(Files.size(report.resolve(f)) / 1e6));
        }
        json.put("sizes", sizes);
        json.put("report.html in Chromium", open(report.resolve(ReportFiles.REPORT_HTML), opens));
        System.out.printf(
                Locale.ROOT,
                "%nScale %s: %d findings over %d plan objects; outputs written in %.1f s to %s%n",
                scale,
                result.findings().size(),
                input.draft().features().size(),
                writeS,
                report);
        sizes.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-24s %8.2f%n", k, (Double) v));
        @SuppressWarnings("unchecked")
        Map<String, Object> browser = (Map<String, Object>) json.get("report.html in Chromium");
        System.out.printf(
                Locale.ROOT,
                "  report.html opens in headless Chromium in %.2f s to the load event, %.2f s to the first frame "
                        + "(median of %d; all: %s)%n",
                browser.get("load s"),
                browser.get("first frame s"),
                opens,
                browser.get("first frame all s"));
        return json;
    }

    /** Opens the file {@code n} times, each in a new tab, and gives the medians of the load event and the next frame. */
    private static Map<String, Object> open(Path html, int n) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeDriver browser = new ChromeDriver(service, o);
        List<Double> load = new ArrayList<>();
        List<Double> frame = new ArrayList<>();
        try {
            String url = html.toAbsolutePath().toUri().toString();
            for (int i = 0; i < n; i++) {
                browser.get("about:blank");
                browser.get(url);
                // Timings from the page's own clock: the load event, and a frame drawn after it.
                Object t = ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "const nav = performance.getEntriesByType('navigation')[0];"
                                        + "requestAnimationFrame(() => requestAnimationFrame(() => done([nav.loadEventEnd, performance.now()])));");
                List<?> ms = (List<?>) t;
                load.add(((Number) ms.get(0)).doubleValue() / 1000);
                frame.add(((Number) ms.get(1)).doubleValue() / 1000);
            }
        } finally {
            browser.quit();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("load s", round(median(load)));
        m.put("first frame s", round(median(frame)));
        m.put("first frame all s", frame.stream().map(ReportBenchmark::round).toList());
        return m;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
