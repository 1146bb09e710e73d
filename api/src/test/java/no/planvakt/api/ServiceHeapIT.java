package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service at its stated heap (3 GB, {@code scripts/serve}) with uploads at the default
 * limits: two plans at the vertex limit read at once (the service reads at most two uploads at a
 * time), padded towards the upload size limit, and one over the limit. The service must answer each
 * (201, 201, 400), store what it accepted and stay up.
 *
 * <p>In the suite everything is scaled down by {@code PLANVAKT_HEAP_SCALE} (default 5): heap, vertex
 * limit and upload limit divided by it, which is stricter than full size, because what Spring, GeoTools
 * and the pool hold does not shrink with it. {@code scripts/heap-check} runs it at full size (scale 1:
 * 3 GB, 5 000 000 vertices per file, 512 MB uploads); its last figures are in docs/limits.md.
 */
class ServiceHeapIT {
    /** The test database's admin is made by whichever test starts first, with this password. */
    private static final String PASSWORD = ApiTestBase.ADMIN_PASSWORD;

    private static final long VERTICES_PER_FILE = 5_000_000;
    private static final long HEAP_MB = 3 * 1024;
    private static final long UPLOAD_MB = 512;
    private static final int VERTICES_PER_POLYGON = 100_000;

    @TempDir
    Path dir;

    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    void theServiceAnswersUploadsAtTheLimitsWithinItsHeap() throws Exception {
        int scale = Integer.parseInt(System.getenv().getOrDefault("PLANVAKT_HEAP_SCALE", "5"));
        long vertices = VERTICES_PER_FILE / scale;
        long heapMb = HEAP_MB / scale;
        long uploadMb = UPLOAD_MB / scale;
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("service.log");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + heapMb + "m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-Dplanvakt.maxVerticesPerFile=" + vertices,
                        "-Dspring.servlet.multipart.max-file-size=" + uploadMb + "MB",
                        "-Dspring.servlet.multipart.max-request-size=" + (uploadMb + 8) + "MB",
                        "-jar",
                        Path.of("target", "planvakt-api.jar").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("PLANVAKT_PORT", String.valueOf(port));
        pb.environment().put("PLANVAKT_ADMIN_PASSWORD", PASSWORD);
        String db = System.getenv("PLANVAKT_DB_URL");
        assertThat(db).as("PLANVAKT_DB_URL (./run-tests sets it)").isNotBlank();
        pb.environment().put("PLANVAKT_DB_URL", db);
        service = pb.start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        waitUntilUp(http, base, log);

        // Two files exactly at the vertex limit, padded to 90 % of the upload limit; one a polygon over it.
        Path a = plan("a.geojson", vertices, uploadMb * 1024 * 1024 * 9 / 10);
        Path b = plan("b.geojson", vertices, uploadMb * 1024 * 1024 * 9 / 10);
        Path over = plan("over.geojson", vertices + VERTICES_PER_POLYGON, 0);
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Path p : List.of(a, b, over)) {
            answers.add(clients.submit(() -> upload(http, base, p)));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get(20, TimeUnit.MINUTES);
            statuses.add(r.statusCode());
            bodies.add(r.body());
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(service.isAlive())
                .as("the service died; its log:\n" + tail(log))
                .isTrue();
        assertThat(statuses).as(String.join("\n", bodies)).containsExactly(201, 201, 400);
        assertThat(bodies.get(2))
                .contains("over.geojson: filen har mer enn "
                        + String.format(Locale.ROOT, "%,d", vertices).replace(',', ' ') + " punkter");
        JsonNode stored = new ObjectMapper().readTree(bodies.get(0));
        assertThat(stored.get("features").asLong()).isEqualTo(vertices / VERTICES_PER_POLYGON);
        // Still answering, with what it stored.
        HttpResponse<String> again = http.send(
                get(base + "/api/plans/versions/" + stored.get("versionId").asLong()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);
        System.out.printf(
                Locale.ROOT,
                "ServiceHeapIT: scale 1/%d: heap %d MB, %,d vertices per file, files of %,d and %,d bytes:"
                        + " answered 201, 201, 400 in %.1f s%n",
                scale,
                heapMb,
                vertices,
                Files.size(a),
                Files.size(over),
                seconds);
    }

    /** A draft of {@code vertices / 100 000} square-ish polygons of 100 000 vertices each in Hol, padded with spaces to {@code padTo} bytes. */
    private Path plan(String name, long vertices, long padTo) throws IOException {
        Path f = dir.resolve(name);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            StringBuilder head =
                    new StringBuilder("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                            + "{\"name\":\"EPSG:25832\"}},\"features\":[");
            w.write(head.toString());
            written += head.length();
            int polygons = (int) (vertices / VERTICES_PER_POLYGON);
            for (int p = 0; p < polygons; p++) {
                // Rings on a 1 km grid inside Hol (447 000 / 6 712 000 is a point in the demo plan).
                double cx = 430_000 + 1_000 * (p % 40);
                double cy = 6_700_000 + 1_000 * (p / 40);
                StringBuilder s = new StringBuilder(p == 0 ? "" : ",")
                        .append("{\"type\":\"Feature\",\"properties\":{\"lokalId\":\"P")
                        .append(p)
                        .append(
                                "\",\"KOMM\":\"3330\",\"KPAREALFORMÅL\":1120,\"AREALST\":2},\"geometry\":{\"type\":\"Polygon\","
                                        + "\"coordinates\":[[");
                int n = VERTICES_PER_POLYGON;
                for (int i = 0; i < n; i++) {
                    double t = 2 * Math.PI * (i % (n - 1)) / (n - 1);
                    s.append(i == 0 ? "" : ",")
                            .append('[')
                            .append(String.format(Locale.ROOT, "%.2f", cx + 400 * Math.cos(t)))
                            .append(',')
                            .append(String.format(Locale.ROOT, "%.2f", cy + 400 * Math.sin(t)))
                            .append(']');
                }
                s.append("]]}}");
                w.write(s.toString());
                written += s.length();
            }
            w.write("]}");
            written += 2;
            char[] spaces = new char[1 << 16];
            java.util.Arrays.fill(spaces, ' ');
            while (written + spaces.length < padTo) {
                w.write(spaces);
                written += spaces.length;
            }
        }
        return f;
    }

    private static HttpResponse<String> upload(HttpClient http, String base, Path file)
            throws IOException, InterruptedException {
        String boundary = "planvakt-heap-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ndraft\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                        + "\"\r\n"
                        + "Content-Type: application/geo+json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/plans"))
                .timeout(Duration.ofMinutes(20))
                .header("Authorization", auth())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", auth())
                .GET()
                .build();
    }

    private static String auth() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private void waitUntilUp(HttpClient http, String base, Path log) throws Exception {
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            assertThat(service.isAlive())
                    .as("the service stopped while starting; its log:\n" + tail(log))
                    .isTrue();
            try {
                int status = http.send(get(base + "/api/rule-packs"), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                assertThat(status).as("signing in as admin").isEqualTo(200);
                return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not answer within 3 minutes; its log:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
