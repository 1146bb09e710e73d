package no.planvakt.overlay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
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
 * Only the envelope the two share can hold the intersection: segments outside it are not noded,
 * and a piece reaching outside it is outside the other geometry without locating it. Points are
 * located by counting ray crossings over the other geometry's own coordinates (no index is built
 * per pair), and nothing is copied: the rings are read from their coordinate sequences.
 * <p>
 * Where the method cannot decide (a midpoint located on the other boundary, or counted pieces that
 * do not close, which rounding near nearly coincident edges can cause), and for non-polygonal input,
 * the area is that of the OverlayNG intersection. Cost: one sweep over the segments in the shared
 * envelope and one point location per piece, against OverlayNG's noding, graph, labelling and
 * polygon building.
 */
public final class OverlayArea {
    /**
     * The snap distance relative to the coordinates' magnitude: 70 nm at UTM northings, where input
     * is given to the millimetre and a vertex computed by an earlier overlay lies some 1e-9 m
     * beside the edge it was cut from. Snapping moves a boundary by at most this much, so the area
     * changes by at most this times the length snapped (1e-9 of the area on the county data).
     */
    static final double SNAP_RELATIVE = 1e-14;

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
        private final Envelope window;
        private final double ox;
        private final double oy;
        /** The pieces counted, for the closure check. */
        private final List<NodedRing.Piece> counted = new ArrayList<>();
        /** Whether a piece was located by its rounded midpoint: only then can the pieces fail to close. */
        private boolean approximate;

        private Set<DirectedSegment> straightA;
        private Set<DirectedSegment> straightB;
        private List<NodedRing> ringsA;
        private List<NodedRing> ringsB;
        private double twice;

        Computation(Geometry a, Geometry b) {
            this.a = a;
            this.b = b;
            this.window = a.getEnvelopeInternal().intersection(b.getEnvelopeInternal());
            // Cross products are taken relative to a nearby origin: UTM coordinates squared would
            // lose the digits that small areas live in.
            this.ox = window.getMinX();
            this.oy = window.getMinY();
        }

        double area() {
            ringsA = rings(a, window);
            ringsB = rings(b, window);
            if (ringsA.isEmpty() || ringsB.isEmpty()) {
                return 0;
            }
            double snap = SNAP_RELATIVE * Math.max(1, maxAbs(window));
            WindowSegments segmentsA = new WindowSegments(ringsA, window, snap);
            WindowSegments segmentsB = new WindowSegments(ringsB, window, snap);
            WindowSegments.node(segmentsA, segmentsB, snap);
            ringsA.forEach(NodedRing::sortNodes);
            ringsB.forEach(NodedRing::sortNodes);
            if (!count(ringsA, true, new PointInPolygonal(b)) || !count(ringsB, false, new PointInPolygonal(a))) {
                return Double.NaN;
            }
            // The counted pieces must close into rings; a piece put on the wrong side (a midpoint
            // rounded across a nearly coincident edge) would leave a node open. Every other piece is
            // decided exactly, so without a midpoint there is nothing to check.
            return !approximate || Closure.closes(counted) ? Math.max(0, twice / 2) : Double.NaN;
        }

        /**
         * Adds the pieces of one side's rings that lie on the boundary of the intersection; false
         * where a piece cannot be decided. A ring the other boundary does not meet lies wholly
         * inside or wholly outside the other geometry.
         */
        private boolean count(List<NodedRing> rings, boolean first, PointInPolygonal other) {
            for (NodedRing r : rings) {
                if (r.nodeCount() == 0) {
                    Side side = locate(r.x(0), r.y(0), other);
                    if (side == Side.UNDECIDED) {
                        return false;
                    }
                    if (side == Side.COUNTS) {
                        twice += r.cross(ox, oy);
                    }
                    continue;
                }
                for (NodedRing.Piece p : r.pieces()) {
                    Side side = side(r, p, first, other);
                    if (side == Side.UNDECIDED) {
                        return false;
                    }
                    if (side == Side.COUNTS) {
                        twice += p.cross(ox, oy);
                        counted.add(p);
                    }
                }
            }
            return true;
        }

        private enum Side {
            COUNTS,
            OMITTED,
            UNDECIDED
        }

        /**
         * Whether a piece is on the boundary of the intersection. A straight piece equal to one of
         * the other geometry is shared: it counts once, from A, when both run the same way. Shared
         * pieces are found by their exact coordinates, not by locating their midpoint, which in
         * floating point is generally not on the segment. Any other piece is located by a vertex
         * inside it: an input coordinate that is not a node, so strictly inside or outside the other
         * geometry (a vertex on the other boundary would have been noded), and locating it is exact.
         * Only straight pieces that are not shared are located by their midpoint, which is rounded
         * and may fall on the wrong side of a nearly coincident edge: the closure check covers them.
         */
        private Side side(NodedRing ring, NodedRing.Piece p, boolean first, PointInPolygonal other) {
            if (p.straight()) {
                // A whole segment that the other side has too, as a whole segment: the sweep marked it.
                int whole = p.wholeSegment();
                byte shared = whole >= 0 ? ring.shared(whole) : 0;
                if (shared == NodedRing.SAME_WAY) {
                    return first ? Side.COUNTS : Side.OMITTED;
                }
                if (shared == NodedRing.OPPOSITE_WAY) {
                    return Side.OMITTED;
                }
                // Otherwise the other side may still have it as a piece of a longer segment: compare
                // with its straight pieces by their exact ends.
                Set<DirectedSegment> otherStraight = otherStraight(first);
                DirectedSegment s = new DirectedSegment(p.startX, p.startY, p.endX, p.endY);
                if (otherStraight.contains(s)) {
                    return first ? Side.COUNTS : Side.OMITTED;
                }
                if (otherStraight.contains(s.reversed())) {
                    return Side.OMITTED;
                }
                approximate = true;
                return locate((p.startX + p.endX) / 2, (p.startY + p.endY) / 2, other);
            }
            return locate(p.innerX(), p.innerY(), other);
        }

        private Set<DirectedSegment> otherStraight(boolean first) {
            if (first) {
                if (straightB == null) {
                    straightB = straightPieces(ringsB);
                }
                return straightB;
            }
            if (straightA == null) {
                straightA = straightPieces(ringsA);
            }
            return straightA;
        }

        private static double maxAbs(Envelope e) {
            return Math.max(
                    Math.max(Math.abs(e.getMinX()), Math.abs(e.getMaxX())),
                    Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())));
        }

        /** A point outside the shared envelope is outside the other geometry without looking. */
        private Side locate(double x, double y, PointInPolygonal other) {
            if (!window.contains(x, y)) {
                return Side.OMITTED;
            }
            int loc = other.locate(x, y);
            return loc == Location.INTERIOR ? Side.COUNTS : loc == Location.EXTERIOR ? Side.OMITTED : Side.UNDECIDED;
        }

        private static Set<DirectedSegment> straightPieces(List<NodedRing> rings) {
            Set<DirectedSegment> out = new HashSet<>();
            for (NodedRing r : rings) {
                for (NodedRing.Piece p : r.pieces()) {
                    if (p.straight()) {
                        out.add(new DirectedSegment(p.startX, p.startY, p.endX, p.endY));
                    }
                }
            }
            return out;
        }

        /**
         * The rings of a polygonal geometry, oriented with the interior on the left. Rings whose
         * envelope misses the window lie outside the other geometry and add nothing.
         */
        private static List<NodedRing> rings(Geometry polygonal, Envelope window) {
            List<NodedRing> out = new ArrayList<>();
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

        private static void add(LinearRing ring, boolean shell, Envelope window, List<NodedRing> out) {
            if (ring.getNumPoints() >= 4 && ring.getEnvelopeInternal().intersects(window)) {
                out.add(new NodedRing(ring, shell));
            }
        }
    }

    /** Counts, per node, pieces leaving minus pieces arriving; all zero when the pieces form rings. */
    private static final class Closure {
        static boolean closes(List<NodedRing.Piece> pieces) {
            Map<Node, Integer> balance = new HashMap<>();
            for (NodedRing.Piece p : pieces) {
                if (p.startX == p.endX && p.startY == p.endY) {
                    continue;
                }
                balance.merge(new Node(p.startX, p.startY), 1, Integer::sum);
                balance.merge(new Node(p.endX, p.endY), -1, Integer::sum);
            }
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
        DirectedSegment reversed() {
            return new DirectedSegment(x1, y1, x0, y0);
        }
    }
}
