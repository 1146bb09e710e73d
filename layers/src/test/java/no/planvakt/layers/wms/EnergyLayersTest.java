package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import no.planvakt.layers.TestData;
import no.planvakt.layers.TestDatabase;
import no.planvakt.layers.style.Rgb;
import no.planvakt.layers.style.StyleCatalogue;
import no.planvakt.layers.style.StyleRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The energy overview's layers through MapServer: a gap line in its carrier's colour, sites in their
 * score class colour, and only the proposed site in energy_proposed. The findings are stored as the
 * siting rule stores them (figures gap_m, score, proposed) in a run of their own, in municipality
 * 3399, 10 km east of the other test data.
 */
class EnergyLayersTest {
    private static final WmsClient WMS = new WmsClient();
    // 60 km in 800 px: 75 m per pixel, 1:212 600 at MapServer's 72 dpi, beyond the sites' labels (1:100 000),
    // so no text covers a site; the gap is looked at away from its label in the middle.
    private static final double[] BBOX = {221000, 6600000, 281000, 6660000};
    private static final int W = 800;
    private static final int H = 800;
    private static long run;

    @BeforeAll
    static void data() throws SQLException {
        TestData.load();
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM plan.plan WHERE plan_ident = 'planvakt-energy-test'");
            long plan = id(
                    c,
                    "INSERT INTO plan.plan (municipality, plan_ident, name) VALUES ('3399', 'planvakt-energy-test', 'Energi') RETURNING id");
            long version = id(
                    c,
                    "INSERT INTO plan.version (plan_id, kind, source_file, source_srid) VALUES (" + plan
                            + ", 'DRAFT', 'test.gml', 25833) RETURNING id");
            run = id(
                    c,
                    "INSERT INTO result.run (pack_id, pack_version, draft_version_id, municipality, report_srid, inputs, summary,"
                            + " started_at, finished_at) VALUES ('buskerud', 'test', " + version
                            + ", '3399', 25833, '{}', '{}', now(), now()) RETURNING id");
            finding(
                    c,
                    "gap",
                    "YELLOW",
                    "",
                    "Rv 7 lading",
                    "Rv7:lading",
                    "{\"gap_m\": 130000, \"spacing_m\": 130000, \"max_spacing_m\": 100000}",
                    "LINESTRING(249500 6630000, 252500 6630000)");
            finding(
                    c,
                    "high",
                    "INFO",
                    "D17",
                    "Vatnaberg",
                    null,
                    "{\"score\": 0.835, \"proposed\": 1}",
                    "POINT(250000 6630600)");
            finding(c, "low", "INFO", "", "RA4", "RA4", "{\"score\": 0.4, \"proposed\": 0}", "POINT(252000 6630600)");
        }
    }

    private static void finding(
            Connection c, String key, String status, String object, String name, String ref, String figures, String wkt)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO result.finding (run_id, finding_key, rule_id, rule_title, status,"
                        + " plan_object_id, plan_object_name, reference_feature_id, area_m2, area_daa, message, trace, figures, geom)"
                        + " VALUES (?, ?, 'E1', 'Energistasjoner', ?, ?, ?, ?, 0, 0, ?, '{}', ?::jsonb, ST_GeomFromText(?, 25833))")) {
            p.setLong(1, run);
            p.setString(2, key);
            p.setString(3, status);
            p.setString(4, object);
            p.setString(5, name);
            p.setString(6, ref);
            p.setString(7, name + " " + key);
            p.setString(8, figures);
            p.setString(9, wkt);
            p.executeUpdate();
        }
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static BufferedImage render(String layer) throws Exception {
        Map<String, String> p = WmsClient.getMap(layer, "EPSG:25833", BBOX, W, H);
        p.put("RUN", Long.toString(run));
        return WmsClient.png(WMS.get(p));
    }

    private static StyleRule rule(String style, String value) {
        return StyleCatalogue.standard().require(style).rules().stream()
                .filter(r -> value.equals(r.value()))
                .findFirst()
                .orElseThrow();
    }

    private static Rgb colour(String style, String value) {
        return rule(style, value).fill();
    }

    private static int column(double x) {
        return Pixels.column(x, BBOX[0], BBOX[2], W);
    }

    private static int row(double y) {
        return Pixels.row(y, BBOX[1], BBOX[3], H);
    }

    @Test
    void theGapIsDrawnInTheColourOfItsCarrier() throws Exception {
        BufferedImage image = render("energy_gaps");
        // A line is drawn in its class's stroke colour.
        Rgb red = rule("energy_gaps", "lading").stroke();
        assertThat(Pixels.alpha(image, column(250000), row(6630000))).isGreaterThan(100);
        assertThat(Pixels.distance(Pixels.rgb(image, column(250000), row(6630000)), red))
                .as(Pixels.describe(image, column(250000), row(6630000)))
                .isLessThanOrEqualTo(8);
        assertThat(Pixels.alpha(image, column(250000), row(6632000))).isZero();
    }

    @Test
    void sitesAreDrawnByScoreClassAndOnlyTheProposedOneInEnergyProposed() throws Exception {
        BufferedImage sites = render("energy_sites");
        assertThat(Pixels.distance(Pixels.rgb(sites, column(250000), row(6630600)), colour("energy_sites", "high")))
                .as(Pixels.describe(sites, column(250000), row(6630600)))
                .isLessThanOrEqualTo(8);
        assertThat(Pixels.distance(Pixels.rgb(sites, column(252000), row(6630600)), colour("energy_sites", "low")))
                .as(Pixels.describe(sites, column(252000), row(6630600)))
                .isLessThanOrEqualTo(8);
        BufferedImage proposed = render("energy_proposed");
        assertThat(Pixels.alpha(proposed, column(250000), row(6630600))).isGreaterThan(100);
        assertThat(Pixels.alpha(proposed, column(252000), row(6630600))).isZero();
    }
}
