package no.planvakt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import no.planvakt.demo.DemoData;
import no.planvakt.reference.LayerManifest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Multipart uploads as a planner's client sends them. */
final class ApiTestSupport {
    private ApiTestSupport() {}

    @SuppressWarnings("rawtypes")
    static ResponseEntity<java.util.Map> uploadPlan(TestRestTemplate http, Path file, String kind) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(file));
        body.add("kind", kind);
        return http.postForEntity("/api/plans", multipart(body), java.util.Map.class);
    }

    /** Loads every layer of the demo's manifest, with the same provenance and coverage the command reads. */
    static void uploadDemoLayers(TestRestTemplate http, Path demoDir) {
        LayerManifest[] manifest;
        try {
            manifest = new ObjectMapper(new YAMLFactory())
                    .registerModule(new JavaTimeModule())
                    .readValue(demoDir.resolve(DemoData.LAYERS).toFile(), LayerManifest[].class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (LayerManifest m : manifest) {
            @SuppressWarnings("rawtypes")
            ResponseEntity<java.util.Map> r = uploadLayer(http, demoDir, m);
            if (r.getStatusCode() != HttpStatus.CREATED) {
                throw new AssertionError("loading layer " + m.id() + " failed: " + r.getBody());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    static ResponseEntity<java.util.Map> uploadLayer(TestRestTemplate http, Path demoDir, LayerManifest m) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(demoDir.resolve(m.file())));
        body.add("id", m.id());
        body.add("title", m.title());
        body.add("source", m.source());
        body.add("licence", m.licence());
        add(body, "owner", m.owner());
        add(body, "date", m.date() == null ? null : m.date().toString());
        add(body, "method", m.method());
        add(body, "idAttribute", m.idAttribute());
        if (LayerManifest.EXTENT.equals(m.coverage())) {
            body.add("coverageFromExtent", "true");
        } else if (m.coverage() != null) {
            body.add("coverage", new FileSystemResource(demoDir.resolve(m.coverage())));
        }
        return http.postForEntity("/api/reference-layers", multipart(body), java.util.Map.class);
    }

    /** Uploads the demo's adopted plan, draft and layers and checks the draft; returns the finished run's id. */
    @SuppressWarnings("rawtypes")
    static long demoRun(TestRestTemplate http, Path demoDir) {
        Object adopted = uploadPlan(http, demoDir.resolve(DemoData.ADOPTED), "adopted")
                .getBody()
                .get("versionId");
        Object draft = uploadPlan(http, demoDir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        uploadDemoLayers(http, demoDir);
        ResponseEntity<java.util.Map> run = http.postForEntity(
                "/api/runs?wait=true",
                java.util.Map.of("draftVersionId", draft, "adoptedVersionId", adopted),
                java.util.Map.class);
        if (run.getStatusCode() != HttpStatus.CREATED
                || !"DONE".equals(run.getBody().get("state"))) {
            throw new AssertionError("demo run did not finish: " + run.getStatusCode() + " " + run.getBody());
        }
        return ((Number) run.getBody().get("runId")).longValue();
    }

    private static void add(MultiValueMap<String, Object> body, String name, String value) {
        if (value != null) {
            body.add(name, value);
        }
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, h);
    }
}
