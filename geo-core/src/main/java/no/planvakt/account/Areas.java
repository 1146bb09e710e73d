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
    private Areas() {
    }

    /** Planar area of the intersection of two polygonal geometries. */
    static double intersection(Geometry a, Geometry b) {
        return OverlayArea.intersectionArea(a, b);
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
        return g.getFactory().buildGeometry(polygons);
    }
}
