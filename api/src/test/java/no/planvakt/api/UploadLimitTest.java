package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * An upload over the limit (512 MB in production; 2 KB here, so the test stays small) is refused
 * with 413 and a message, before anything is read or stored.
 */
@TestPropertySource(
        properties = {"spring.servlet.multipart.max-file-size=2KB", "spring.servlet.multipart.max-request-size=3KB"})
class UploadLimitTest extends ApiTestBase {

    @Test
    @SuppressWarnings("rawtypes")
    void anUploadOverTheLimitIsRefused() throws Exception {
        Path draft = dir.resolve(DemoData.DRAFT);
        assertThat(Files.size(draft)).isGreaterThan(3 * 1024);
        long versions = jdbc.queryForObject("SELECT count(*) FROM plan.version", Long.class);
        ResponseEntity<Map> r = ApiTestSupport.uploadPlan(http, draft, "draft");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat((String) r.getBody().get("message"))
                .startsWith("Opplastingen er for stor: forespørselen er over grensen på ");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan.version", Long.class))
                .isEqualTo(versions);
    }
}
