package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planvakt.layers.TestData;
import no.planvakt.layers.TestDatabase;
import no.planvakt.layers.TestEnvironment;
import no.planvakt.layers.style.StyleCatalogue;
import no.planvakt.layers.style.StyleRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reference data of every geometry type is drawn (points, lines, polygons), and every loaded
 * reference layer is a WMS layer of its own once the mapfile is rewritten.
 *
 * <pre>
 * Layer test_geometrier, 1 m per pixel in an 800 × 400 image over x 238000..238800, y 6630000..6630400:
 *   point   (238200.5, 6630200.5)                      pixel (200, 199)
 *   line    x = 238400.5 from y 6630050 to 6630350     pixel column 400
 *   polygon x 238600..238700, y 6630150..6630250       pixel (650, 200)
 *   nothing at (238500.5, 6630200.5)                   pixel (500, 199)
 * </pre>
 */
class ReferenceLayersTest {
    private static final WmsClient WMS = new WmsClient();
    private static final String LAYER_ID = "test_geometrier";
    private static final String TITLE = "Kulturminner og korridorer (test)";
    private static final double[] BBOX = {238000, 6630000, 238800, 6630400};
    private static final int WIDTH = 800;
    private static final int HEIGHT = 400;
    private static final StyleRule STYLE =
            StyleCatalogue.standard().require("reference").rules().get(0);

    @BeforeAll
    static void data() throws Exception {
        TestData.load();
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM ref.layer WHERE id = '" + LAYER_ID + "'");
            s.executeUpdate("INSERT INTO ref.layer (id, title, source, owner, licence, source_date) VALUES ('"
                    + LAYER_ID + "', '" + TITLE + "', 'Riksantikvaren', 'Riksantikvaren', 'NLOD', DATE '2026-10-01')");
            s.executeUpdate("INSERT INTO ref.feature (layer_id, feature_id, geom) VALUES"
                    + " ('" + LAYER_ID + "', 'punkt', ST_GeomFromText('POINT(238200.5 6630200.5)', 25833)),"
                    + " ('" + LAYER_ID
                    + "', 'linje', ST_GeomFromText('LINESTRING(238400.5 6630050, 238400.5 6630350)', 25833)),"
                    + " ('" + LAYER_ID + "', 'flate', ST_GeomFromText('" + TestData.square(238600, 6630150, 100)
                    + "', 25833))");
        }
        // The mapfile was written when MapServer started, before these layers existed.
        TestEnvironment.rewriteMapfile();
    }

    private static BufferedImage map(String layers, Map<String, String> extra) throws Exception {
        Map<String, String> p = WmsClient.getMap(layers, "EPSG:25833", BBOX, WIDTH, HEIGHT);
        p.putAll(extra);
        return WmsClient.png(WMS.get(p));
    }

    @Test
    void referenceGroupDrawsPointsLinesAndPolygons() throws Exception {
        BufferedImage image = map("reference", Map.of("REFLAYER", LAYER_ID));
        assertThat(Pixels.alpha(image, 200, 199))
                .as("point " + Pixels.describe(image, 200, 199))
                .isEqualTo(255);
        assertThat(Pixels.distance(Pixels.rgb(image, 200, 199), STYLE.fill())).isLessThanOrEqualTo(8);
        assertThat(Pixels.alpha(image, 400, 199))
                .as("line " + Pixels.describe(image, 400, 199))
                .isEqualTo(255);
        assertThat(Pixels.distance(Pixels.rgb(image, 400, 199), STYLE.stroke())).isLessThanOrEqualTo(8);
        assertThat(Pixels.alpha(image, 650, 200)).as("polygon").isPositive();
        assertThat(Pixels.alpha(image, 500, 199)).as("between the features").isZero();
    }

    @Test
    void eachGeometryPartDrawsOnlyItsOwnType() throws Exception {
        BufferedImage points = map("reference_points", Map.of("REFLAYER", LAYER_ID));
        assertThat(Pixels.alpha(points, 200, 199)).isPositive();
        assertThat(Pixels.alpha(points, 400, 199)).isZero();
        assertThat(Pixels.alpha(points, 650, 200)).isZero();
        BufferedImage lines = map("reference_lines", Map.of("REFLAYER", LAYER_ID));
        assertThat(Pixels.alpha(lines, 400, 199)).isPositive();
        assertThat(Pixels.alpha(lines, 200, 199)).isZero();
        assertThat(Pixels.alpha(lines, 650, 200)).isZero();
    }

    @Test
    void eachReferenceLayerIsAWmsLayerWithItsOwnData() throws Exception {
        BufferedImage own = map("ref_" + LAYER_ID, Map.of());
        assertThat(Pixels.alpha(own, 200, 199)).as("point").isPositive();
        assertThat(Pixels.alpha(own, 400, 199)).as("line").isPositive();
        assertThat(Pixels.alpha(own, 650, 200)).as("polygon").isPositive();

        // TestData's kulturminner square (x 236000..236400) is in ref_test_kulturminner only.
        double[] bbox = {235800, 6630000, 236600, 6630800};
        Map<String, String> p = WmsClient.getMap("ref_test_kulturminner", "EPSG:25833", bbox, 256, 256);
        assertThat(Pixels.alpha(WmsClient.png(WMS.get(p)), 128, 128)).isPositive();
        p.put("LAYERS", "ref_" + LAYER_ID);
        assertThat(Pixels.alpha(WmsClient.png(WMS.get(p)), 128, 128)).isZero();
    }

    @Test
    void capabilitiesListEachReferenceLayerWithTitleAndProvenance() throws Exception {
        HttpResponse<byte[]> r = WMS.get(Map.of("SERVICE", "WMS", "VERSION", "1.3.0", "REQUEST", "GetCapabilities"));
        assertThat(CapabilitiesTest.schemaErrors(r.body())).isEmpty();
        Document doc = CapabilitiesTest.parse(r.body());
        Element layer = CapabilitiesTest.layerNamed(doc, "ref_" + LAYER_ID);
        assertThat(layer).as("ref_%s in capabilities", LAYER_ID).isNotNull();
        assertThat(CapabilitiesTest.childText(layer, "Title")).containsExactly(TITLE);
        assertThat(CapabilitiesTest.childText(layer, "Abstract"))
                .singleElement()
                .asString()
                .contains("Riksantikvaren", "NLOD", "2026-10-01");
        assertThat(CapabilitiesTest.layerNamed(doc, "ref_test_skoggrense")).isNotNull();
        assertThat(CapabilitiesTest.childText(CapabilitiesTest.layerNamed(doc, "ref_test_skoggrense"), "Title"))
                .containsExactly("Skoggrense (test)");
    }

    @Test
    void featureInfoFindsThePointAndTheLineNearTheClick() throws Exception {
        // A click 3 pixels beside the point marker and beside the line still identifies them.
        assertThat(clickedFeatures("reference", 203, 199)).containsExactly("punkt");
        assertThat(clickedFeatures("reference", 397, 150)).containsExactly("linje");
        assertThat(clickedFeatures("reference", 500, 199)).isEmpty();
        // MapServer's GeoJSON writer takes one layer per response, so JSON works per part only.
        Map<String, String> p = featureInfo("reference_points", 203, 199);
        p.put("INFO_FORMAT", "application/json");
        assertThat(new ObjectMapper()
                        .readTree(WMS.get(p).body())
                        .at("/features/0/properties/feature_id")
                        .asText())
                .isEqualTo("punkt");
    }

    private static Map<String, String> featureInfo(String layer, int i, int j) {
        Map<String, String> p = WmsClient.getMap(layer, "EPSG:25833", BBOX, WIDTH, HEIGHT);
        p.put("REQUEST", "GetFeatureInfo");
        p.put("QUERY_LAYERS", layer);
        p.put("REFLAYER", LAYER_ID);
        p.put("I", Integer.toString(i));
        p.put("J", Integer.toString(j));
        p.put("FEATURE_COUNT", "10");
        return p;
    }

    /** feature_id of every feature GetFeatureInfo (GML, which takes a group) returns. */
    private static List<String> clickedFeatures(String layer, int i, int j) throws Exception {
        Map<String, String> p = featureInfo(layer, i, j);
        p.put("INFO_FORMAT", "application/vnd.ogc.gml");
        String gml = new String(WMS.get(p).body(), StandardCharsets.UTF_8);
        assertThat(gml).contains("msGMLOutput");
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<feature_id>([^<]*)</feature_id>").matcher(gml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
