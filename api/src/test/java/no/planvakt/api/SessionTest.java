package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The page's session as a browser holds it (cookies, CSRF token from GET /api/me): wrong
 * passwords are refused, the session id changes at sign-in, a write without the CSRF token is
 * refused, passwords are stored only as hashes; and writes from another origin or to an unknown
 * Host are refused before anything else.
 */
class SessionTest extends ApiTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void signInChangesTheSessionAndWritesNeedTheCsrfToken() throws Exception {
        as("planlegger.hol", "MUNICIPAL_PLANNER", "3330");
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

        JsonNode before = json(browser.send(get("/api/me"), HttpResponse.BodyHandlers.ofString()));
        assertThat(before.get("signedIn").asBoolean()).isFalse();
        String token = before.at("/csrf/token").asText();
        String sessionBefore = session(cookies);
        assertThat(token).isNotBlank();
        assertThat(sessionBefore).isNotNull();

        // Sign-in itself needs the token, and the right password.
        assertThat(browser.send(
                                login("planlegger.hol", "passord-for-planlegger.hol", null),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> wrong =
                browser.send(login("planlegger.hol", "feil-passord-123", token), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(browser.send(get("/api/me"), HttpResponse.BodyHandlers.ofString()))
                        .get("signedIn")
                        .asBoolean())
                .isFalse();

        HttpResponse<String> ok = browser.send(
                login("planlegger.hol", "passord-for-planlegger.hol", token), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode me = json(ok);
        assertThat(me.get("username").asText()).isEqualTo("planlegger.hol");
        assertThat(me.get("role").asText()).isEqualTo("MUNICIPAL_PLANNER");
        assertThat(me.get("scope").asText()).isEqualTo("3330");
        // Session fixation: the id the client had before signing in is not the signed-in session.
        assertThat(session(cookies)).isNotNull().isNotEqualTo(sessionBefore);
        String newToken = me.at("/csrf/token").asText();
        assertThat(newToken).isNotBlank().isNotEqualTo(token);

        // A write with the session but without the token is refused; with the token it reaches the API.
        HttpResponse<String> forged =
                browser.send(postJson("/api/runs", "{}", null), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        assertThat(browser.send(postJson("/api/runs", "{}", "not-the-token"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> real =
                browser.send(postJson("/api/runs", "{}", newToken), HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).isEqualTo(400);
        assertThat(real.body()).contains("draftVersionId is required");

        // Sign-out ends the session.
        assertThat(browser.send(postJson("/api/logout", "", newToken), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(204);
        assertThat(json(browser.send(get("/api/me"), HttpResponse.BodyHandlers.ofString()))
                        .get("signedIn")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void passwordsAreStoredAsHashesOnly() {
        as("leser.hol", "VIEWER", "3330");
        String hash = jdbc.queryForObject(
                "SELECT password_hash FROM auth.app_user WHERE username = 'leser.hol'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("passord-for-leser.hol");
        assertThat(encoder.matches("passord-for-leser.hol", hash)).isTrue();
        assertThat(encoder.matches("passord-for-leser.hoL", hash)).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM auth.app_user WHERE password_hash LIKE '%passord-for-%'", Integer.class))
                .isZero();
        assertThat(anonymous
                        .withBasicAuth("leser.hol", "passord-for-leser.hoL")
                        .getForEntity("/api/me", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(anonymous.withBasicAuth("leser.hol", "passord-for-leser.hol").getForObject("/api/me", String.class))
                .contains("\"username\":\"leser.hol\"");
        // A user changes their own password (with the current one); an admin disables a user.
        String name = "leser." + Long.toString(System.currentTimeMillis(), 36);
        TestRestTemplate own = as(name, "VIEWER", "3330");
        assertThat(own.exchange(
                                "/api/me/password",
                                org.springframework.http.HttpMethod.PUT,
                                new org.springframework.http.HttpEntity<>(
                                        java.util.Map.of("current", "feil-passord-9", "password", "nytt-passord-123")),
                                String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(own.exchange(
                                "/api/me/password",
                                org.springframework.http.HttpMethod.PUT,
                                new org.springframework.http.HttpEntity<>(java.util.Map.of(
                                        "current", "passord-for-" + name, "password", "nytt-passord-123")),
                                String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(own.getForEntity("/api/me", String.class).getStatusCode().value())
                .isEqualTo(401);
        TestRestTemplate renewed = anonymous.withBasicAuth(name, "nytt-passord-123");
        assertThat(renewed.getForObject("/api/me", String.class)).contains("\"username\":\"" + name + "\"");
        assertThat(http.exchange(
                                "/api/users/" + name,
                                org.springframework.http.HttpMethod.PATCH,
                                new org.springframework.http.HttpEntity<>(java.util.Map.of("enabled", false)),
                                String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(renewed.getForEntity("/api/me", String.class).getStatusCode().value())
                .isEqualTo(401);
        // A short password is refused with a message, and nothing is stored.
        assertThat(http.postForEntity(
                                "/api/users",
                                java.util.Map.of(
                                        "username", "kort", "password", "abc", "role", "VIEWER", "scope", "3330"),
                                String.class)
                        .getBody())
                .contains("10 to 200 characters");
    }

    @Test
    void crossOriginWritesAndUnknownHostsAreRefused() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long versions = jdbc.queryForObject("SELECT count(*) FROM plan.version", Long.class);
        String boundary = "grense123";
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ndraft\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.geojson\"\r\nContent-Type: application/geo+json\r\n\r\n"
                        + "{\"type\":\"FeatureCollection\",\"features\":[]}\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", basic("admin", ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> crossOrigin = client.send(
                upload.copy().header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossOrigin.statusCode()).isEqualTo(403);
        assertThat(crossOrigin.body()).contains("evil.example");
        assertThat(client.send(
                                upload.copy()
                                        .header("Referer", "http://evil.example/side.html")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        assertThat(client.send(
                                upload.copy()
                                        .header("Sec-Fetch-Site", "cross-site")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan.version", Long.class))
                .isEqualTo(versions);
        // The same request from the service's own origin gets through to the reader (which finds no features).
        HttpResponse<String> sameOrigin = client.send(
                upload.copy().header("Origin", "http://localhost:" + port).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sameOrigin.statusCode()).isNotEqualTo(403).isNotEqualTo(421);

        // An unknown Host (DNS rebinding) gets nothing, not even a read.
        assertThat(rawStatus("GET /api/me HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n"))
                .isEqualTo(421);
        assertThat(rawStatus("GET /api/me HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n"))
                .isEqualTo(200);
    }

    private int rawStatus(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
    }

    private HttpRequest login(String user, String password, String csrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return b.build();
    }

    private HttpRequest postJson(String path, String body, String csrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return b.build();
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String basic(String user, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
