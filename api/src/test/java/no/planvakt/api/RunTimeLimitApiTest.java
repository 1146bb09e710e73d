package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The service with a tiny time per check run (1 ms): a demo run stops, is marked FAILED with a reason
 * naming the limit, and nothing of it is stored.
 */
@TestPropertySource(properties = "planvakt.maxRunSeconds=0.001")
class RunTimeLimitApiTest extends ApiTestBase {

    @Test
    @SuppressWarnings("rawtypes")
    void aRunPastItsTimeLimitFailsWithTheLimitAsReasonAndStoresNothing() throws Exception {
        Object adopted = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.ADOPTED), "adopted")
                .getBody()
                .get("versionId");
        Object draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        ApiTestSupport.uploadDemoLayers(http, dir);
        ResponseEntity<Map> started = http.postForEntity(
                "/api/runs?wait=true", Map.of("draftVersionId", draft, "adoptedVersionId", adopted), Map.class);
        assertThat(started.getStatusCode().is2xxSuccessful())
                .as(String.valueOf(started.getBody()))
                .isTrue();
        long id = ((Number) started.getBody().get("runId")).longValue();

        Map body = http.getForObject("/api/runs/" + id, Map.class);
        long until = System.currentTimeMillis() + 120_000;
        while (("QUEUED".equals(body.get("state")) || "RUNNING".equals(body.get("state")))
                && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            body = http.getForObject("/api/runs/" + id, Map.class);
        }
        assertThat(body.get("state")).isEqualTo("FAILED");
        assertThat(body.get("reason"))
                .isEqualTo(
                        "Kontrollen ble stoppet fordi den brukte mer enn 0.001 s, grensen for én kjøring"
                                + " (planvakt.maxRunSeconds); ingenting av den er lagret. Kjør færre regler om gangen, del opp planen eller øk grensen.");
        assertThat(body.get("finishedAt")).isNotNull();
        for (String table : new String[] {"result.finding", "result.checked", "result.run_table"}) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE run_id = ?", Integer.class, id))
                    .as(table)
                    .isZero();
        }
        ResponseEntity<Map> findings = http.getForEntity("/api/runs/" + id + "/findings", Map.class);
        assertThat(findings.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
}
