package no.planvakt.overlay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexSegmentSetMutualIntersector;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The area of the intersection of two polygonal geometries, computed without building it.
 * <p>
 * By Green's theorem the area of a polygon is half the sum of the cross products
 * {@code x1·y2 − x2·y1} over its boundary edges, oriented with the interior on the left. The
 * boundary of A ∩ B consists of the pieces of A's edges that lie inside B, the pieces of B's edges
 * that lie inside A, and the stretches where both boundaries run together with both interiors on
 * the same side. So the two boundaries are noded against each other (every crossing and touch
 * becomes a vertex of both, computed once), each piece between two nodes is located once in the
 * other geometry (a piece between nodes cannot change side; an inner vertex of the piece is located,
 * exactly), and the inside pieces add their cross
 * products. A piece on the other boundary is shared: both ends are nodes, so the other geometry has
 * the same segment; it counts once when that runs the same way, not at all when it runs the
 * opposite way (interiors on opposite sides). The counted pieces must close into rings, which is
 * checked. Plans and land cover drawn on the same base map share edges
 * exactly, so this is the common case, and it is decided exactly.
 * <p>
 * Where the method cannot decide (a midpoint located on the other boundary, or counted pieces that
 * do not close, which rounding near nearly coincident edges can cause), and for non-polygonal input, the area
 * is that of the OverlayNG intersection. Cost: one noding pass and one point location per piece,
 * against OverlayNG's noding, graph, labelling and polygon building.
 */
public final class OverlayArea {
    /** Above this many vertices the other geometry gets an indexed point locator. */
    private static final int INDEXED_LOCATOR_VERTICES = 64;

    private OverlayArea() {}

    /** Planar area of {@code a ∩ b}, in the square units of their CRS. */
    public static double intersectionArea(Geometry a, Geometry b) {
        if (a.isEmpty() || b.isEmpty() || !a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
            return 0;
        }
        if (!(a instanceof Polygonal) || !(b instanceof Polygonal)) {
            return overlayArea(a, b);
        }
        double area = exactArea(a, b);
        return Double.isNaN(area) ? overlayArea(a, b) : area;
    }

    /** The area by the method above, or NaN where it cannot decide (then the caller falls back). */
    static double exactArea(Geometry a, Geometry b) {
        return new Computation(a, b).area();
    }

    /** The area of OverlayNG's intersection: the fallback, and the reference the tests compare with. */
    static double overlayArea(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
    }

    /** One evaluation; holds the noded rings of both sides. */
    private static final class Computation {
        private final Geometry a;
        private final Geometry b;
        private final Envelope common;
        private final double ox;
        private final double oy;

        Computation(Geometry a, Geometry b) {
            this.a = a;
            this.b = b;
            this.common = a.getEnvelopeInternal().intersection(b.getEnvelopeInternal());
            // Cross products are taken relative to a nearby origin: UTM coordinates squared would
            // lose the digits that small areas live in.
            this.ox = common.getMinX();
            this.oy = common.getMinY();
        }

        double area() {
            List<SegmentString> ringsA = OrientedRings.of(a, common);
            List<SegmentString> ringsB = OrientedRings.of(b, common);
            if (ringsA.isEmpty() || ringsB.isEmpty()) {
                return 0;
            }
            MCIndexSegmentSetMutualIntersector intersector = new MCIndexSegmentSetMutualIntersector(ringsA, common);
            intersector.process(ringsB, new IntersectionAdder(new RobustLineIntersector()));
            List<SegmentString> piecesA = pieces(ringsA);
            List<SegmentString> piecesB = pieces(ringsB);
            Set<DirectedSegment> singleA = singleSegments(piecesA);
            Set<DirectedSegment> singleB = singleSegments(piecesB);
            Closure closure = new Closure();
            double twice = 0;
            PointOnGeometryLocator inB = locator(b);
            for (SegmentString p : piecesA) {
                Side side = side(p, singleB, true, inB);
                if (side == Side.UNDECIDED) {
                    return Double.NaN;
                }
                if (side == Side.COUNTS) {
                    twice += cross(p);
                    closure.add(p);
                }
            }
            PointOnGeometryLocator inA = locator(a);
            for (SegmentString p : piecesB) {
                Side side = side(p, singleA, false, inA);
                if (side == Side.UNDECIDED) {
                    return Double.NaN;
                }
                if (side == Side.COUNTS) {
                    twice += cross(p);
                    closure.add(p);
                }
            }
            // The counted pieces must close into rings; a piece put on the wrong side (a midpoint
            // rounded across a nearly coincident edge) would leave a node open.
            return closure.isClosed() ? Math.max(0, twice / 2) : Double.NaN;
        }

        private enum Side {
            COUNTS,
            OMITTED,
            UNDECIDED
        }

        /**
         * Whether a piece is on the boundary of the intersection. A piece equal to a piece of the
         * other geometry is shared: it counts once, from A, when both run the same way. Shared
         * pieces are found by their exact coordinates, not by locating their midpoint, which in
         * floating point is generally not on the segment.
         */
        private static Side side(
                SegmentString p, Set<DirectedSegment> otherSingles, boolean first, PointOnGeometryLocator other) {
            if (p.size() == 2) {
                DirectedSegment s = DirectedSegment.of(p);
                if (otherSingles.contains(s)) {
                    return first ? Side.COUNTS : Side.OMITTED;
                }
                if (otherSingles.contains(s.reversed())) {
                    return Side.OMITTED;
                }
            }
            int loc = other.locate(testPoint(p));
            return loc == Location.INTERIOR ? Side.COUNTS : loc == Location.EXTERIOR ? Side.OMITTED : Side.UNDECIDED;
        }

        private double cross(SegmentString s) {
            double sum = 0;
            Coordinate prev = s.getCoordinate(0);
            double px = prev.x - ox;
            double py = prev.y - oy;
            for (int i = 1; i < s.size(); i++) {
                Coordinate c = s.getCoordinate(i);
                double x = c.x - ox;
                double y = c.y - oy;
                sum += px * y - x * py;
                px = x;
                py = y;
            }
            return sum;
        }

        /**
         * The point a piece is located by. A vertex inside the piece is an input coordinate that is
         * not a node, so it lies strictly inside or outside the other geometry (a vertex exactly on
         * the other boundary would have been noded), and locating it is exact. A midpoint is
         * rounded and may fall on the wrong side of a nearly coincident edge: only pieces of one
         * segment use it, and those are covered by the closure check.
         */
        private static Coordinate testPoint(SegmentString s) {
            if (s.size() >= 3) {
                return s.getCoordinate(1);
            }
            Coordinate p = s.getCoordinate(0);
            Coordinate q = s.getCoordinate(1);
            return new Coordinate((p.x + q.x) / 2, (p.y + q.y) / 2);
        }

        private static List<SegmentString> pieces(List<SegmentString> rings) {
            List<SegmentString> out = new ArrayList<>();
            for (SegmentString r : rings) {
                ((NodedSegmentString) r).getNodeList().addSplitEdges(out);
            }
            return out;
        }

        private static Set<DirectedSegment> singleSegments(List<SegmentString> pieces) {
            Set<DirectedSegment> out = new HashSet<>();
            for (SegmentString p : pieces) {
                if (p.size() == 2) {
                    out.add(DirectedSegment.of(p));
                }
            }
            return out;
        }

        private static PointOnGeometryLocator locator(Geometry g) {
            return g.getNumPoints() > INDEXED_LOCATOR_VERTICES
                    ? new IndexedPointInAreaLocator(g)
                    : new SimplePointInAreaLocator(g);
        }
    }

    /** Counts, per node, pieces leaving minus pieces arriving; all zero when the pieces form rings. */
    private static final class Closure {
        private final Map<Node, Integer> balance = new HashMap<>();

        void add(SegmentString p) {
            Coordinate start = p.getCoordinate(0);
            Coordinate end = p.getCoordinate(p.size() - 1);
            if (start.equals2D(end)) {
                return;
            }
            balance.merge(new Node(start.x, start.y), 1, Integer::sum);
            balance.merge(new Node(end.x, end.y), -1, Integer::sum);
        }

        boolean isClosed() {
            for (int b : balance.values()) {
                if (b != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Node(double x, double y) {}

    /** A segment with its direction, compared by exact coordinates. */
    private record DirectedSegment(double x0, double y0, double x1, double y1) {
        static DirectedSegment of(SegmentString s) {
            Coordinate p = s.getCoordinate(0);
            Coordinate q = s.getCoordinate(1);
            return new DirectedSegment(p.x, p.y, q.x, q.y);
        }

        DirectedSegment reversed() {
            return new DirectedSegment(x1, y1, x0, y0);
        }
    }
}
