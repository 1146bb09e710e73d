package no.planvakt.layers.wms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import no.planvakt.layers.TestEnvironment;

/** Plain HTTP requests to the local MapServer, as any WMS client would send them. */
public final class WmsClient {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = TestEnvironment.wmsUrl();

    public HttpResponse<byte[]> get(Map<String, String> params) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(params)))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Form-encoded POST, for parameters too long for a URL (SLD_BODY). */
    public HttpResponse<byte[]> post(Map<String, String> params) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(params)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    public String url(Map<String, String> params) {
        return base + encode(params);
    }

    public String base() {
        return base;
    }

    /** GetMap parameters for WMS 1.3.0 (BBOX in the CRS's own axis order). */
    public static Map<String, String> getMap(String layers, String crs, double[] bbox, int width, int height) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SERVICE", "WMS");
        p.put("VERSION", "1.3.0");
        p.put("REQUEST", "GetMap");
        p.put("LAYERS", layers);
        p.put("STYLES", "");
        p.put("CRS", crs);
        p.put("BBOX", String.format(Locale.ROOT, "%.8f,%.8f,%.8f,%.8f", bbox[0], bbox[1], bbox[2], bbox[3]));
        p.put("WIDTH", Integer.toString(width));
        p.put("HEIGHT", Integer.toString(height));
        p.put("FORMAT", "image/png");
        p.put("TRANSPARENT", "TRUE");
        return p;
    }

    public static BufferedImage png(HttpResponse<byte[]> response) throws IOException {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("image/png")) {
            throw new AssertionError(
                    "expected a PNG, got " + type + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    private static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
