package no.planvakt.layers.geoserver;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** GeoServer's REST API over java.net.http with basic authentication. */
public final class GeoServerRestClient {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final GeoServerTarget target;

    public GeoServerRestClient(GeoServerTarget target) {
        this.target = target;
    }

    public RestResponse get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().header("Accept", "application/json"));
    }

    public RestResponse post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public RestResponse put(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** One path segment, percent-encoded (names may contain ':' as in ws:layer, which stays). */
    public static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%3A", ":");
    }

    private HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder()
                .encodeToString((target.user() + ":" + target.password()).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(target.restUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + auth);
    }

    private RestResponse send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new RestResponse(r.statusCode(), r.body());
    }
}
