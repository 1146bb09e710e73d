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
 * The account_reserve layer draws the reserve table of an area account ("AR1-reservekart" in
 * result.run_table, as the API stores it) by land-cover class: skog at x 238 000–238 400, myr at
 * 238 600–239 000 (y 6 630 200–6 630 600) in the latest run of the test draft, an unknown class at
 * 239 200–239 600 in the catch-all colour.
 */
class AccountReserveWmsTest {
    private static final WmsClient WMS = new WmsClient();
    private static final double[] BBOX = {237800, 6630000, 239800, 6630800};
    private static final int W = 1000;
    private static final int H = 400;
    private static long run;

    @BeforeAll
    static void data() throws Exception {
        run = TestData.load().latestRunId();
        String columns =
                "[{\"name\":\"gruppe\"},{\"name\":\"formalsgruppe\"},{\"name\":\"klasse\"},{\"name\":\"arealdekke\"},"
                        + "{\"name\":\"reserve\",\"unit\":\"daa\"},{\"name\":\"wkt\"}]";
        String rows = "[[\"fritid\",\"Fritidsbebyggelse\",\"skog\",\"Skog\",160.0,\""
                + TestData.square(238000, TestData.Y0, 400) + "\"],"
                + "[\"fritid\",\"Fritidsbebyggelse\",\"myr\",\"Myr\",160.0,\""
                + TestData.square(238600, TestData.Y0, 400) + "\"],"
                + "[\"naering\",\"Næringsvirksomhet\",\"lyngmark\",\"Lyngmark\",160.0,\""
                + TestData.square(239200, TestData.Y0, 400) + "\"]]";
        try (Connection c = TestDatabase.connect();
                PreparedStatement del = c.prepareStatement(
                        "DELETE FROM result.run_table WHERE run_id = ? AND table_id = 'AR1-reservekart'");
                PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO result.run_table (run_id, table_id, rule_id, title, columns, rows)"
                                + " VALUES (?, 'AR1-reservekart', 'AR1', 'Arealreserven i kart', ?::jsonb, ?::jsonb)")) {
            del.setLong(1, run);
            del.executeUpdate();
            ins.setLong(1, run);
            ins.setString(2, columns);
            ins.setString(3, rows);
            ins.executeUpdate();
        }
    }

    private static Rgb colour(String klasse) {
        return StyleCatalogue.standard().require("account_reserve").rules().stream()
                .filter(r -> klasse == null ? r.isCatchAll() : klasse.equals(r.value()))
                .map(StyleRule::fill)
                .findFirst()
                .orElseThrow();
    }

    private static void assertColour(BufferedImage image, double x, String klasse) {
        int i = Pixels.column(x, BBOX[0], BBOX[2], W);
        int j = Pixels.row(TestData.Y0 + 200, BBOX[1], BBOX[3], H);
        assertThat(Pixels.alpha(image, i, j)).as("alpha at %s", klasse).isGreaterThan(100);
        assertThat(Pixels.distance(Pixels.rgb(image, i, j), colour(klasse)))
                .as("colour %s for %s", Pixels.describe(image, i, j), klasse)
                .isLessThanOrEqualTo(12);
    }

    @Test
    void reserveIsDrawnInTheColourOfItsLandCoverClass() throws Exception {
        for (Map<String, String> extra :
                java.util.List.of(Map.<String, String>of(), Map.of("RUN", Long.toString(run)))) {
            Map<String, String> p = WmsClient.getMap("account_reserve", "EPSG:25833", BBOX, W, H);
            p.putAll(extra);
            BufferedImage image = WmsClient.png(WMS.get(p));
            assertColour(image, 238200, "skog");
            assertColour(image, 238800, "myr");
            assertColour(image, 239400, null);
            assertThat(Pixels.alpha(image, Pixels.column(238500, BBOX[0], BBOX[2], W), H / 2))
                    .as("between the squares")
                    .isZero();
        }
        assertThat(colour("skog")).isNotEqualTo(colour("myr"));
    }

    @Test
    void featureInfoNamesGroupClassAndArea() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SERVICE", "WMS");
        p.put("VERSION", "1.3.0");
        p.put("REQUEST", "GetFeatureInfo");
        p.put("LAYERS", "account_reserve");
        p.put("QUERY_LAYERS", "account_reserve");
        p.put("STYLES", "");
        p.put("CRS", "EPSG:25833");
        p.put("BBOX", BBOX[0] + "," + BBOX[1] + "," + BBOX[2] + "," + BBOX[3]);
        p.put("WIDTH", Integer.toString(W));
        p.put("HEIGHT", Integer.toString(H));
        p.put("I", Integer.toString(Pixels.column(238800, BBOX[0], BBOX[2], W)));
        p.put("J", Integer.toString(Pixels.row(TestData.Y0 + 200, BBOX[1], BBOX[3], H)));
        p.put("INFO_FORMAT", "text/html");
        p.put("FEATURE_COUNT", "10");
        HttpResponse<byte[]> r = WMS.get(p);
        assertThat(r.statusCode()).isEqualTo(200);
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<td class=\"class_title\">Myr</td>")
                .contains("<td class=\"group_title\">Fritidsbebyggelse</td>")
                .contains("<td class=\"reserve_daa\">160.0</td>")
                .contains("<td class=\"rule_id\">AR1</td>")
                .doesNotContain("Skog");
    }
}
