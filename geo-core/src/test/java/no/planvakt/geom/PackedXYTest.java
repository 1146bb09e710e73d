package no.planvakt.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class PackedXYTest {
    private static final GeometryFactory PACKED = new GeometryFactory(new PrecisionModel(), 25833, PackedXY.FACTORY);
    private static final GeometryFactory ARRAYS = new GeometryFactory(new PrecisionModel(), 25833);
    private static final String SQUARE_WITH_HOLE = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (3 3, 3 7, 7 7, 7 3, 3 3))";

    @Test
    void holdsPairsAndHandsOutFreshCoordinates() {
        PackedXY s = new PackedXY(new double[] {1, 2, 3, 4, 5, 6});
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.getX(1)).isEqualTo(3);
        assertThat(s.getY(2)).isEqualTo(6);
        assertThat(s.getOrdinate(0, CoordinateSequence.Z)).isNaN();
        Coordinate[] first = s.toCoordinateArray();
        Coordinate[] second = s.toCoordinateArray();
        // No cache: a caller that changes its array changes neither the sequence nor the next array.
        first[0].x = 99;
        assertThat(second[0].x).isEqualTo(1);
        assertThat(s.getX(0)).isEqualTo(1);
        s.setOrdinate(0, CoordinateSequence.X, 7);
        assertThat(s.getX(0)).isEqualTo(7);
        assertThatThrownBy(() -> s.setOrdinate(0, CoordinateSequence.Z, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackedXY(new double[] {1, 2, 3})).hasMessageContaining("odd number");
    }

    @Test
    void theFactoryKeepsAThirdOrdinateInAnArraySequence() {
        CoordinateSequence flat =
                PackedXY.FACTORY.create(new Coordinate[] {new Coordinate(1, 2), new Coordinate(3, 4)});
        assertThat(flat).isInstanceOf(PackedXY.class);
        CoordinateSequence withZ =
                PackedXY.FACTORY.create(new Coordinate[] {new Coordinate(1, 2, 5), new Coordinate(3, 4, 6)});
        assertThat(withZ).isInstanceOf(CoordinateArraySequence.class);
        assertThat(withZ.getOrdinate(1, CoordinateSequence.Z)).isEqualTo(6);
        assertThat(PackedXY.FACTORY.create(4, 3)).isInstanceOf(CoordinateArraySequence.class);
        assertThat(PackedXY.FACTORY.create(4, 2).size()).isEqualTo(4);
    }

    @Test
    void packedGeometriesBehaveLikeArrayGeometries() throws Exception {
        Geometry packed = new WKTReader(PACKED).read(SQUARE_WITH_HOLE);
        Geometry arrays = new WKTReader(ARRAYS).read(SQUARE_WITH_HOLE);
        assertThat(((org.locationtech.jts.geom.Polygon) packed)
                        .getExteriorRing()
                        .getCoordinateSequence())
                .isInstanceOf(PackedXY.class);
        assertThat(packed.getArea()).isEqualTo(84);
        assertThat(packed.equalsExact(arrays)).isTrue();
        assertThat(ExactHash.of(packed)).isEqualTo(ExactHash.of(arrays));
        assertThat(packed.isValid()).isTrue();
        Geometry half = new WKTReader(PACKED).read("POLYGON ((5 -1, 11 -1, 11 11, 5 11, 5 -1))");
        assertThat(OverlayNGRobust.overlay(packed, half, OverlayNG.INTERSECTION).getArea())
                .isEqualTo(42);
        Geometry back = new WKBReader(PACKED).read(new WKBWriter().write(packed));
        assertThat(back.equalsExact(arrays)).isTrue();
        assertThat(packed.buffer(1).getArea()).isEqualTo(arrays.buffer(1).getArea());
    }

    @Test
    void theHashFollowsEveryCoordinate() throws Exception {
        Geometry a = new WKTReader(PACKED).read(SQUARE_WITH_HOLE);
        Geometry b = new WKTReader(PACKED).read(SQUARE_WITH_HOLE.replace("7 3, 3 3", "7 3.000001, 3 3"));
        assertThat(ExactHash.of(a)).isNotEqualTo(ExactHash.of(b));
    }
}
