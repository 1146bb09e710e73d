package no.planvakt.account;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The one place the account computes an overlay area. Only the area is needed for the figures
 * (geometry only for what the map shows), so a faster area-only overlay replaces OverlayNG here
 * and nowhere else.
 */
final class Areas {
    private Areas() {
    }

    /** Planar area of the intersection of two polygonal geometries. */
    static double intersection(Geometry a, Geometry b) {
        if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
            return 0;
        }
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
    }
}
