package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import no.planvakt.layers.TestData;
import no.planvakt.layers.TestDatabase;
import no.planvakt.layers.style.Rgb;
import no.planvakt.layers.style.StyleCatalogue;
import no.planvakt.layers.style.StyleRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings_transport layer over the stored findings of R6a (ABC class) and R6b (housing near a
 * centre or stop), as the API stores them with their figures: an R6a class-A business area at
 * x 240 000–240 400 measured along the network, an R6b housing area not near at 240 600–241 000
 * measured in straight line (y 6 630 200–6 630 600, the latest run of the test draft).
 * GetFeatureInfo must give the distances and say how they were measured; GetMap colours by class.
 */
class TransportWmsTest {
    private static final WmsClient WMS = new WmsClient();
    private static final double[] BBOX = {239800, 6630000, 241200, 6630800};
    private static final int W = 700;
    private static final int H = 400;
    private static final double ABC_X0 = 240000;
    private static final double HOUSING_X0 = 240600;

    @BeforeAll
    static void data() throws Exception {
        long run = TestData.load().latestRunId();
        try (Connection c = TestDatabase.connect();
                PreparedStatement del = c.prepareStatement(
                        "DELETE FROM result.finding WHERE run_id = ? AND rule_id IN ('R6a', 'R6b')")) {
            del.setLong(1, run);
            del.executeUpdate();
            insert(
                    c,
                    run,
                    "R6a",
                    "INFO",
                    ABC_X0,
                    "Geilo stasjonsby",
                    "{\"hub_m\": 341.84, \"stop_m\": 278.91, \"junction_m\": 114.8, \"abc_class\": 1, \"network\": 1}");
            insert(
                    c,
                    run,
                    "R6b",
                    "YELLOW",
                    HOUSING_X0,
                    "Vatnaberg boliger",
                    "{\"centre_m\": 2145.6, \"stop_m\": 569.3, \"near\": 0, \"network\": 0}");
        }
    }

    private static void insert(
            Connection c, long run, String rule, String status, double x0, String name, String figures)
            throws Exception {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO result.finding (run_id, finding_key, rule_id, rule_title,"
                        + " status, change, plan_object_id, plan_object_name, area_m2, area_daa, share, message, trace, figures, geom)"
                        + " VALUES (?, ?, ?, ?, ?, 'NEW', 'lu-1', ?, 160000, 160, NULL, ?, '{}', ?::jsonb, ST_GeomFromText(?, 25833))")) {
            p.setLong(1, run);
            p.setString(2, rule + "-transport-" + x0);
            p.setString(3, rule);
            p.setString(4, rule + " (test)");
            p.setString(5, status);
            p.setString(6, name);
            p.setString(7, rule + " " + name);
            p.setString(8, figures);
            p.setString(9, TestData.square(x0, TestData.Y0, TestData.SIDE));
            p.executeUpdate();
        }
    }

    private static String featureInfo(double x) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SERVICE", "WMS");
        p.put("VERSION", "1.3.0");
        p.put("REQUEST", "GetFeatureInfo");
        p.put("LAYERS", "findings_transport");
        p.put("QUERY_LAYERS", "findings_transport");
        p.put("STYLES", "");
        p.put("CRS", "EPSG:25833");
        p.put("BBOX", BBOX[0] + "," + BBOX[1] + "," + BBOX[2] + "," + BBOX[3]);
        p.put("WIDTH", Integer.toString(W));
        p.put("HEIGHT", Integer.toString(H));
        p.put("I", Integer.toString(Pixels.column(x, BBOX[0], BBOX[2], W)));
        p.put("J", Integer.toString(Pixels.row(TestData.Y0 + 200, BBOX[1], BBOX[3], H)));
        p.put("INFO_FORMAT", "text/html");
        p.put("FEATURE_COUNT", "10");
        HttpResponse<byte[]> r = WMS.get(p);
        assertThat(r.statusCode()).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void featureInfoGivesTheDistancesAndHowTheyWereMeasured() throws Exception {
        String abc = featureInfo(ABC_X0 + 200);
        assertThat(abc)
                .contains(
                        "<td class=\"transport_class\">A</td>",
                        "<td class=\"hub_m\">342</td>",
                        "<td class=\"stop_m\">279</td>",
                        "<td class=\"junction_m\">115</td>",
                        "<td class=\"distance_method\">langs vegnettet</td>",
                        "<td class=\"plan_object_name\">Geilo stasjonsby</td>",
                        "<td class=\"rule_id\">R6a</td>")
                .doesNotContain("Vatnaberg");
        // R6b's centre distance is shown in the same column as the hub distance; no junction for housing.
        String housing = featureInfo(HOUSING_X0 + 200);
        assertThat(housing)
                .contains(
                        "<td class=\"transport_class\">ikke_naer</td>",
                        "<td class=\"hub_m\">2146</td>",
                        "<td class=\"stop_m\">569</td>",
                        "<td class=\"distance_method\">i luftlinje</td>",
                        "<td class=\"rule_id\">R6b</td>")
                .doesNotContain("Geilo stasjonsby");
    }

    @Test
    void classesAreDrawnInTheirColours() throws Exception {
        Map<String, String> p = WmsClient.getMap("findings_transport", "EPSG:25833", BBOX, W, H);
        BufferedImage image = WmsClient.png(WMS.get(p));
        // Near a corner, away from the label in the middle.
        int j = Pixels.row(TestData.Y0 + 60, BBOX[1], BBOX[3], H);
        Rgb a = Pixels.rgb(image, Pixels.column(ABC_X0 + 60, BBOX[0], BBOX[2], W), j);
        Rgb notNear = Pixels.rgb(image, Pixels.column(HOUSING_X0 + 60, BBOX[0], BBOX[2], W), j);
        assertThat(Pixels.alpha(image, Pixels.column(ABC_X0 + 60, BBOX[0], BBOX[2], W), j))
                .isGreaterThan(100);
        assertThat(Pixels.distance(a, colour("A")))
                .as("class A drawn as " + a.hex())
                .isLessThanOrEqualTo(12);
        assertThat(Pixels.distance(notNear, colour("ikke_naer")))
                .as("not near drawn as " + notNear.hex())
                .isLessThanOrEqualTo(12);
    }

    private static Rgb colour(String value) {
        return StyleCatalogue.standard().require("findings_transport").rules().stream()
                .filter(r -> value.equals(r.value()))
                .map(StyleRule::fill)
                .findFirst()
                .orElseThrow();
    }
}
