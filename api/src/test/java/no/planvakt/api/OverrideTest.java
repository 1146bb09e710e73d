package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A planner's verdict on a finding is stored with who and why, and survives a re-run of the same draft. */
class OverrideTest extends ApiTestBase {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @SuppressWarnings("rawtypes")
    void anOverrideSurvivesARerunOfTheSameDraft() throws Exception {
        Object adopted = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.ADOPTED), "adopted")
                .getBody()
                .get("versionId");
        Object draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        ApiTestSupport.uploadDemoLayers(http, dir);
        Map<String, Object> request = Map.of("draftVersionId", draft, "adoptedVersionId", adopted);
        Object run1 = http.postForEntity("/api/runs?wait=true", request, Map.class)
                .getBody()
                .get("runId");

        String d8 = findingKey(run1, "D8");
        ResponseEntity<Map> put = put(
                "/api/runs/" + run1 + "/findings/" + d8 + "/override",
                Map.of(
                        "verdict",
                        "FALSE_POSITIVE",
                        "reason",
                        "Grensen følger eiendomsgrensen; 1 m avvik i digitaliseringen.",
                        "by",
                        "Kari Planlegger"));
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put.getBody().get("by")).isEqualTo("Kari Planlegger");

        Object run2 = http.postForEntity("/api/runs?wait=true", request, Map.class)
                .getBody()
                .get("runId");
        JsonNode findings = json.readTree(http.getForObject("/api/runs/" + run2 + "/findings", String.class));
        JsonNode overridden = find(findings, "D8");
        assertThat(overridden.at("/override/verdict").asText()).isEqualTo("FALSE_POSITIVE");
        assertThat(overridden.at("/override/reason").asText()).contains("eiendomsgrensen");
        assertThat(overridden.at("/override/changedSince").asBoolean()).isFalse();
        assertThat(find(findings, "D3").has("override")).isFalse();
        JsonNode geojson = json.readTree(http.getForObject("/api/runs/" + run2 + "/findings.geojson", String.class));
        assertThat(geojson.findValues("override")).hasSize(1);

        // The planning forum's report shows the verdict under the finding, with maps and citations.
        ResponseEntity<String> report = http.getForEntity("/api/runs/" + run2 + "/report.html", String.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(report.getBody())
                .contains(
                        "<svg",
                        "falsk positiv – Kari Planlegger",
                        "eiendomsgrensen",
                        "skal ikke nye og utvidede fritidsboligområder",
                        "Sjekket og klart",
                        "Tatt ut".toLowerCase());
    }

    @Test
    @SuppressWarnings("rawtypes")
    void anOverrideNeedsAReasonAndAKnownFinding() {
        long run = ApiTestSupport.demoRun(http, dir);
        ResponseEntity<Map> noReason = put(
                "/api/runs/" + run + "/findings/abc/override",
                Map.of("verdict", "ASSESSED", "reason", " ", "by", "Ola"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) noReason.getBody().get("message")).contains("reason");
        ResponseEntity<Map> badVerdict =
                put("/api/runs/" + run + "/findings/abc/override", Map.of("verdict", "OK", "reason", "x", "by", "Ola"));
        assertThat(badVerdict.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> unknown = put(
                "/api/runs/" + run + "/findings/nosuchkey/override",
                Map.of("verdict", "ASSESSED", "reason", "x", "by", "Ola"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String findingKey(Object runId, String planObject) throws Exception {
        return find(json.readTree(http.getForObject("/api/runs/" + runId + "/findings", String.class)), planObject)
                .get("key")
                .asText();
    }

    private static JsonNode find(JsonNode findings, String planObject) {
        for (JsonNode f : findings) {
            if (f.get("planObjectId").asText().equals(planObject)) {
                return f;
            }
        }
        throw new AssertionError("no finding for " + planObject);
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> put(String url, Map<String, Object> body) {
        return http.exchange(url, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }
}
