package no.planvakt.overlay;

import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Locates points in a polygonal geometry by counting ray crossings over its rings' own coordinate
 * sequences, skipping polygons and rings whose envelope misses the point. Exact for points given
 * as input coordinates (JTS's crossing counter decides the straddling segments with exact
 * orientation tests). Not thread-safe: one per computation.
 */
final class PointInPolygonal {
    private final Geometry polygonal;
    private final Coordinate p1 = new Coordinate();
    private final Coordinate p2 = new Coordinate();

    PointInPolygonal(Geometry polygonal) {
        this.polygonal = polygonal;
    }

    /** {@link Location#INTERIOR}, {@link Location#BOUNDARY} or {@link Location#EXTERIOR}. */
    int locate(double x, double y) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (p.isEmpty() || !p.getEnvelopeInternal().contains(x, y)) {
                continue;
            }
            int loc = inRing(p.getExteriorRing().getCoordinateSequence(), x, y);
            if (loc == Location.BOUNDARY) {
                return loc;
            }
            if (loc == Location.EXTERIOR) {
                continue;
            }
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                if (!p.getInteriorRingN(h).getEnvelopeInternal().contains(x, y)) {
                    continue;
                }
                int inHole = inRing(p.getInteriorRingN(h).getCoordinateSequence(), x, y);
                if (inHole == Location.BOUNDARY) {
                    return inHole;
                }
                if (inHole == Location.INTERIOR) {
                    loc = Location.EXTERIOR;
                    break;
                }
            }
            if (loc == Location.INTERIOR) {
                // Parts of a valid multipolygon do not overlap: the first one holding the point decides.
                return loc;
            }
        }
        return Location.EXTERIOR;
    }

    private int inRing(CoordinateSequence ring, double x, double y) {
        RayCrossingCounter counter = new RayCrossingCounter(new Coordinate(x, y));
        double x0 = ring.getX(0);
        double y0 = ring.getY(0);
        for (int i = 1; i < ring.size(); i++) {
            double x1 = ring.getX(i);
            double y1 = ring.getY(i);
            // The counter's own first tests, without filling its points: a segment wholly above,
            // below or left of the point neither crosses the ray nor holds the point.
            if (!((y0 > y && y1 > y) || (y0 < y && y1 < y) || (x0 < x && x1 < x))) {
                p1.x = x0;
                p1.y = y0;
                p2.x = x1;
                p2.y = y1;
                counter.countSegment(p1, p2);
                if (counter.isOnSegment()) {
                    return Location.BOUNDARY;
                }
            }
            x0 = x1;
            y0 = y1;
        }
        return counter.getLocation();
    }
}
