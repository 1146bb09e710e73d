package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.planvakt.demo.DemoData;
import no.planvakt.reference.LayerManifest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 9, points 2 and 3: requests that used to give a bare 500 or be accepted wrongly. Each now
 * gets the right status and a message naming the field or file, and nothing is stored.
 */
@SuppressWarnings("rawtypes")
class HostileRequestTest extends ApiTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CRS32 = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25832\"}},";
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[447000,6712000],[447500,6712000],[447500,6712400],"
                    + "[447000,6712400],[447000,6712000]]]}";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aNulByteInALayerTitleIsRefusedNamingTheField() {
        ResponseEntity<Map> r = ApiTestSupport.uploadLayer(http, dir, layer("nul_title", "Vern\u0000skog", "id"));
        assertBadRequest(r, "title", "NUL-tegn");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ref.layer WHERE id = 'nul_title'", Long.class))
                .isZero();
    }

    @Test
    void aNulByteInAnOverrideReasonIsRefused() {
        ApiTestSupport.uploadDemoLayers(http, dir);
        Object draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        ResponseEntity<Map> run = http.postForEntity("/api/runs", Map.of("draftVersionId", draft), Map.class);
        assertThat(run.getStatusCode().is2xxSuccessful())
                .as(String.valueOf(run.getBody()))
                .isTrue();
        Map<String, String> body = Map.of("verdict", "ASSESSED", "reason", "ok\u0000", "by", "Kari");
        ResponseEntity<Map> r = http.exchange(
                "/api/runs/" + run.getBody().get("runId") + "/findings/x/override",
                org.springframework.http.HttpMethod.PUT,
                new HttpEntity<>(body),
                Map.class);
        assertBadRequest(r, "reason", "NUL-tegn");
    }

    @Test
    void aNulByteInAPlanAttributeIsRefusedNamingFileFeatureAndAttribute() throws Exception {
        Path f = write(
                "nul-attr.geojson",
                collection(feature("{\"KPAREALFORMÅL\":1120,\"AREALST\":2,\"OMRÅDENAVN\":\"Fjell\\u0000\"}")));
        long versions = count("plan.version");
        assertBadRequest(
                ApiTestSupport.uploadPlan(http, f, "draft"),
                "nul-attr.geojson",
                "feature #1",
                "attributtet OMRÅDENAVN",
                "NUL-tegn");
        assertThat(count("plan.version")).isEqualTo(versions);
    }

    @Test
    void aNulByteInTheFileNameIsRefused() throws Exception {
        byte[] plan = Files.readAllBytes(dir.resolve(DemoData.DRAFT));
        // Tomcat refuses the name itself while parsing; the answer is still a 400 that says which name.
        HttpResponse<String> r = postMultipart("/api/plans", "kind", "draft", "forslag\u0000.geojson", plan);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).contains("filnavn", "forslag");
    }

    @Test
    void aPlainSqliteFileNamedGpkgIsRefusedAsNotAGeoPackage() throws Exception {
        Path f = dir.resolve("plain.gpkg");
        Files.deleteIfExists(f);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a INTEGER)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        assertBadRequest(ApiTestSupport.uploadPlan(http, f, "draft"), "plain.gpkg", "GeoPackage");
    }

    @Test
    void aMultipartBodyWithoutBoundaryIsA400WithAMessage() throws Exception {
        HttpResponse<String> r = client.send(
                signedIn(uri("/api/plans"))
                        .header("Content-Type", "multipart/form-data")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ndraft\r\n--x--\r\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).contains("multipart");
    }

    @Test
    void eightParallelLoadsOfTheSameLayerIdAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ResponseEntity<Map>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(
                        pool.submit(() -> ApiTestSupport.uploadLayer(http, dir, layer("parallel", "Parallell", "id"))));
            }
            for (Future<ResponseEntity<Map>> f : results) {
                assertThat(f.get().getStatusCode())
                        .as(String.valueOf(f.get().getBody()))
                        .isEqualTo(HttpStatus.CREATED);
            }
        } finally {
            pool.shutdown();
        }
        long features = jdbc.queryForObject("SELECT count(*) FROM ref.feature WHERE layer_id = 'parallel'", Long.class);
        int inFile = new no.planvakt.format.GeoJsonFeatureReader()
                .read("k", Files.newInputStream(dir.resolve("kulturminner.geojson")))
                .features()
                .size();
        assertThat(features).isEqualTo(inFile);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ref.layer WHERE id = 'parallel'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void springsOwn415And400BodiesCarryAMessage() throws Exception {
        HttpResponse<String> text = client.send(
                signedIn(uri("/api/runs"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hei"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(message(text)).contains("text/plain");
        HttpResponse<String> broken = postJson("/api/runs", "{\"draftVersionId\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(message(broken)).contains("ikke gyldig JSON");
        HttpResponse<String> path =
                client.send(signedIn(uri("/api/runs/abc")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(path.statusCode()).isEqualTo(400);
        assertThat(message(path)).isEqualTo("run id må være et heltall, fant \"abc\"");
    }

    @Test
    void aFractionalIdIsRefusedNotRoundedDown() throws Exception {
        HttpResponse<String> r = postJson("/api/runs", "{\"draftVersionId\": 2.7}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).contains("draftVersionId", "2.7");
    }

    @Test
    void aDraftPassedAsTheAdoptedPlanIsRefused() {
        Object draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        Object other = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.ADOPTED), "draft")
                .getBody()
                .get("versionId");
        long runs = count("result.run");
        ResponseEntity<Map> r =
                http.postForEntity("/api/runs", Map.of("draftVersionId", draft, "adoptedVersionId", other), Map.class);
        assertBadRequest(r, "planversjon " + other + " er et forslag, ikke en vedtatt plan (adoptedVersionId)");
        assertThat(count("result.run")).isEqualTo(runs);
    }

    @Test
    void blankProvenanceIsRefusedNamingTheField() {
        LayerManifest m = new LayerManifest(
                "blank_source", "Tittel", "kulturminner.geojson", "  ", null, "CC BY 4.0", null, null, "id");
        assertBadRequest(ApiTestSupport.uploadLayer(http, dir, m), "kulturminner.geojson", "source må fylles ut");
        LayerManifest t = new LayerManifest(
                "blank_title", " ", "kulturminner.geojson", "kilde", null, "CC BY 4.0", null, null, "id");
        assertBadRequest(ApiTestSupport.uploadLayer(http, dir, t), "title må fylles ut");
    }

    @Test
    void anIdAttributeTheFileLacksIsRefusedNamingTheUploadNotTheTempFile() {
        ResponseEntity<Map> r = ApiTestSupport.uploadLayer(http, dir, layer("typo_id", "Tittel", "objektid"));
        assertBadRequest(r, "kulturminner.geojson", "feature #1", "no attribute \"objektid\"");
        assertThat((String) r.getBody().get("message")).doesNotContain("planvakt-upload");
    }

    @Test
    void readerErrorsInALayerNameTheUploadNotTheTempFile() throws Exception {
        Path broken = write("brutt.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[{");
        LayerManifest m =
                new LayerManifest("brutt", "Brutt", "brutt.geojson", "kilde", null, "CC BY 4.0", null, null, null);
        ResponseEntity<Map> r = ApiTestSupport.uploadLayer(http, dir, m);
        assertBadRequest(r, "brutt.geojson", "malformed JSON");
        assertThat((String) r.getBody().get("message")).doesNotContain("planvakt-upload");
    }

    @Test
    void aMegabyteTitleIsRefusedWithTheLimit() {
        String title = "x".repeat(1 << 20);
        assertBadRequest(
                ApiTestSupport.uploadLayer(http, dir, layer("long_title", title, "id")),
                "title er 1 048 576 tegn lang",
                "grensen på 255 tegn");
    }

    @Test
    void aSmallFileWithALongNameIsNot413() throws Exception {
        byte[] plan = Files.readAllBytes(dir.resolve(DemoData.DRAFT));
        HttpResponse<String> ok = postMultipart("/api/plans", "kind", "draft", "æ".repeat(200) + ".geojson", plan);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        HttpResponse<String> tooLong = postMultipart("/api/plans", "kind", "draft", "p".repeat(400) + ".geojson", plan);
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(message(tooLong))
                .isEqualTo("filnavnet \"" + "p".repeat(80) + "…\" er 408 tegn lang, mer enn grensen på 255 tegn");
    }

    private static LayerManifest layer(String id, String title, String idAttribute) {
        return new LayerManifest(
                id, title, "kulturminner.geojson", "Planvakt demo", null, "CC BY 4.0", null, null, idAttribute);
    }

    private void assertBadRequest(ResponseEntity<Map> r, String... expected) {
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) r.getBody().get("message")).contains(expected);
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return client.send(
                signedIn(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart body written by hand, so the file name can be anything a hostile client sends. */
    private HttpResponse<String> postMultipart(String path, String field, String value, String fileName, byte[] file)
            throws Exception {
        String boundary = "planvakt-test-boundary";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
                        + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(
                signedIn(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request signed in (HTTP Basic) as the first admin, as the TestRestTemplate {@code http} is. */
    private static HttpRequest.Builder signedIn(URI uri) {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).header("Authorization", "Basic " + credentials);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String message(HttpResponse<String> r) throws Exception {
        JsonNode body = JSON.readTree(r.body());
        return body.path("message").asText();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\"," + CRS32 + "\"features\":[" + String.join(",", features) + "]}";
    }

    private static String feature(String properties) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + SQUARE + "}";
    }
}
