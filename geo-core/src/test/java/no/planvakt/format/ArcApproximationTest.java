package no.planvakt.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.GeometryFactory;

class ArcApproximationTest {
    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void circleAreaWithinOneHundredthOfAPercent() {
        for (double r : new double[] {2, 37.5, 800, 25000}) {
            CoordinateList c = new CoordinateList();
            Coordinate centre = new Coordinate(500000, 6700000);
            ArcApproximation.appendCircle3(
                    c,
                    new Coordinate(centre.x + r, centre.y),
                    new Coordinate(centre.x, centre.y + r),
                    new Coordinate(centre.x - r, centre.y),
                    ArcApproximation.DEFAULT_TOLERANCE_M);
            double area = F.createPolygon(c.toCoordinateArray()).getArea();
            assertThat(area / (Math.PI * r * r)).as("r=" + r).isCloseTo(1.0, within(1e-4));
            // Every chord's midpoint lies within the tolerance of the true circle.
            Coordinate[] p = c.toCoordinateArray();
            for (int i = 0; i + 1 < p.length; i++) {
                double mx = (p[i].x + p[i + 1].x) / 2 - centre.x;
                double my = (p[i].y + p[i + 1].y) / 2 - centre.y;
                assertThat(r - Math.hypot(mx, my)).isLessThanOrEqualTo(ArcApproximation.DEFAULT_TOLERANCE_M + 1e-9);
            }
        }
    }

    @Test
    void threePointArcPassesThroughItsMiddlePointSide() {
        CoordinateList c = new CoordinateList();
        // A half circle of radius 10 from (10,0) over (0,10) to (-10,0): counter-clockwise, so y ≥ 0 throughout.
        ArcApproximation.appendArc3(c, new Coordinate(10, 0), new Coordinate(0, 10), new Coordinate(-10, 0), 0.05);
        assertThat(c.toCoordinateArray()).allMatch(p -> p.y >= -1e-9);
        assertThat(c.getCoordinate(0)).isEqualTo(new Coordinate(10, 0));
        assertThat(c.getCoordinate(c.size() - 1)).isEqualTo(new Coordinate(-10, 0));
        CoordinateList cw = new CoordinateList();
        ArcApproximation.appendArc3(cw, new Coordinate(10, 0), new Coordinate(0, -10), new Coordinate(-10, 0), 0.05);
        assertThat(cw.toCoordinateArray()).allMatch(p -> p.y <= 1e-9);
    }

    @Test
    void radiusArcTakesTheRequestedSideAndSize() {
        CoordinateList small = new CoordinateList();
        ArcApproximation.appendArcRadius(small, new Coordinate(0, 0), new Coordinate(10, 0), 10, false, false, 0.05);
        CoordinateList large = new CoordinateList();
        ArcApproximation.appendArcRadius(large, new Coordinate(0, 0), new Coordinate(10, 0), 10, false, true, 0.05);
        double smallLength = F.createLineString(small.toCoordinateArray()).getLength();
        double largeLength = F.createLineString(large.toCoordinateArray()).getLength();
        // Chord 10 on radius 10: the small arc spans 60°, the large one 300°.
        assertThat(smallLength).isCloseTo(10 * Math.PI / 3, within(0.01));
        assertThat(largeLength).isCloseTo(10 * 5 * Math.PI / 3, within(0.05));
    }
}
