package no.planvakt.overlay;

import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Overlay geometry for reported findings. The first attempt nodes with a plain
 * {@link MCIndexNoder} and skips the full noding validation that {@link OverlayNGRobust} runs on
 * every floating-precision overlay; when the graph built from that noding is inconsistent OverlayNG
 * throws, and the robust chain (validated floating noding, snapping, snap-rounding) takes over.
 */
public final class OverlayGeometry {
    private OverlayGeometry() {
    }

    public static Geometry intersection(Geometry a, Geometry b) {
        return overlay(a, b, OverlayNG.INTERSECTION);
    }

    public static Geometry difference(Geometry a, Geometry b) {
        return overlay(a, b, OverlayNG.DIFFERENCE);
    }

    public static Geometry union(Geometry a, Geometry b) {
        return overlay(a, b, OverlayNG.UNION);
    }

    /** {@code opCode} is one of OverlayNG's (INTERSECTION, UNION, DIFFERENCE, SYMDIFFERENCE). */
    public static Geometry overlay(Geometry a, Geometry b, int opCode) {
        try {
            return OverlayNG.overlay(a, b, opCode, new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector())));
        } catch (TopologyException | IllegalArgumentException e) {
            return OverlayNGRobust.overlay(a, b, opCode);
        }
    }
}
