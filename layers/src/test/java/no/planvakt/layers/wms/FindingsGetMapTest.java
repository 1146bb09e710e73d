package no.planvakt.layers.wms;

import static no.planvakt.layers.TestData.RED_X0;
import static no.planvakt.layers.TestData.SIDE;
import static no.planvakt.layers.TestData.Y0;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Map;
import no.planvakt.layers.TestData;
import no.planvakt.layers.style.Rgb;
import no.planvakt.layers.style.StyleCatalogue;
import no.planvakt.layers.style.StyleRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GetMap of the findings layer: status colours where findings are, transparent elsewhere. */
class FindingsGetMapTest {
    private static final WmsClient WMS = new WmsClient();
    // 1200 m × 800 m around the RED, GREEN… row of test findings, 3.125 m per pixel.
    private static final double[] BBOX = {230000, 6630000, 235200, 6630800};
    private static final int W = 1664;
    private static final int H = 256;
    private static TestData.Ids ids;

    @BeforeAll
    static void data() throws Exception {
        ids = TestData.load();
    }

    static Rgb statusColour(String status) {
        return StyleCatalogue.standard().require("findings").rules().stream()
                .filter(r -> status.equals(r.value()))
                .map(StyleRule::fill)
                .findFirst()
                .orElseThrow();
    }

    /** A point inside the finding square at (x0, Y0), away from its centre where the label sits. */
    static int[] insideCorner(double x0, double y0) {
        return new int[] {
            Pixels.column(x0 + 0.15 * SIDE, BBOX[0], BBOX[2], W), Pixels.row(y0 + 0.15 * SIDE, BBOX[1], BBOX[3], H)
        };
    }

    static BufferedImage render(Map<String, String> extra) throws Exception {
        Map<String, String> p = WmsClient.getMap("findings", "EPSG:25833", BBOX, W, H);
        p.putAll(extra);
        return WmsClient.png(WMS.get(p));
    }

    static void assertColour(BufferedImage image, double x0, String status) {
        int[] px = insideCorner(x0, Y0);
        assertThat(Pixels.alpha(image, px[0], px[1]))
                .as("alpha of %s finding", status)
                .isGreaterThan(100);
        assertThat(Pixels.distance(Pixels.rgb(image, px[0], px[1]), statusColour(status)))
                .as("colour %s at %s finding", Pixels.describe(image, px[0], px[1]), status)
                .isLessThanOrEqualTo(8);
    }

    static void assertEmpty(BufferedImage image, double x0, double y0) {
        int[] px = insideCorner(x0, y0);
        assertThat(Pixels.alpha(image, px[0], px[1])).as("alpha at %.0f", x0).isZero();
    }

    @Test
    void latestRunShowsEachFindingInItsStatusColourAndNothingElsewhere() throws Exception {
        BufferedImage image = render(Map.of());
        assertColour(image, RED_X0, "RED");
        assertColour(image, TestData.YELLOW_X0, "YELLOW");
        assertColour(image, TestData.NOT_MAPPED_X0, "NOT_MAPPED");
        assertColour(image, TestData.INFO_X0, "INFO");
        // The older run's GREEN finding is not part of the latest run.
        assertEmpty(image, TestData.GREEN_X0, Y0);
        // Between findings and outside them: transparent.
        assertThat(Pixels.alpha(image, 5, 5)).isZero();
        assertThat(Pixels.alpha(image, Pixels.column(231500, BBOX[0], BBOX[2], W), H / 2))
                .isZero();
    }

    @Test
    void runParameterShowsOneCheckRun() throws Exception {
        BufferedImage image = render(Map.of("RUN", Long.toString(ids.olderRunId())));
        assertColour(image, TestData.GREEN_X0, "GREEN");
        assertEmpty(image, RED_X0, Y0);
    }

    @Test
    void planVersionParameterShowsTheLatestRunOfThatVersion() throws Exception {
        BufferedImage image = render(Map.of("PLANVERSION", Long.toString(ids.draftVersionId())));
        assertColour(image, RED_X0, "RED");
        assertEmpty(image, TestData.GREEN_X0, Y0);
    }

    @Test
    void municipalityParameterShowsOnlyThatMunicipality() throws Exception {
        double[] other = {209800, 6619800, 210600, 6620600};
        Map<String, String> p = WmsClient.getMap("findings", "EPSG:25833", other, 256, 256);
        p.put("MUNICIPALITY", "3303");
        BufferedImage inOther = WmsClient.png(WMS.get(p));
        int c = Pixels.column(TestData.OTHER_MUNICIPALITY_X0 + 60, other[0], other[2], 256);
        int r = Pixels.row(TestData.OTHER_MUNICIPALITY_Y0 + 60, other[1], other[3], 256);
        assertThat(Pixels.distance(Pixels.rgb(inOther, c, r), statusColour("INFO")))
                .isLessThanOrEqualTo(8);

        BufferedImage here = render(Map.of("MUNICIPALITY", "3303"));
        assertEmpty(here, RED_X0, Y0);
    }

    @Test
    void ruleParameterShowsOneRule() throws Exception {
        BufferedImage image = render(Map.of("RULE", "R4"));
        assertColour(image, TestData.YELLOW_X0, "YELLOW");
        assertEmpty(image, RED_X0, Y0);
        assertEmpty(image, TestData.INFO_X0, Y0);
    }
}
