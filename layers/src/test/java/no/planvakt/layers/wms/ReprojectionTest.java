package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import no.planvakt.layers.TestData;
import no.planvakt.layers.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GetMap in EPSG:4258 (ETRS89 geographic) with WMS 1.3.0 axis order: BBOX is lat,lon. The point
 * (230220, 6630220) in UTM 33, 20 m inside the RED square's lower-left corner, is transformed by
 * PostGIS (an oracle independent of MapServer) and put in the image centre, so the square fills
 * the upper-right part of the image and the lower-left part stays empty.
 */
class ReprojectionTest {
    private static double lat;
    private static double lon;

    @BeforeAll
    static void point() throws Exception {
        TestData.load();
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ST_Y(p), ST_X(p) FROM (SELECT ST_Transform(ST_SetSRID("
                        + "ST_MakePoint(230220, 6630220), 25833), 4258) AS p) t")) {
            rs.next();
            lat = rs.getDouble(1);
            lon = rs.getDouble(2);
        }
        assertThat(lat).isBetween(59.0, 60.5);
        assertThat(lon).isBetween(9.0, 11.0);
    }

    @Test
    void latitudeFirstBoundingBoxPutsTheFindingWhereItBelongs() throws Exception {
        // ±0.0009° latitude ≈ ±100 m; ±0.0018° longitude ≈ ±100 m at 59.7° N.
        double[] bbox = {lat - 0.0009, lon - 0.0018, lat + 0.0009, lon + 0.0018};
        BufferedImage image =
                WmsClient.png(new WmsClient().get(WmsClient.getMap("findings", "EPSG:4258", bbox, 101, 101)));
        // 2 m per pixel. (45, 55) is ~10 m inside the square's corner, (90, 55) ~100 m further east
        // (both below the label, which sits in the middle of the visible part of the square).
        for (int[] px : new int[][] {{45, 55}, {90, 55}}) {
            assertThat(Pixels.distance(Pixels.rgb(image, px[0], px[1]), FindingsGetMapTest.statusColour("RED")))
                    .as("pixel %d,%d: %s", px[0], px[1], Pixels.describe(image, px[0], px[1]))
                    .isLessThanOrEqualTo(8);
        }
        // South and west of the corner: empty.
        assertThat(Pixels.alpha(image, 20, 80)).as("lower left").isZero();
        assertThat(Pixels.alpha(image, 20, 20)).as("upper left").isZero();
        assertThat(Pixels.alpha(image, 80, 80)).as("lower right").isZero();
    }

    @Test
    void longitudeFirstBoundingBoxMissesTheFinding() throws Exception {
        // The same numbers in lon,lat order are read as latitude ~10°, longitude ~60°: not Norway.
        double[] swapped = {lon - 0.0018, lat - 0.0009, lon + 0.0018, lat + 0.0009};
        BufferedImage image =
                WmsClient.png(new WmsClient().get(WmsClient.getMap("findings", "EPSG:4258", swapped, 101, 101)));
        assertThat(Pixels.alpha(image, 50, 50)).isZero();
    }
}
