package no.planvakt.api;

import java.nio.file.Path;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.BeforeAll;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=${PLANVAKT_DB_URL:}")
abstract class ApiTestBase {
    static {
        String url = System.getenv("PLANVAKT_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PLANVAKT_DB_URL is not set: run the tests with ./run-tests, which starts a private PostGIS");
        }
    }

    @TempDir
    static Path dir;

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void demoFiles() {
        DemoData.extractTo(dir);
    }
}
