package no.planvakt.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * The streaming geometry parser against JTS's own GeoJSON reader (a tree parser, the one the
 * project used before) on random geometries of every type, with holes, Z and empty parts: the same
 * geometries, vertex for vertex. And what it refuses.
 */
class GeoJsonGeometryParserTest {
    private static final JsonFactory JSON = new JsonFactory();
    private final GeometryFactory gf = new GeometryFactory();

    @Test
    void readsWhatJtsReadsVertexForVertex() throws Exception {
        Random rnd = new Random(5);
        GeoJsonWriter writer = new GeoJsonWriter(12);
        writer.setEncodeCRS(false);
        List<Geometry> samples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Polygon[] polys = new Polygon[1 + rnd.nextInt(3)];
            for (int k = 0; k < polys.length; k++) {
                polys[k] = polygon(
                        rnd,
                        500_000 + 1000 * k,
                        6_700_000 + rnd.nextDouble() * 1000,
                        rnd.nextInt(3),
                        rnd.nextBoolean() && i % 7 == 0);
            }
            samples.add(polys[0]);
            samples.add(gf.createMultiPolygon(polys));
            samples.add(polys[0].getExteriorRing()
                    .getFactory()
                    .createLineString(polys[0].getExteriorRing().getCoordinateSequence()));
            samples.add(
                    gf.createMultiLineString(new org.locationtech.jts.geom.LineString[] {polys[0].getExteriorRing()}));
            samples.add(gf.createPoint(polys[0].getCoordinate()));
            samples.add(gf.createMultiPointFromCoords(polys[0].getExteriorRing().getCoordinates()));
            samples.add(gf.createGeometryCollection(new Geometry[] {polys[0], gf.createPoint(new Coordinate(1, 2))}));
        }
        samples.add(gf.createPolygon());
        samples.add(gf.createMultiPolygon());
        samples.add(gf.createLineString());
        for (Geometry g : samples) {
            String json = writer.write(g);
            Geometry expected = new GeoJsonReader(gf).read(json);
            Geometry actual = parse(json);
            assertThat(actual.getGeometryType()).as(json).isEqualTo(expected.getGeometryType());
            assertThat(actual.equalsExact(expected)).as(json).isTrue();
            assertThat(actual.getNumPoints()).isEqualTo(expected.getNumPoints());
            Coordinate[] a = actual.getCoordinates();
            Coordinate[] e = expected.getCoordinates();
            for (int i = 0; i < a.length; i++) {
                assertThat(a[i].equals3D(e[i]) || Double.isNaN(e[i].getZ()) && Double.isNaN(a[i].getZ()))
                        .as(json)
                        .isTrue();
            }
        }
    }

    @Test
    void membersMayComeInAnyOrderAndZIsKept() throws Exception {
        Geometry g = parse(
                "{\"coordinates\": [[[0, 0], [10, 0], [10, 10], [0, 0]]], \"bbox\": [0, 0, 10, 10], \"type\": \"Polygon\"}");
        assertThat(g.getArea()).isEqualTo(50.0);
        Geometry z = parse("{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1, 7], [2, 2, 8, 99]]}");
        assertThat(z.getCoordinates()[1].getZ()).isEqualTo(7.0);
        assertThat(z.getCoordinates()[0].getZ()).isNaN();
    }

    @Test
    void refusesWhatIsNotAGeometry() {
        assertThatThrownBy(() ->
                        parse("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, \"x\"], [10, 10], [0, 0]]]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a number");
        assertThatThrownBy(
                        () -> parse("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, 0], [10, 10], [0, 1]]]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> parse("{\"type\": \"Polygon\", \"coordinates\": [[0, 0], [10, 0], [10, 10], [0, 0]]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shallowly");
        assertThatThrownBy(() -> parse("{\"type\": \"Circle\", \"coordinates\": [0, 0]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown geometry type \"Circle\"");
        assertThatThrownBy(() -> parse("{\"type\": \"LineString\", \"coordinates\": [[0], [1, 1]]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two numbers");
        assertThatThrownBy(() -> parse("{\"coordinates\": [0, 0]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no \"type\"");
    }

    private static Geometry parse(String json) throws Exception {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return new GeoJsonGeometryParser(0).parse(p);
        }
    }

    private Polygon polygon(Random rnd, double cx, double cy, int holes, boolean withZ) {
        LinearRing shell = ring(rnd, cx, cy, 400, 3 + rnd.nextInt(60), withZ);
        LinearRing[] h = new LinearRing[holes];
        for (int i = 0; i < holes; i++) {
            h[i] = ring(rnd, cx + (i - 1) * 100, cy, 30, 3 + rnd.nextInt(10), withZ);
        }
        return gf.createPolygon(shell, h);
    }

    private LinearRing ring(Random rnd, double cx, double cy, double r, int n, boolean withZ) {
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double rr = r * (0.7 + 0.3 * rnd.nextDouble());
            c[i] = withZ
                    ? new Coordinate(cx + rr * Math.cos(a), cy + rr * Math.sin(a), rnd.nextInt(1000))
                    : new Coordinate(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
        }
        c[n] = c[0].copy();
        return gf.createLinearRing(c);
    }
}
