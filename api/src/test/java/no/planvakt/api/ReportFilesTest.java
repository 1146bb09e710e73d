package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.planvakt.demo.DemoData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A stored run's report as PDF (read back with PDFBox), its findings as CSV and GeoPackage, and what the page picks from. */
class ReportFilesTest extends ApiTestBase {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    @SuppressWarnings("rawtypes")
    void theRunsReportAndFindingsDownload() throws Exception {
        Object adopted = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.ADOPTED), "adopted")
                .getBody()
                .get("versionId");
        Object draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        ApiTestSupport.uploadDemoLayers(http, dir);
        Object run = http.postForEntity(
                        "/api/runs?wait=true", Map.of("draftVersionId", draft, "adoptedVersionId", adopted), Map.class)
                .getBody()
                .get("runId");
        JsonNode findings = json.readTree(http.getForObject("/api/runs/" + run + "/findings", String.class));
        String key = null;
        for (JsonNode f : findings) {
            if (f.get("planObjectId").asText().equals("D3")
                    && f.get("ruleId").asText().equals("R3")) {
                key = f.get("key").asText();
            }
        }
        ResponseEntity<Map> put = http.exchange(
                "/api/runs/" + run + "/findings/" + key + "/override",
                HttpMethod.PUT,
                new HttpEntity<>(Map.of(
                        "verdict",
                        "accepted_with_changes",
                        "reason",
                        "Nyseter tas ut før høringen.",
                        "by",
                        "Kari Planlegger")),
                Map.class);
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<byte[]> pdf = http.getForEntity("/api/runs/" + run + "/report.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(pdf.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("planvakt-kjoring-" + run + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
            PDFTextStripper page1 = new PDFTextStripper();
            page1.setEndPage(1);
            String summary = page1.getText(doc).replaceAll("\\s+", " ");
            assertThat(summary)
                    .contains("Oversikt per regel", "3330 Hol", "versjon 2026.2-høring", "R1 ", "R3 ", "R5b ", "980,3");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(11);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Vurdert: akseptert med endringer – Kari Planlegger");
        }

        ResponseEntity<byte[]> csv = http.getForEntity("/api/runs/" + run + "/findings.csv", byte[].class);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(findings.size() + 1);
        assertThat(text).contains("ACCEPTED_WITH_CHANGES,Nyseter tas ut før høringen.,Kari Planlegger");

        ResponseEntity<byte[]> gpkg = http.getForEntity("/api/runs/" + run + "/findings.gpkg", byte[].class);
        assertThat(gpkg.getHeaders().getContentType().toString()).isEqualTo("application/geopackage+sqlite3");
        assertThat(new String(gpkg.getBody(), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");

        JsonNode packs = json.readTree(http.getForObject("/api/rule-packs", String.class));
        assertThat(packs.at("/0/rules").findValuesAsText("id"))
                .containsExactly(
                        "R1", "R1b", "R2", "R3", "R4a", "R4b", "R4c", "R5a", "R5b", "AR1", "E1", "R6a", "R6b", "R6c");
        JsonNode drafts = json.readTree(http.getForObject("/api/plans/versions?kind=draft", String.class));
        assertThat(drafts.findValuesAsText("kind")).containsOnly("DRAFT");
        assertThat(drafts.findValues("versionId").stream().map(JsonNode::asLong))
                .contains(((Number) draft).longValue());
    }
}
