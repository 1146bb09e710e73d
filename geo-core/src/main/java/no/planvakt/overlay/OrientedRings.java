package no.planvakt.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;

/**
 * The rings of a polygonal geometry as noding input, oriented so that the interior lies on the
 * left of every edge: shells counter-clockwise, holes clockwise. Rings whose envelope misses
 * {@code window} are left out: they lie outside the other geometry and add nothing.
 */
final class OrientedRings {
    private OrientedRings() {}

    static List<SegmentString> of(Geometry polygonal, Envelope window) {
        List<SegmentString> out = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (p.isEmpty() || !p.getEnvelopeInternal().intersects(window)) {
                continue;
            }
            add(p.getExteriorRing(), true, window, out);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                add(p.getInteriorRingN(h), false, window, out);
            }
        }
        return out;
    }

    private static void add(LinearRing ring, boolean shell, Envelope window, List<SegmentString> out) {
        if (ring.getNumPoints() < 4 || !ring.getEnvelopeInternal().intersects(window)) {
            return;
        }
        Coordinate[] pts = ring.getCoordinates();
        boolean ccw = Orientation.isCCW(pts);
        if (ccw != shell) {
            pts = pts.clone();
            CoordinateArrays.reverse(pts);
        }
        out.add(new NodedSegmentString(pts, null));
    }
}
