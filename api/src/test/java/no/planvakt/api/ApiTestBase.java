package no.planvakt.api;

import java.nio.file.Path;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API on a random port against the real PostGIS that ./run-tests starts, with the demo's files
 * in {@link #dir}. Without PostGIS the tests fail with a clear message rather than skip, so a green
 * build always means "tested against PostGIS".
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=${PLANVAKT_DB_URL:}",
            "planvakt.admin.password=" + ApiTestBase.ADMIN_PASSWORD
        })
abstract class ApiTestBase {
    /** The first admin's password, given as the operator would (PLANVAKT_ADMIN_PASSWORD). */
    static final String ADMIN_PASSWORD = "test-admin-passord-1";

    static {
        String url = System.getenv("PLANVAKT_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "PLANVAKT_DB_URL is not set: run the tests with ./run-tests, which starts a private PostGIS");
        }
    }

    @TempDir
    static Path dir;

    /** Signed in as nobody. */
    @Autowired
    TestRestTemplate anonymous;
    /** Signed in (HTTP Basic) as the first admin, who may do everything. */
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdmin() {
        http = anonymous.withBasicAuth("admin", ADMIN_PASSWORD);
    }

    /** A client signed in (HTTP Basic) as a user with this role and scope, created by the admin if missing. */
    TestRestTemplate as(String username, String role, String scope) {
        String password = "passord-for-" + username;
        Integer n =
                jdbc.queryForObject("SELECT count(*) FROM auth.app_user WHERE username = ?", Integer.class, username);
        if (n == 0) {
            java.util.Map<String, Object> user =
                    new java.util.HashMap<>(java.util.Map.of("username", username, "password", password, "role", role));
            if (scope != null) {
                user.put("scope", scope);
            }
            org.springframework.http.ResponseEntity<String> r = http.postForEntity("/api/users", user, String.class);
            if (r.getStatusCode().value() != 201) {
                throw new AssertionError("creating user " + username + " failed: " + r.getBody());
            }
        }
        return anonymous.withBasicAuth(username, password);
    }

    @BeforeAll
    static void demoFiles() {
        DemoData.extractTo(dir);
    }
}
