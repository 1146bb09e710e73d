package no.planvakt.overlay;

import java.util.List;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.PolygonExtracter;
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
    private OverlayGeometry() {}

    public static Geometry intersection(Geometry a, Geometry b) {
        return overlay(a, b, OverlayNG.INTERSECTION);
    }

    public static Geometry difference(Geometry a, Geometry b) {
        return overlay(a, b, OverlayNG.DIFFERENCE);
    }

    public static Geometry union(Geometry a, Geometry b) {
        return overlay(a, b, OverlayNG.UNION);
    }

    /**
     * {@code opCode} is one of OverlayNG's (INTERSECTION, UNION, DIFFERENCE, SYMDIFFERENCE). When
     * both inputs are polygonal the result is too: OverlayNG's default (non-strict) mode keeps the
     * lines where two polygons only touch, and such a mixed collection cannot be overlaid again
     * (plans whose objects share edges give them all the time).
     */
    public static Geometry overlay(Geometry a, Geometry b, int opCode) {
        Geometry result;
        try {
            result = OverlayNG.overlay(
                    a, b, opCode, new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector())));
        } catch (TopologyException | IllegalArgumentException e) {
            result = OverlayNGRobust.overlay(a, b, opCode);
        }
        return a.getDimension() == 2 && b.getDimension() == 2 ? polygonal(result) : result;
    }

    /** The polygons of {@code g}: itself when it is polygonal, else its polygonal parts (possibly none). */
    public static Geometry polygonal(Geometry g) {
        if (g instanceof Polygonal) {
            return g;
        }
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        GeometryFactory gf = g.getFactory();
        return switch (polygons.size()) {
            case 0 -> gf.createPolygon();
            case 1 -> polygons.get(0);
            default -> gf.createMultiPolygon(polygons.toArray(Polygon[]::new));
        };
    }
}
