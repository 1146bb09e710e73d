package no.planvakt.account;

import java.util.List;
import no.planvakt.overlay.OverlayArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * The one place the account computes an overlay area. Only the area is needed for the figures
 * (geometry only for what the map shows), so it is the area-only overlay ({@link OverlayArea}),
 * which falls back to OverlayNG where it cannot decide.
 */
final class Areas {
    private Areas() {}

    /** Planar area of the intersection of two polygonal geometries. */
    static double intersection(Geometry a, Geometry b) {
        return OverlayArea.intersectionArea(a, b);
    }

    /** All polygons of the parts as one MultiPolygon, without a union (for drawing). */
    static Geometry multiPolygon(List<Geometry> parts) {
        List<org.locationtech.jts.geom.Polygon> polygons = new java.util.ArrayList<>();
        for (Geometry p : parts) {
            @SuppressWarnings("unchecked")
            List<org.locationtech.jts.geom.Polygon> ps = PolygonExtracter.getPolygons(p);
            polygons.addAll(ps);
        }
        return parts.get(0).getFactory().createMultiPolygon(polygons.toArray(new org.locationtech.jts.geom.Polygon[0]));
    }

    /**
     * The polygons of an overlay result only (a difference may leave lines or points where edges
     * touched), so that the area-only overlay gets the polygonal input it is exact for.
     */
    static Geometry polygonal(Geometry g) {
        if (g instanceof Polygonal) {
            return g;
        }
        @SuppressWarnings("unchecked")
        List<Geometry> polygons = PolygonExtracter.getPolygons(g);
        return polygons.isEmpty()
                ? g.getFactory().createPolygon()
                : g.getFactory().buildGeometry(polygons);
    }
}
