package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The service is killed with SIGKILL (kill -9) while runs are queued and running; when it starts
 * again those runs are marked failed with a reason instead of staying "running" forever. The
 * service runs as its own process (this JVM's class path, PlanvaktApplication's main), so the
 * kill is real.
 */
class RestartRecoveryTest {
    private static final String URL = System.getenv("PLANVAKT_DB_URL");

    @TempDir
    Path dir;

    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @SuppressWarnings("rawtypes")
    void runsLeftRunningByAKilledServiceAreMarkedFailedAtRestart() throws Exception {
        assertThat(URL).as("PLANVAKT_DB_URL (./run-tests sets it)").isNotBlank();
        DemoData.extractTo(dir);
        int port = freePort();
        service = start(port, "first");
        TestRestTemplate admin = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port))
                .withBasicAuth("admin", ApiTestBase.ADMIN_PASSWORD);
        Object adopted = ApiTestSupport.uploadPlan(admin, dir.resolve(DemoData.ADOPTED), "adopted")
                .getBody()
                .get("versionId");
        Object draft = ApiTestSupport.uploadPlan(admin, dir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        ApiTestSupport.uploadDemoLayers(admin, dir);

        // One pool thread: of twenty runs asked for at once from eight clients, one runs and the
        // others wait in the queue when the service is killed right after the last answer.
        List<Long> ids = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<ResponseEntity<Map>>> posted = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                posted.add(clients.submit(() -> admin.postForEntity(
                        "/api/runs", Map.of("draftVersionId", draft, "adoptedVersionId", adopted), Map.class)));
            }
            for (Future<ResponseEntity<Map>> f : posted) {
                ResponseEntity<Map> r = f.get();
                assertThat(r.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
                ids.add(((Number) r.getBody().get("runId")).longValue());
            }
        } finally {
            clients.shutdown();
        }
        // destroyForcibly is SIGKILL on Linux (kill -9); the exit status below proves it.
        service.destroyForcibly();
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(service.exitValue()).isEqualTo(137); // 128 + SIGKILL

        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(URL));
        String in = ids.toString().replace('[', '(').replace(']', ')');
        List<Long> unfinished = db.queryForList(
                "SELECT id FROM result.run WHERE state IN ('QUEUED', 'RUNNING') AND id IN " + in, Long.class);
        assertThat(unfinished)
                .as("runs still queued or running when the service was killed")
                .isNotEmpty();

        service = start(port, "second");
        for (long id : unfinished) {
            Map body = admin.getForObject("/api/runs/" + id, Map.class);
            assertThat(body.get("state")).as("run " + id).isEqualTo("FAILED");
            assertThat((String) body.get("reason")).contains("Tjenesten stoppet");
            assertThat(body.get("finishedAt")).isNotNull();
        }
        assertThat(db.queryForObject(
                        "SELECT count(*) FROM result.run WHERE state IN ('QUEUED', 'RUNNING')", Integer.class))
                .isZero();
        // The restarted service runs checks again.
        ResponseEntity<Map> again = admin.postForEntity(
                "/api/runs?wait=true", Map.of("draftVersionId", draft, "adoptedVersionId", adopted), Map.class);
        assertThat(again.getBody().get("state")).isEqualTo("DONE");
    }

    /** Starts the service as a separate JVM (C1 only: it starts faster and runs little) and waits until it answers. */
    private Process start(int port, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("service-" + name + ".log");
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PlanvaktApplicationMain.NAME,
                        "--server.port=" + port,
                        "--spring.datasource.url=" + URL,
                        "--planvakt.admin.password=" + ApiTestBase.ADMIN_PASSWORD,
                        "--planvakt.runs.threads=1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long until = System.currentTimeMillis() + 180_000;
        TestRestTemplate probe = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
        while (true) {
            assertThat(p.isAlive()).as("service exited: " + tail(log)).isTrue();
            try {
                if (probe.getForEntity("/api/me", String.class).getStatusCode() == HttpStatus.OK) {
                    return p;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            assertThat(System.currentTimeMillis())
                    .as("service did not start: " + tail(log))
                    .isLessThan(until);
            Thread.sleep(250);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(
                    File.separator.equals("/") ? "\n" : "\r\n",
                    lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The main class, by name, so the child JVM runs exactly what java -jar runs. */
    private static final class PlanvaktApplicationMain {
        static final String NAME = no.planvakt.api.PlanvaktApplication.class.getName();
    }
}
