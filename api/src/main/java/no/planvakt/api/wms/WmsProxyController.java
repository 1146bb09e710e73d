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
import java.util.Base64;
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
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String authorization;

    /**
     * @param user     for a WMS that wants sign-in (a GeoServer whose layer rules keep plan layers to
     *                 the PLANVAKT_ADMIN role): Planvakt's account there; empty for the local MapServer
     */
    public WmsProxyController(
            WmsAccess access,
            @Value("${planvakt.wms.url}") String backend,
            @Value("${planvakt.wms.user:}") String user,
            @Value("${planvakt.wms.password:}") String password) {
        this.access = access;
        this.backend = backend.endsWith("?") ? backend.substring(0, backend.length() - 1) : backend;
        this.authorization = user.isEmpty()
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/wms")
    public ResponseEntity<byte[]> wms(HttpServletRequest request) throws IOException, InterruptedException {
        Map<String, String> forward = access.check(request.getParameterMap());
        String query = forward.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<byte[]> r;
        try {
            HttpRequest.Builder forwarded = HttpRequest.newBuilder(URI.create(backend + "?" + query))
                    .timeout(Duration.ofSeconds(60))
                    .GET();
            if (authorization != null) {
                forwarded.header("Authorization", authorization);
            }
            r = http.send(forwarded.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(("kartserveren svarer ikke (" + e.getClass().getSimpleName() + ")")
                            .getBytes(StandardCharsets.UTF_8));
        }
        String type = r.headers().firstValue("Content-Type").orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        byte[] body = r.body();
        if ("GETCAPABILITIES".equalsIgnoreCase(forward.get("REQUEST"))) {
            String self = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/wms")
                    .build()
                    .toUriString();
            body = new String(body, StandardCharsets.UTF_8)
                    .replace(backend, self)
                    .getBytes(StandardCharsets.UTF_8);
        }
        return ResponseEntity.status(r.statusCode())
                .contentType(MediaType.parseMediaType(type))
                .header("Cache-Control", "private, no-store")
                .body(body);
    }
}
