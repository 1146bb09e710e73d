package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A check run is a job: asked for, queued, running, done; or cancelled, leaving no findings. */
class RunJobTest extends ApiTestBase {

    @Test
    @SuppressWarnings("rawtypes")
    void aRunAnswersAtOnceAndEndsDone() throws Exception {
        Map<String, Object> request = demoRequest();
        ResponseEntity<Map> started = http.postForEntity("/api/runs", request, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long id = ((Number) started.getBody().get("runId")).longValue();
        assertThat(started.getHeaders().getLocation()).hasToString("/api/runs/" + id);
        assertThat(started.getBody().get("state")).isIn("QUEUED", "RUNNING", "DONE");

        List<String> seen = new ArrayList<>();
        Map body = poll(id, seen);
        assertThat(body.get("state")).isEqualTo("DONE");
        assertThat(body.get("percent")).isEqualTo(100);
        assertThat(body.get("currentRule")).isNull();
        assertThat(body.get("startedAt")).isNotNull();
        assertThat(body.get("finishedAt")).isNotNull();
        assertThat(body.get("requestedBy")).isEqualTo("admin");
        // States only move forward.
        List<String> order = List.of("QUEUED", "RUNNING", "DONE");
        for (int i = 1; i < seen.size(); i++) {
            assertThat(order.indexOf(seen.get(i))).isGreaterThanOrEqualTo(order.indexOf(seen.get(i - 1)));
        }
        assertThat(http.getForEntity("/api/runs/" + id + "/findings", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.postForEntity("/api/runs/" + id + "/cancel", null, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aCancelledRunStopsAndLeavesNoFindings() throws Exception {
        Map<String, Object> request = demoRequest();
        // Two pool threads: of eight runs asked for at once (from eight clients, so that they reach the
        // queue together), the later ones wait in the queue. A demo run takes a fraction of a second,
        // so the cancels go from the last run backwards and the first one still waiting is taken.
        Long cancelled = null;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            for (int attempt = 0; attempt < 5 && cancelled == null; attempt++) {
                List<Future<Long>> posted = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    posted.add(clients.submit(() -> ((Number) http.postForEntity("/api/runs", request, Map.class)
                                    .getBody()
                                    .get("runId"))
                            .longValue()));
                }
                List<Long> ids = new ArrayList<>();
                for (Future<Long> f : posted) {
                    ids.add(f.get());
                }
                ids.sort(Comparator.reverseOrder());
                for (long id : ids) {
                    ResponseEntity<Map> cancel = http.postForEntity("/api/runs/" + id + "/cancel", null, Map.class);
                    if (cancel.getStatusCode() == HttpStatus.OK) {
                        assertThat(cancel.getBody().get("cancelRequested")).isEqualTo(true);
                        cancelled = id;
                        break;
                    }
                    assertThat(cancel.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                }
            }
        } finally {
            clients.shutdown();
        }
        assertThat(cancelled)
                .as("no run was still queued or running when cancelled")
                .isNotNull();
        Map body = poll(cancelled, new ArrayList<>());
        assertThat(body.get("state")).isEqualTo("CANCELLED");
        ResponseEntity<Map> findings = http.getForEntity("/api/runs/" + cancelled + "/findings", Map.class);
        assertThat(findings.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) findings.getBody().get("message")).contains("CANCELLED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM result.finding WHERE run_id = ?", Integer.class, cancelled))
                .isZero();
        assertThat(http.getForEntity("/api/runs/" + cancelled + "/report.html", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM auth.audit WHERE action = 'run.cancel' AND object_id = ?",
                        Integer.class,
                        Long.toString(cancelled)))
                .isEqualTo(1);
    }

    private Map<String, Object> demoRequest() {
        Object adopted = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.ADOPTED), "adopted")
                .getBody()
                .get("versionId");
        Object draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        ApiTestSupport.uploadDemoLayers(http, dir);
        return Map.of("draftVersionId", draft, "adoptedVersionId", adopted);
    }

    @SuppressWarnings("rawtypes")
    private Map poll(long id, List<String> seen) throws InterruptedException {
        long until = System.currentTimeMillis() + 180_000;
        while (true) {
            Map body = http.getForObject("/api/runs/" + id, Map.class);
            String state = (String) body.get("state");
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
                seen.add(state);
            }
            int percent = (Integer) body.get("percent");
            assertThat(percent).isBetween(0, 100);
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return body;
            }
            assertThat(System.currentTimeMillis())
                    .as("run " + id + " still " + state)
                    .isLessThan(until);
            Thread.sleep(50);
        }
    }
}
