package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.planvakt.demo.DemoData;
import no.planvakt.reference.LayerManifest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 9, concurrency: eight clients at once — seven upload a draft and an adopted plan, run the
 * check and read its findings and report, while the eighth reloads a reference layer the runs use —
 * get no error, and every run's findings equal those of the same run made alone beforehand.
 */
@SuppressWarnings("rawtypes")
class ConcurrencyLoadTest extends ApiTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eightClientsAtOnceGetNoErrorAndTheSerialResult() throws Exception {
        ApiTestSupport.uploadDemoLayers(http, dir);
        String serial = uploadAndRun();
        assertThat(serial).isNotEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> clients = new ArrayList<>();
            for (int c = 0; c < 7; c++) {
                clients.add(pool.submit(this::uploadAndRun));
            }
            Future<?> layers = pool.submit(() -> {
                LayerManifest kulturminner = new LayerManifest(
                        "kulturminner",
                        "Fredete kulturminner (demo)",
                        "kulturminner.geojson",
                        "Planvakt demo",
                        "Planvakt",
                        "CC BY 4.0",
                        null,
                        null,
                        "id");
                for (int i = 0; i < 5; i++) {
                    ResponseEntity<Map> r = ApiTestSupport.uploadLayer(http, dir, kulturminner);
                    assertThat(r.getStatusCode())
                            .as(String.valueOf(r.getBody()))
                            .isEqualTo(HttpStatus.CREATED);
                }
                return null;
            });
            layers.get(5, TimeUnit.MINUTES);
            for (Future<String> client : clients) {
                assertThat(client.get(5, TimeUnit.MINUTES)).isEqualTo(serial);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's work; returns its run's findings as sorted "rule key status area" lines. */
    private String uploadAndRun() throws Exception {
        ResponseEntity<Map> adopted = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.ADOPTED), "adopted");
        ResponseEntity<Map> draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft");
        assertThat(adopted.getStatusCode())
                .as(String.valueOf(adopted.getBody()))
                .isEqualTo(HttpStatus.CREATED);
        assertThat(draft.getStatusCode()).as(String.valueOf(draft.getBody())).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> run = http.postForEntity(
                "/api/runs?wait=true",
                Map.of(
                        "draftVersionId",
                        draft.getBody().get("versionId"),
                        "adoptedVersionId",
                        adopted.getBody().get("versionId")),
                Map.class);
        assertThat(run.getStatusCode().is2xxSuccessful())
                .as(String.valueOf(run.getBody()))
                .isTrue();
        Object id = run.getBody().get("runId");
        ResponseEntity<String> findings = http.getForEntity("/api/runs/" + id + "/findings", String.class);
        assertThat(findings.getStatusCode()).as(findings.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> report = http.getForEntity("/api/runs/" + id + "/report.html", String.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> lines = new ArrayList<>();
        for (JsonNode f : JSON.readTree(findings.getBody())) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%s %s %s %.3f",
                    f.path("ruleId").asText(),
                    f.path("key").asText(),
                    f.path("status").asText(),
                    f.path("areaM2").asDouble()));
        }
        lines.sort(String::compareTo);
        return String.join("\n", lines);
    }
}
