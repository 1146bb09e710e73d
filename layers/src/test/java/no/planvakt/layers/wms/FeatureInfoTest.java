package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import no.planvakt.layers.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** GetFeatureInfo on the RED test finding returns rule, citation, status, area, share and plan object. */
class FeatureInfoTest {
    private static final WmsClient WMS = new WmsClient();

    @BeforeAll
    static void data() throws Exception {
        TestData.load();
    }

    /** 256 px over 800 m; pixel (80, 176) is (230250, 6630250), inside the RED square. */
    static HttpResponse<byte[]> info(String format, int i, int j) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SERVICE", "WMS");
        p.put("VERSION", "1.3.0");
        p.put("REQUEST", "GetFeatureInfo");
        p.put("LAYERS", "findings");
        p.put("QUERY_LAYERS", "findings");
        p.put("STYLES", "");
        p.put("CRS", "EPSG:25833");
        p.put("BBOX", "230000,6630000,230800,6630800");
        p.put("WIDTH", "256");
        p.put("HEIGHT", "256");
        p.put("I", Integer.toString(i));
        p.put("J", Integer.toString(j));
        p.put("INFO_FORMAT", format);
        p.put("FEATURE_COUNT", "10");
        HttpResponse<byte[]> r = WMS.get(p);
        assertThat(r.statusCode()).isEqualTo(200);
        return r;
    }

    @Test
    void html() throws Exception {
        String html = new String(info("text/html", 80, 176).body(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<td class=\"rule_id\">R3</td>")
                .contains("<td class=\"rule_title\">Ingen nye fritidsboligområder over skoggrensen</td>")
                .contains(
                        "<td class=\"citation\">Buskerudplanen §6.2 – Ingen nye fritidsboligområder over skoggrensen</td>")
                .contains("<td class=\"status\">RED</td>")
                .contains("<td class=\"area_daa\">160.00</td>")
                .contains("<td class=\"share_pct\">16.0</td>")
                .contains("<td class=\"plan_object_name\">BFR1 Fjellstølen</td>")
                .doesNotContain("[item");
    }

    @Test
    void gml() throws Exception {
        Document doc =
                CapabilitiesTest.parse(info("application/vnd.ogc.gml", 80, 176).body());
        assertThat(doc.getElementsByTagName("findings_feature").getLength()).isEqualTo(1);
        assertThat(text(doc, "rule_id")).isEqualTo("R3");
        assertThat(text(doc, "status")).isEqualTo("RED");
        assertThat(Double.parseDouble(text(doc, "area_daa"))).isEqualTo(160.0);
        assertThat(Double.parseDouble(text(doc, "share_pct"))).isEqualTo(16.0);
        assertThat(text(doc, "plan_object_name")).isEqualTo("BFR1 Fjellstølen");
        assertThat(text(doc, "citation")).startsWith("Buskerudplanen");
    }

    @Test
    void json() throws Exception {
        JsonNode json =
                new ObjectMapper().readTree(info("application/json", 80, 176).body());
        assertThat(json.path("features")).hasSize(1);
        JsonNode props = json.path("features").get(0).path("properties");
        assertThat(props.path("rule_id").asText()).isEqualTo("R3");
        assertThat(props.path("rule_title").asText()).isEqualTo("Ingen nye fritidsboligområder over skoggrensen");
        assertThat(props.path("status").asText()).isEqualTo("RED");
        assertThat(props.path("area_daa").asDouble()).isEqualTo(160.0);
        assertThat(props.path("share_pct").asDouble()).isEqualTo(16.0);
        assertThat(props.path("plan_object_name").asText()).isEqualTo("BFR1 Fjellstølen");
    }

    @Test
    void nothingOutsideFindings() throws Exception {
        // Pixel (250, 5) is (230781, 6630784): no finding there.
        JsonNode json =
                new ObjectMapper().readTree(info("application/json", 250, 5).body());
        assertThat(json.path("features")).isEmpty();
    }

    private static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
