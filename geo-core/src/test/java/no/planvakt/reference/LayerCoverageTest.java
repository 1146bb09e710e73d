package no.planvakt.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.crs.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/** A layer's coverage comes from a coverage file, from its own extent, or is absent (= everywhere). */
class LayerCoverageTest {
    @TempDir
    Path dir;

    private static String square(double x1, double y1, double x2, double y2, String props) {
        return "{\"type\":\"Feature\",\"properties\":" + props
                + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x1 + "," + y1 + "],[" + x2 + "," + y1
                + "],[" + x2 + "," + y2 + "],[" + x1 + "," + y2 + "],[" + x1 + "," + y1 + "]]]}}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25833\"}},\"features\":["
                + String.join(",", features) + "]}";
    }

    private List<ReferenceLayer> read(String coverageLine) throws Exception {
        // Two features 100 x 100 m, 300 m apart: their envelope is 400 x 100 m.
        Files.writeString(
                dir.resolve("lag.geojson"),
                collection(
                        square(200000, 6700000, 200100, 6700100, "{\"id\":\"a\"}"),
                        square(200300, 6700000, 200400, 6700100, "{\"id\":\"b\"}")));
        Files.writeString(dir.resolve("dekning.geojson"), collection(square(200000, 6700000, 201000, 6700500, "{}")));
        Files.writeString(dir.resolve("lag.yaml"), """
                - id: lag
                  title: "Lag"
                  file: lag.geojson
                  source: "test"
                  licence: "CC0"
                  idAttribute: id
                """ + coverageLine);
        return new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID).readManifest(dir.resolve("lag.yaml"));
    }

    @Test
    void coverageFromAFile() throws Exception {
        Geometry coverage = read("  coverage: dekning.geojson\n").get(0).coverage();
        assertThat(coverage.getArea()).isCloseTo(500_000, within(0.01));
    }

    @Test
    void coverageFromTheLayersExtent() throws Exception {
        ReferenceLayer layer = read("  coverage: extent\n").get(0);
        assertThat(layer.coverage().getArea()).isCloseTo(40_000, within(0.01));
        // The gap between the two features is mapped (inside the extent); beyond x = 200 400 is not.
        Geometry probe = layer.coverage()
                .getFactory()
                .toGeometry(new org.locationtech.jts.geom.Envelope(200150, 200500, 6700000, 6700100));
        assertThat(AreaMeasure.of(25833, 25833).area(layer.unmappedPart(probe))).isCloseTo(10_000, within(0.01));
    }

    @Test
    void noCoverageMeansEverywhere() throws Exception {
        ReferenceLayer layer = read("").get(0);
        assertThat(layer.coverage()).isNull();
        assertThat(layer.unmappedPart(layer.features().get(0).geometry()).isEmpty())
                .isTrue();
    }
}
