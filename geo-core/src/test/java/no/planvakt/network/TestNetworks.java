package no.planvakt.network;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Small networks whose distances are worked out by hand (EPSG:25833 metres):
 * <pre>
 *                 (1000,800)──C──(1500,800)
 *                     │               │
 *                     B (K)           C (path)
 *        D (bridge)   │          (1500,300)
 *   (0,0)─────┼──A (Rv 7)──(1000,0)───A───(2000,0)        E: (5000,5000)──(6000,5000), apart
 * </pre>
 * D crosses A at (500,0) without a shared vertex: a bridge, not a junction.
 */
final class TestNetworks {
    static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 25833);

    private TestNetworks() {}

    static List<RoadLink> links() {
        return List.of(
                new RoadLink("A", line(0, 0, 1000, 0, 2000, 0), "R", "7"),
                new RoadLink("B", line(1000, 0, 1000, 800), "K", null),
                new RoadLink("C", line(1000, 800, 1500, 800, 1500, 300), null, null),
                new RoadLink("D", line(500, -300, 500, 300), "K", null),
                new RoadLink("E", line(5000, 5000, 6000, 5000), "K", null));
    }

    static LineString line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(cs);
    }

    static Point point(double x, double y) {
        return GF.createPoint(new Coordinate(x, y));
    }
}
