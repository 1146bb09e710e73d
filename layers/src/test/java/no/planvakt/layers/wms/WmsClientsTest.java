package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import no.planvakt.layers.TestData;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real WMS clients read the service: GDAL's WMS driver and OWSLib (Debian packages, run as processes). */
class WmsClientsTest {
    private static final String FINDINGS_MAP = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=findings&CRS=EPSG:25833"
            + "&BBOX=230000,6630000,230800,6630800&FORMAT=image/png&TRANSPARENT=TRUE";
    private static final WmsClient WMS = new WmsClient();

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws Exception {
        TestData.load();
    }

    @Test
    void gdalListsEveryLayerAsSubdataset() throws Exception {
        String out = run(List.of("gdalinfo", "WMS:" + WMS.base()));
        for (LayerDefinition layer : LayerCatalogue.standard().layers()) {
            assertThat(out).as("gdalinfo subdatasets").contains("LAYERS=" + layer.name() + "&");
        }
    }

    @Test
    void gdalTranslateRendersTheFinding() throws Exception {
        Path png = dir.resolve("gdal.png");
        run(List.of(
                "gdal_translate",
                "-q",
                "-of",
                "PNG",
                "-outsize",
                "256",
                "256",
                "WMS:" + WMS.base() + FINDINGS_MAP,
                png.toString()));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(256);
        // (80, 176) is (230250, 6630250): inside the RED finding; (250, 5) is outside every finding.
        assertThat(Pixels.distance(Pixels.rgb(image, 80, 176), FindingsGetMapTest.statusColour("RED")))
                .as(Pixels.describe(image, 80, 176))
                .isLessThanOrEqualTo(8);
        assertThat(Pixels.alpha(image, 250, 5)).isZero();
    }

    @Test
    void owslibReadsCapabilitiesMapAndFeatureInfo() throws Exception {
        Path script = dir.resolve("owslib_client.py");
        try (InputStream in = getClass().getResourceAsStream("owslib_client.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path png = dir.resolve("owslib.png");
        // Debian's interpreter, where python3-owslib is installed (a pyenv python3 may shadow it on PATH).
        JsonNode json = new ObjectMapper()
                .readTree(run(List.of("/usr/bin/python3", script.toString(), WMS.base(), png.toString())));
        assertThat(json.path("version").asText()).isEqualTo("1.3.0");
        assertThat(json.path("operations").toString()).contains("GetMap", "GetFeatureInfo", "GetLegendGraphic");
        LayerCatalogue catalogue = LayerCatalogue.standard();
        for (LayerDefinition layer : catalogue.layers()) {
            JsonNode l = json.path("layers").path(layer.name());
            assertThat(l.path("title").asText()).isEqualTo(layer.title());
            assertThat(l.path("crs").toString()).contains(catalogue.crs());
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(Pixels.distance(Pixels.rgb(image, 80, 176), FindingsGetMapTest.statusColour("RED")))
                .isLessThanOrEqualTo(8);
        JsonNode feature = json.path("featureinfo").path("features").get(0).path("properties");
        assertThat(feature.path("rule_id").asText()).isEqualTo("R3");
        assertThat(feature.path("area_daa").asDouble()).isEqualTo(160.0);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s failed: %s", command.get(0), err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
