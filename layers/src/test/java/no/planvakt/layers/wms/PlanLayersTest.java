package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import no.planvakt.layers.TestData;
import no.planvakt.layers.style.Rgb;
import no.planvakt.layers.style.StyleCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Land use and hensynssoner: arealformål colours, the version parameter, the small-scale overview
 * (one multipolygon per class) and hatched zones.
 */
class PlanLayersTest {
    private static final WmsClient WMS = new WmsClient();
    private static final StyleCatalogue STYLES = StyleCatalogue.standard();
    // Draft: 1120 framtidig | 5001 nåværende | 1110 nåværende, x 230000..233000, y 6630000..6631000.
    private static final double[] BBOX = {230000, 6630000, 233000, 6631000};
    private static TestData.Ids ids;

    @BeforeAll
    static void data() throws Exception {
        ids = TestData.load();
    }

    static Rgb colour(String value) {
        return STYLES.require("plan_landuse").rules().stream()
                .filter(r -> value.equals(r.value()))
                .findFirst()
                .orElseThrow()
                .fill();
    }

    @Test
    void newestVersionByDefaultAndAnyVersionOnRequest() throws Exception {
        BufferedImage draft = WmsClient.png(WMS.get(WmsClient.getMap("plan_landuse", "EPSG:25833", BBOX, 960, 320)));
        assertThat(Pixels.distance(Pixels.rgb(draft, 480, 160), colour("5001_n")))
                .isLessThanOrEqualTo(8);
        assertThat(Pixels.distance(Pixels.rgb(draft, 800, 160), colour("1110_n")))
                .isLessThanOrEqualTo(8);
        assertThat(Pixels.distance(Pixels.dominant(draft, 100, 100, 60), colour("1120_f")))
                .isLessThanOrEqualTo(8);

        // The adopted version has LNFR where the draft has new holiday homes, and nothing east of 232000.
        Map<String, String> p = WmsClient.getMap("plan_landuse", "EPSG:25833", BBOX, 960, 320);
        p.put("PLANVERSION", Long.toString(ids.adoptedVersionId()));
        BufferedImage adopted = WmsClient.png(WMS.get(p));
        assertThat(Pixels.distance(Pixels.rgb(adopted, 130, 160), colour("5001_n")))
                .isLessThanOrEqualTo(8);
        assertThat(Pixels.alpha(adopted, 800, 160)).isZero();
    }

    @Test
    void smallScaleOverviewKeepsColoursAndPurposeInfo() throws Exception {
        // 40 km over 256 px: 1:560 000, beyond the overview's 1:50 000.
        double[] wide = {211500, 6610500, 251500, 6650500};
        BufferedImage image = WmsClient.png(WMS.get(WmsClient.getMap("plan_landuse", "EPSG:25833", wide, 256, 256)));
        int x = Pixels.column(232500, wide[0], wide[2], 256);
        int y = Pixels.row(6630500, wide[1], wide[3], 256);
        assertThat(Pixels.distance(Pixels.rgb(image, x, y), colour("1110_n")))
                .as(Pixels.describe(image, x, y))
                .isLessThanOrEqualTo(8);

        Map<String, String> p = new LinkedHashMap<>();
        p.put("SERVICE", "WMS");
        p.put("VERSION", "1.3.0");
        p.put("REQUEST", "GetFeatureInfo");
        p.put("LAYERS", "plan_landuse");
        p.put("QUERY_LAYERS", "plan_landuse");
        p.put("STYLES", "");
        p.put("CRS", "EPSG:25833");
        p.put("BBOX", "211500,6610500,251500,6650500");
        p.put("WIDTH", "256");
        p.put("HEIGHT", "256");
        p.put("I", Integer.toString(x));
        p.put("J", Integer.toString(y));
        p.put("INFO_FORMAT", "application/json");
        JsonNode json = new ObjectMapper().readTree(WMS.get(p).body());
        JsonNode props = json.path("features").get(0).path("properties");
        assertThat(props.path("purpose_name").asText()).isEqualTo("Boligbebyggelse");
        assertThat(props.path("status_name").asText()).isEqualTo("nåværende");
    }

    @Test
    void zonesAreHatchedNotFilled() throws Exception {
        // H570 zone: x 231200..231800, y 6630200..6630800; 3.125 m per pixel.
        BufferedImage image = WmsClient.png(WMS.get(WmsClient.getMap("plan_zones", "EPSG:25833", BBOX, 960, 320)));
        int inked = 0;
        int total = 0;
        for (int x = 400; x < 560; x++) {
            for (int y = 80; y < 240; y++) {
                total++;
                if (Pixels.alpha(image, x, y) > 0) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("hatch lines drawn").isGreaterThan(total / 20);
        assertThat(inked).as("not a solid fill").isLessThan(total / 2);
        assertThat(Pixels.alpha(image, 100, 160)).as("outside the zone").isZero();
    }

    @Test
    void referenceLayerIsFilteredByLayerId() throws Exception {
        double[] bbox = {235800, 6630000, 237200, 6630800};
        int k = Pixels.column(236200, bbox[0], bbox[2], 448);
        int sk = Pixels.column(236800, bbox[0], bbox[2], 448);
        int y = Pixels.row(6630300, bbox[1], bbox[3], 256);
        BufferedImage all = WmsClient.png(WMS.get(WmsClient.getMap("reference", "EPSG:25833", bbox, 448, 256)));
        assertThat(Pixels.alpha(all, k, y)).isPositive();
        assertThat(Pixels.alpha(all, sk, y)).isPositive();
        Map<String, String> p = WmsClient.getMap("reference", "EPSG:25833", bbox, 448, 256);
        p.put("REFLAYER", "test_kulturminner");
        BufferedImage one = WmsClient.png(WMS.get(p));
        assertThat(Pixels.alpha(one, k, y)).isPositive();
        assertThat(Pixels.alpha(one, sk, y)).isZero();
    }
}
