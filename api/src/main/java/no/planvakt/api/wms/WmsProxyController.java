package no.planvakt.api.wms;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /wms?…}: the WMS as clients (the page, QGIS) reach it — MapServer behind the service,
 * every request checked by {@link WmsAccess} first. MapServer itself listens on 127.0.0.1 only
 * ({@code PLANVAKT_WMS_URL}); the capabilities it returns are rewritten to point here.
 */
@RestController
public class WmsProxyController {
    private final WmsAccess access;
    private final String backend;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WmsProxyController(WmsAccess access, @Value("${planvakt.wms.url}") String backend) {
        this.access = access;
        this.backend = backend.endsWith("?") ? backend.substring(0, backend.length() - 1) : backend;
    }

    @GetMapping("/wms")
    public ResponseEntity<byte[]> wms(HttpServletRequest request) throws IOException, InterruptedException {
        Map<String, String> forward = access.check(request.getParameterMap());
        String query = forward.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<byte[]> r;
        try {
            r = http.send(HttpRequest.newBuilder(URI.create(backend + "?" + query)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.TEXT_PLAIN)
                    .body(("kartserveren svarer ikke (" + e.getClass().getSimpleName() + ")").getBytes(StandardCharsets.UTF_8));
        }
        String type = r.headers().firstValue("Content-Type").orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        byte[] body = r.body();
        if ("GETCAPABILITIES".equalsIgnoreCase(forward.get("REQUEST"))) {
            String self = ServletUriComponentsBuilder.fromCurrentContextPath().path("/wms").build().toUriString();
            body = new String(body, StandardCharsets.UTF_8).replace(backend, self).getBytes(StandardCharsets.UTF_8);
        }
        return ResponseEntity.status(r.statusCode()).contentType(MediaType.parseMediaType(type))
                .header("Cache-Control", "private, no-store").body(body);
    }
}
