package no.planvakt.api.page;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the planners' page (static/index.html) reads before it draws anything:
 * {@code GET /api/page/messages?lang=nb|en} its texts from the message bundles
 * ({@code i18n/messages*.properties}, bokmål by default), and {@code GET /api/page/config} the WMS it
 * draws from and the background map, which is shown only where one is configured
 * ({@code planvakt.page.background.*}: no map tiles are fetched from anywhere by default).
 */
@RestController
public class PageController {
    private static final String BUNDLE = "i18n.messages";

    private final String wmsUrl;
    private final String backgroundUrl;
    private final String backgroundLayers;
    private final String backgroundAttribution;
    private final int srid;

    public PageController(
            @Value("${planvakt.canonical-srid}") int srid,
            @Value("${planvakt.page.wms-url:/wms}") String wmsUrl,
            @Value("${planvakt.page.background.url:}") String backgroundUrl,
            @Value("${planvakt.page.background.layers:}") String backgroundLayers,
            @Value("${planvakt.page.background.attribution:}") String backgroundAttribution) {
        this.srid = srid;
        this.wmsUrl = wmsUrl;
        this.backgroundUrl = backgroundUrl;
        this.backgroundLayers = backgroundLayers;
        this.backgroundAttribution = backgroundAttribution;
    }

    @GetMapping("/api/page/messages")
    public Map<String, String> messages(@RequestParam(name = "lang", defaultValue = "nb") String lang) {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nb");
        // The root bundle is bokmål; no fallback to the server's own locale.
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> out = new TreeMap<>();
        bundle.keySet().forEach(k -> out.put(k, bundle.getString(k)));
        return out;
    }

    @GetMapping("/api/page/config")
    public Map<String, Object> config() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wmsUrl", wmsUrl);
        m.put("srid", srid);
        if (!backgroundUrl.isBlank() && !backgroundLayers.isBlank()) {
            m.put(
                    "background",
                    Map.of("url", backgroundUrl, "layers", backgroundLayers, "attribution", backgroundAttribution));
        }
        return m;
    }
}
