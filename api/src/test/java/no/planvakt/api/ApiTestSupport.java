package no.planvakt.api;

import java.nio.file.Path;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Multipart uploads as a planner's client sends them. */
final class ApiTestSupport {
    private ApiTestSupport() {
    }

    @SuppressWarnings("rawtypes")
    static ResponseEntity<java.util.Map> uploadPlan(TestRestTemplate http, Path file, String kind) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(file));
        body.add("kind", kind);
        return http.postForEntity("/api/plans", multipart(body), java.util.Map.class);
    }

    @SuppressWarnings("rawtypes")
    static ResponseEntity<java.util.Map> uploadLayer(TestRestTemplate http, Path file, String id, String title) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new FileSystemResource(file));
        body.add("id", id);
        body.add("title", title);
        body.add("source", "Planvakt demo: Hol kommune (Kartverket 2024) avgrenset mot vest ved x = 450 000 (EUREF89 UTM 32)");
        body.add("owner", "Planvakt");
        body.add("licence", "CC BY 4.0 (kommunegrense © Kartverket)");
        body.add("date", "2026-11-22");
        body.add("method", "Skjematisk: den delen av Hol vest for nordlinjen x = 450 000 i UTM 32 regnes som over skoggrensen. Ikke et reelt skoggrenselag; et ekte lag avledes fra terrengmodell (DTM 10) og regional skoggrensehøyde eller fra AR5/SR16.");
        body.add("idAttribute", "id");
        return http.postForEntity("/api/reference-layers", multipart(body), java.util.Map.class);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, h);
    }
}
