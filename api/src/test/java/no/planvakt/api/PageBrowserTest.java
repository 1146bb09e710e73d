package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import no.planvakt.demo.DemoData;
import no.planvakt.rule.RulePackLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The planners' page in a real browser (Debian's chromium, headless, driven through Debian's
 * chromedriver), against the service with its WMS proxy in front of the real MapServer: a new
 * planner signs in, uploads the demo draft and adopted plan, run the check and watch its progress,
 * see the findings on the map and in the list, record a verdict, read the page in English and
 * download the PDF, which is read back with PDFBox. Screenshots go to target/browser/.
 */
class PageBrowserTest extends ApiTestBase {
    static final Path SHOTS = Path.of("target", "browser");
    static WebDriver browser;
    static Path downloads;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startBrowser() throws IOException {
        if (System.getenv("PLANVAKT_WMS_URL") == null) {
            throw new IllegalStateException(
                    "PLANVAKT_WMS_URL is not set: run the tests with ./run-tests, which starts MapServer");
        }
        Files.createDirectories(SHOTS);
        downloads = Files.createTempDirectory("planvakt-downloads");
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
                "--window-size=1440,1000",
                "--lang=nb-NO");
        o.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "nb-NO,nb"));
        // The page's console, so that a failure says what the page itself reported.
        o.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPlannerChecksTheDemoDraftAndTakesTheReportToTheForum() throws Exception {
        try {
            plannerFlow();
        } catch (org.openqa.selenium.WebDriverException | AssertionError e) {
            shot("feil");
            StringBuilder console = new StringBuilder();
            browser.manage()
                    .logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                    .forEach(l -> console.append('\n')
                            .append(l.getLevel())
                            .append(' ')
                            .append(l.getMessage()));
            console.append("\nlegends: ")
                    .append(
                            js(
                                    "return [...document.querySelectorAll('#legend-items img')].map(i => i.src + ' ' + i.naturalWidth).join('\\n');"));
            throw new AssertionError("the page failed (screenshot target/browser/feil.png); its console:" + console, e);
        }
    }

    private void plannerFlow() throws Exception {
        // The county has loaded the reference layers; the admin has made a new planner of Hol (3330).
        ApiTestSupport.uploadDemoLayers(http, dir);
        as("kari.hol", "MUNICIPAL_PLANNER", "3330");
        browser.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // The pickers' options are replaced when the list is refreshed after an upload: an option read
        // just then is stale, which only means "not yet".
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

        // She signs in; a wrong password is refused first.
        wait.until(d -> d.findElement(By.id("signin")).isDisplayed());
        assertThat(browser.findElement(By.id("setup")).isDisplayed()).isFalse();
        browser.findElement(By.id("username")).sendKeys("kari.hol");
        browser.findElement(By.id("password")).sendKeys("feil-passord", Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("signin-error")).getText().isEmpty());
        browser.findElement(By.id("password")).sendKeys("passord-for-kari.hol", Keys.ENTER);
        wait.until(d -> d.findElement(By.id("setup")).isDisplayed()
                && !d.findElements(By.cssSelector("#rules input[data-rule]")).isEmpty());
        assertThat(browser.findElement(By.id("who")).getText()).isEqualTo("Innlogget som kari.hol (kommuneplanlegger)");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang"))
                .isEqualTo("nb");
        assertThat(browser.findElement(By.id("step-plan")).getText()).isEqualTo("1. Planforslag");

        // Upload the adopted plan and the draft as a planner would, through the file pickers.
        browser.findElement(By.id("adopted-file"))
                .sendKeys(dir.resolve(DemoData.ADOPTED).toString());
        wait.until(d -> !"".equals(js("return document.getElementById('adopted-pick').value;")));
        browser.findElement(By.id("draft-file"))
                .sendKeys(dir.resolve(DemoData.DRAFT).toString());
        wait.until(d -> !"".equals(js("return document.getElementById('draft-pick').value;")));
        assertThat(browser.findElement(By.id("status")).getText())
                .contains("Lastet opp: " + DemoData.DRAFT, "27 objekter");
        assertThat(browser.findElements(By.cssSelector("#rules input[data-rule]")))
                .extracting(e -> e.getAttribute("data-rule"))
                .containsExactlyElementsOf(RulePackLoader.buskerud().rules().stream()
                        .map(r -> r.definition().id())
                        .toList());
        shot("1-oppsett");

        // Start the check; every state the page shows is recorded, to see that it showed progress.
        js("window.planvaktStates = []; new MutationObserver(() => window.planvaktStates.push("
                + "document.getElementById('run-state').dataset.state)).observe(document.getElementById('run-state'),"
                + " {attributes: true, childList: true, characterData: true, subtree: true});");
        browser.findElement(By.id("start")).click();
        wait.until(d -> d.findElement(By.id("results")).isDisplayed()
                && !d.findElements(By.cssSelector("#findings button.finding")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> states = (List<String>) js("return window.planvaktStates;");
        // The run is queued and runs in the background: the page shows it queued or running before done.
        assertThat(states).as("states the page showed").last().isEqualTo("DONE");
        assertThat(states.subList(0, states.size() - 1))
                .as("states before done")
                .isNotEmpty()
                .containsAnyOf("QUEUED", "RUNNING");
        assertThat(browser.findElement(By.id("progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("run-state")).getText()).isEqualTo("Ferdig");
        long runId =
                Long.parseLong(browser.findElement(By.id("results-h")).getText().replaceAll("\\D+", ""));

        // The list has every finding of the run, grouped by rule in the pack's order, with citation and area.
        JsonNode findings = json.readTree(http.getForObject("/api/runs/" + runId + "/findings", String.class));
        assertThat(browser.findElements(By.cssSelector("#findings button.finding")))
                .hasSize(findings.size());
        assertThat(browser.findElements(By.cssSelector("#findings section.rule h4")))
                .extracting(WebElement::getText)
                .first()
                .asString()
                .startsWith("R1 ");
        WebElement r3 = browser.findElement(By.id("rule-R3"));
        assertThat(r3.getText())
                .contains("I strid med retningslinjen", "980,3 daa", "§6.2.4", "Nyseter (D3)", "400,0 daa");

        // The map draws the findings from the WMS through the service (MapServer): images loaded, none
        // failed, and red (#d7191c) pixels on the map.
        wait.until(d -> Integer.parseInt(d.findElement(By.id("map")).getAttribute("data-findings-images")) > 0);
        wait.until(d -> redPixels(d.findElement(By.id("map"))) > 200);
        assertThat(browser.findElement(By.id("map")).getAttribute("data-wms-failed"))
                .isNull();
        // The WMS legends of the visible layers, through the service too.
        try {
            wait.withTimeout(Duration.ofSeconds(20))
                    .until(
                            d -> !d.findElements(By.cssSelector("#legend-items img"))
                                            .isEmpty()
                                    && Boolean.TRUE.equals(
                                            js(
                                                    "return [...document.querySelectorAll('#legend-items img')].every(i => i.complete && i.naturalWidth > 0);")));
        } finally {
            wait.withTimeout(Duration.ofSeconds(60));
        }
        shot("2-resultat");

        // Pick a finding with the keyboard: the map zooms to it and its details open.
        WebElement d3 = r3.findElement(By.xpath(".//button[contains(., 'Nyseter (D3)')]"));
        d3.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("detail")).isDisplayed());
        assertThat(d3.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElement(By.id("detail-body")).getText()).contains("R3", "Nyseter", "400,0 daa");

        // Click the map where the map has zoomed to (Nyseter): the WMS says what is there (GetFeatureInfo).
        Thread.sleep(500); // the zoom is animated for 300 ms
        WebElement map = browser.findElement(By.id("map"));
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(map, -map.getSize().getWidth() / 8, 0)
                .click()
                .perform();
        wait.until(d -> d.findElement(By.id("info")).getText().contains("rule_id"));
        assertThat(browser.findElement(By.id("info")).getText()).contains("Funn", "R3", "Nyseter");
        d3.sendKeys(Keys.ENTER); // the click selected what it hit; back to Nyseter's R3 finding
        wait.until(d -> d.findElement(By.id("detail-body")).getText().contains("R3"));

        // Record a verdict with a reason.
        new Select(browser.findElement(By.id("verdict-kind"))).selectByValue("ACCEPTED_WITH_CHANGES");
        browser.findElement(By.id("verdict-reason")).sendKeys("Nyseter tas ut av forslaget før høringen.");
        browser.findElement(By.id("verdict-save")).click();
        wait.until(d -> d.findElement(By.id("verdict-msg")).getText().equals("Vurderingen er lagret."));
        assertThat(browser.findElement(By.id("rule-R3")).getText()).contains("Akseptert med endringer");
        JsonNode stored = json.readTree(http.getForObject("/api/runs/" + runId + "/findings", String.class));
        JsonNode d3Finding = null;
        for (JsonNode f : stored) {
            if (f.get("planObjectId").asText().equals("D3")
                    && f.get("ruleId").asText().equals("R3")) {
                d3Finding = f;
            }
        }
        assertThat(d3Finding).isNotNull();
        assertThat(d3Finding.at("/override/verdict").asText()).isEqualTo("ACCEPTED_WITH_CHANGES");
        assertThat(d3Finding.at("/override/reason").asText()).isEqualTo("Nyseter tas ut av forslaget før høringen.");
        assertThat(d3Finding.at("/override/by").asText()).isEqualTo("kari.hol");
        shot("3-vurdering");

        // Download the PDF through the page's link and read it back.
        browser.findElement(By.id("dl-pdf")).click();
        Path pdf = downloads.resolve("planvakt-kjoring-" + runId + ".pdf");
        wait.until(d -> Files.exists(pdf) && pdf.toFile().length() > 0);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String summary = first.getText(doc).replaceAll("\\s+", " ");
            assertThat(summary)
                    .contains(
                            "Oversikt per regel",
                            "3330 Hol",
                            "R1 ",
                            "R1b ",
                            "R2 ",
                            "R3 ",
                            "R4a ",
                            "R4b ",
                            "R4c ",
                            "R5a ",
                            "R5b ");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(11);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("akseptert med endringer", "Nyseter tas ut av forslaget før høringen.");
        }

        // The same page in English.
        browser.findElement(By.id("lang")).click();
        wait.until(d -> d.findElement(By.cssSelector(".listcol h3")).getText().equals("Findings by rule"));
        assertThat(browser.findElement(By.id("rule-R3")).getText())
                .contains("Conflicts with the guideline", "980.3 daa");
        shot("4-english");
        browser.findElement(By.id("lang")).click();
        wait.until(d -> d.findElement(By.cssSelector(".listcol h3")).getText().equals("Funn per regel"));
    }

    /** Pixels of the red traffic-light colour (#d7191c, also drawn half transparent) in an element's screenshot. */
    private static int redPixels(WebElement element) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
            int n = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y);
                    int r = (rgb >> 16) & 255;
                    int g = (rgb >> 8) & 255;
                    int b = rgb & 255;
                    if (r > 180 && r - g > 80 && r - b > 80) {
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
