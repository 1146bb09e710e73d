package no.planvakt.layers.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import no.planvakt.layers.TestData;
import no.planvakt.layers.wms.Pixels;
import no.planvakt.layers.wms.WmsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated SLD files draw the same classes as the generated mapfile classes: MapServer renders
 * the same request once with the mapfile style and once with the SLD (SLD_BODY, and SLD=url served
 * by the same lighttpd), and the class colours agree.
 */
class SldRenderingTest {
    private static final WmsClient WMS = new WmsClient();
    private static final StyleCatalogue STYLES = StyleCatalogue.standard();

    @BeforeAll
    static void data() throws Exception {
        TestData.load();
    }

    @Test
    void findingsSldBodyMatchesTheMapfileClasses() throws Exception {
        double[] bbox = {230000, 6630000, 235200, 6630800};
        Map<String, String> p = WmsClient.getMap("findings", "EPSG:25833", bbox, 1664, 256);
        BufferedImage mapfile = WmsClient.png(WMS.get(p));
        Map<String, String> withSld = new HashMap<>(p);
        withSld.put("SLD_BODY", SldWriter.write("findings", STYLES.require("findings")));
        BufferedImage sld = WmsClient.png(WMS.post(withSld));

        Map<String, Double> findings = Map.of(
                "RED",
                TestData.RED_X0,
                "YELLOW",
                TestData.YELLOW_X0,
                "NOT_MAPPED",
                TestData.NOT_MAPPED_X0,
                "INFO",
                TestData.INFO_X0);
        for (var e : findings.entrySet()) {
            int x = Pixels.column(e.getValue() + 60, bbox[0], bbox[2], 1664);
            int y = Pixels.row(TestData.Y0 + 60, bbox[1], bbox[3], 256);
            Rgb expected = colour("findings", e.getKey());
            assertThat(Pixels.distance(Pixels.rgb(mapfile, x, y), expected))
                    .as("mapfile %s", e.getKey())
                    .isLessThanOrEqualTo(8);
            assertThat(Pixels.distance(Pixels.rgb(sld, x, y), expected))
                    .as("SLD %s: %s", e.getKey(), Pixels.describe(sld, x, y))
                    .isLessThanOrEqualTo(8);
            assertThat(Math.abs(Pixels.alpha(sld, x, y) - Pixels.alpha(mapfile, x, y)))
                    .as("opacity %s", e.getKey())
                    .isLessThanOrEqualTo(3);
        }
        assertThat(Pixels.alpha(sld, 5, 5)).isZero();

        // MapServer really applies the SLD: the same SLD with RED recoloured draws blue there.
        withSld.put(
                "SLD_BODY",
                SldWriter.write("findings", STYLES.require("findings")).replace("#E60000", "#0000FF"));
        BufferedImage recoloured = WmsClient.png(WMS.post(withSld));
        int x = Pixels.column(TestData.RED_X0 + 60, bbox[0], bbox[2], 1664);
        int y = Pixels.row(TestData.Y0 + 60, bbox[1], bbox[3], 256);
        assertThat(Pixels.distance(Pixels.rgb(recoloured, x, y), Rgb.parse("#0000FF")))
                .isLessThanOrEqualTo(8);
    }

    @Test
    void landUseSldUrlMatchesTheMapfileClasses() throws Exception {
        // Draft land use: 1120 framtidig | 5001 nåværende | 1110 nåværende, 1000 m each.
        double[] bbox = {230000, 6630000, 233000, 6631000};
        Map<String, String> p = WmsClient.getMap("plan_landuse", "EPSG:25833", bbox, 960, 320);
        BufferedImage mapfile = WmsClient.png(WMS.get(p));
        URI wms = URI.create(WMS.base());
        Map<String, String> withSld = new HashMap<>(p);
        withSld.put("SLD", wms.getScheme() + "://" + wms.getAuthority() + "/sld/plan_landuse.sld");
        BufferedImage sld = WmsClient.png(WMS.get(withSld));
        // MapServer really fetches the URL: a missing SLD file is an error, not the mapfile style.
        Map<String, String> missing = new HashMap<>(p);
        missing.put("SLD", wms.getScheme() + "://" + wms.getAuthority() + "/sld/no_such_style.sld");
        assertThat(WMS.get(missing).headers().firstValue("Content-Type").orElse(""))
                .doesNotStartWith("image/png");

        int y = 160;
        for (var c : Map.of("5001_n", 480, "1110_n", 800).entrySet()) {
            Rgb expected = colour("plan_landuse", c.getKey());
            assertThat(Pixels.distance(Pixels.rgb(mapfile, c.getValue(), y), expected))
                    .as("mapfile %s", c.getKey())
                    .isLessThanOrEqualTo(8);
            assertThat(Pixels.distance(Pixels.rgb(sld, c.getValue(), y), expected))
                    .as("SLD %s: %s", c.getKey(), Pixels.describe(sld, c.getValue(), y))
                    .isLessThanOrEqualTo(8);
        }
        // Framtidig is hatched; MapServer draws SLD's shape:// hatch marks as its own pattern, so
        // compare the class's base colour: the most frequent colour of a block.
        Rgb future = colour("plan_landuse", "1120_f");
        assertThat(Pixels.distance(Pixels.dominant(mapfile, 100, 100, 60), future))
                .as("mapfile 1120_f")
                .isLessThanOrEqualTo(8);
        assertThat(Pixels.distance(Pixels.dominant(sld, 100, 100, 60), future))
                .as("SLD 1120_f")
                .isLessThanOrEqualTo(8);
        // And the framtidig class is lighter than its nåværende colour would be.
        assertThat(future.green() + future.blue())
                .isGreaterThan(colour("plan_landuse", "1120_n").green()
                        + colour("plan_landuse", "1120_n").blue());
    }

    static Rgb colour(String style, String value) {
        return STYLES.require(style).rules().stream()
                .filter(r -> value.equals(r.value()))
                .findFirst()
                .orElseThrow()
                .fill();
    }
}
