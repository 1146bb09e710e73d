package no.planvakt.overlay;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The segments of a set of rings that reach into a window (the envelope both geometries share),
 * sorted by their least x. Only they can meet the other geometry's boundary: a segment outside
 * the window lies outside the other geometry's envelope.
 * <p>
 * {@link #node} finds every meeting of two such sets by sweeping both in x and records each
 * intersection point, computed once by JTS's robust line intersector, as a node on both rings, so
 * that both sides see the very same coordinates. A vertex closer to the other ring's segment than
 * a snap distance (far below the precision of any survey) becomes a node on that segment too: a
 * computed vertex (where an earlier overlay cut an edge) lies a rounding error beside the edge it
 * was cut from, and its neighbouring pieces would otherwise be too thin to locate reliably.
 */
final class WindowSegments {
    private final List<NodedRing> rings;
    private int size;
    private int[] ring = new int[16];
    private int[] segment = new int[16];
    private double[] minX = new double[16];
    private double[] maxX = new double[16];
    private double[] minY = new double[16];
    private double[] maxY = new double[16];

    WindowSegments(List<NodedRing> rings, Envelope window, double snap) {
        this.rings = rings;
        for (int r = 0; r < rings.size(); r++) {
            NodedRing ring = rings.get(r);
            double x0 = ring.x(0);
            double y0 = ring.y(0);
            for (int s = 0; s < ring.segments; s++) {
                double x1 = ring.x(s + 1);
                double y1 = ring.y(s + 1);
                double lx = Math.min(x0, x1);
                double hx = Math.max(x0, x1);
                double ly = Math.min(y0, y1);
                double hy = Math.max(y0, y1);
                if (hx + snap >= window.getMinX()
                        && lx - snap <= window.getMaxX()
                        && hy + snap >= window.getMinY()
                        && ly - snap <= window.getMaxY()) {
                    add(r, s, lx, hx, ly, hy);
                }
                x0 = x1;
                y0 = y1;
            }
        }
        sortByMinX(0, size - 1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    private void add(int r, int s, double lx, double hx, double ly, double hy) {
        if (size == ring.length) {
            int n = size * 2;
            ring = Arrays.copyOf(ring, n);
            segment = Arrays.copyOf(segment, n);
            minX = Arrays.copyOf(minX, n);
            maxX = Arrays.copyOf(maxX, n);
            minY = Arrays.copyOf(minY, n);
            maxY = Arrays.copyOf(maxY, n);
        }
        ring[size] = r;
        segment[size] = s;
        minX[size] = lx;
        maxX[size] = hx;
        minY[size] = ly;
        maxY[size] = hy;
        size++;
    }

    /**
     * Nodes every segment of {@code a} against every segment of {@code b} whose envelopes, widened
     * by {@code snap}, meet.
     */
    static void node(WindowSegments a, WindowSegments b, double snap) {
        Meeting m = new Meeting(a, b, snap);
        int i = 0;
        int j = 0;
        // Sweep in x: whichever set's next segment starts first is tested against the other set's
        // segments that start before it ends; each pair overlapping in x is met exactly once.
        while (i < a.size && j < b.size) {
            if (a.minX[i] <= b.minX[j]) {
                for (int k = j; k < b.size && b.minX[k] <= a.maxX[i] + snap; k++) {
                    m.test(i, k);
                }
                i++;
            } else {
                for (int k = i; k < a.size && a.minX[k] <= b.maxX[j] + snap; k++) {
                    m.test(k, j);
                }
                j++;
            }
        }
    }

    /** Intersection tests between two sets, with reused points. */
    private static final class Meeting {
        private final WindowSegments a;
        private final WindowSegments b;
        private final LineIntersector li = new RobustLineIntersector();
        private final Coordinate p0 = new Coordinate();
        private final Coordinate p1 = new Coordinate();
        private final Coordinate q0 = new Coordinate();
        private final Coordinate q1 = new Coordinate();
        private final double snap;
        private final Coordinate[] ends = {p0, p1, q0, q1};

        Meeting(WindowSegments a, WindowSegments b, double snap) {
            this.a = a;
            this.b = b;
            this.snap = snap;
        }

        void test(int i, int k) {
            if (a.maxY[i] + snap < b.minY[k] || b.maxY[k] + snap < a.minY[i]) {
                return;
            }
            NodedRing ra = a.rings.get(a.ring[i]);
            NodedRing rb = b.rings.get(b.ring[k]);
            int sa = a.segment[i];
            int sb = b.segment[k];
            set(p0, ra, sa);
            set(p1, ra, sa + 1);
            set(q0, rb, sb);
            set(q1, rb, sb + 1);
            if (!sharedEnds(ra, sa, rb, sb)) {
                li.computeIntersection(p0, p1, q0, q1);
                for (int n = 0; n < li.getIntersectionNum(); n++) {
                    // Read the values now: the intersector may hand back the reused input points.
                    Coordinate c = nearVertex(li.getIntersection(n));
                    double x = c.x;
                    double y = c.y;
                    ra.addNode(sa, x, y);
                    rb.addNode(sb, x, y);
                }
            }
            snapVertex(p0, ra, sa, q0, q1, rb, sb);
            snapVertex(p1, ra, sa, q0, q1, rb, sb);
            snapVertex(q0, rb, sb, p0, p1, ra, sa);
            snapVertex(q1, rb, sb, p0, p1, ra, sa);
        }

        /**
         * The common case where plans and land cover share a base map, decided without the line
         * intersector: the same segment in both (both ends are the nodes), or two segments that
         * share one end while the other end of one lies off the other's line (then they meet at
         * that end only). False where the intersector must decide.
         */
        private boolean sharedEnds(NodedRing ra, int sa, NodedRing rb, int sb) {
            boolean p0q0 = p0.equals2D(q0);
            boolean p0q1 = p0.equals2D(q1);
            boolean p1q0 = p1.equals2D(q0);
            boolean p1q1 = p1.equals2D(q1);
            if ((p0q0 && p1q1) || (p0q1 && p1q0)) {
                node(ra, sa, rb, sb, p0);
                node(ra, sa, rb, sb, p1);
                byte way = p0q0 ? NodedRing.SAME_WAY : NodedRing.OPPOSITE_WAY;
                ra.markShared(sa, way);
                rb.markShared(sb, way);
                return true;
            }
            Coordinate shared = p0q0 || p0q1 ? p0 : p1q0 || p1q1 ? p1 : null;
            if (shared == null) {
                return false;
            }
            Coordinate otherB = p0q0 || p1q0 ? q1 : q0;
            if (Orientation.index(p0, p1, otherB) == Orientation.COLLINEAR) {
                return false;
            }
            node(ra, sa, rb, sb, shared);
            return true;
        }

        private static void node(NodedRing ra, int sa, NodedRing rb, int sb, Coordinate c) {
            double x = c.x;
            double y = c.y;
            ra.addNode(sa, x, y);
            rb.addNode(sb, x, y);
        }

        /**
         * A computed intersection point within the snap distance of one of the four ends is that
         * end: the same vertex then becomes the node, whether it is found as a crossing or as a
         * vertex beside the other segment.
         */
        private Coordinate nearVertex(Coordinate c) {
            for (Coordinate v : ends) {
                double dx = c.x - v.x;
                double dy = c.y - v.y;
                if (dx * dx + dy * dy <= snap * snap) {
                    return v;
                }
            }
            return c;
        }

        /**
         * A vertex {@code v} of segment {@code s} of ring {@code own} that lies within the snap
         * distance of the other segment (but not on its ends) becomes a node of both, at the
         * vertex's own coordinates.
         */
        private void snapVertex(
                Coordinate v, NodedRing own, int s, Coordinate o0, Coordinate o1, NodedRing other, int os) {
            if (v.equals2D(o0) || v.equals2D(o1) || !withinSnap(v, o0, o1)) {
                return;
            }
            double x = v.x;
            double y = v.y;
            own.addNode(s, x, y);
            other.addNode(os, x, y);
        }

        /** Whether {@code v} lies within the snap distance of segment o0–o1 (squared distances, no roots). */
        private boolean withinSnap(Coordinate v, Coordinate o0, Coordinate o1) {
            if (v.x + snap < Math.min(o0.x, o1.x)
                    || v.x - snap > Math.max(o0.x, o1.x)
                    || v.y + snap < Math.min(o0.y, o1.y)
                    || v.y - snap > Math.max(o0.y, o1.y)) {
                return false;
            }
            double dx = o1.x - o0.x;
            double dy = o1.y - o0.y;
            double t = ((v.x - o0.x) * dx + (v.y - o0.y) * dy) / (dx * dx + dy * dy);
            t = Math.max(0, Math.min(1, t));
            double ex = o0.x + t * dx - v.x;
            double ey = o0.y + t * dy - v.y;
            return ex * ex + ey * ey <= snap * snap;
        }

        private static void set(Coordinate c, NodedRing r, int vertex) {
            c.x = r.x(vertex);
            c.y = r.y(vertex);
        }
    }

    private void sortByMinX(int lo, int hi) {
        while (lo < hi) {
            if (hi - lo < 16) {
                for (int i = lo + 1; i <= hi; i++) {
                    for (int j = i; j > lo && minX[j - 1] > minX[j]; j--) {
                        swap(j - 1, j);
                    }
                }
                return;
            }
            double pivot = minX[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (minX[i] < pivot) {
                    i++;
                }
                while (minX[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            // Recurse into the smaller part, loop on the larger: the stack stays logarithmic.
            if (j - lo < hi - i) {
                sortByMinX(lo, j);
                lo = i;
            } else {
                sortByMinX(i, hi);
                hi = j;
            }
        }
    }

    private void swap(int i, int j) {
        int r = ring[i];
        ring[i] = ring[j];
        ring[j] = r;
        int s = segment[i];
        segment[i] = segment[j];
        segment[j] = s;
        double t = minX[i];
        minX[i] = minX[j];
        minX[j] = t;
        t = maxX[i];
        maxX[i] = maxX[j];
        maxX[j] = t;
        t = minY[i];
        minY[i] = minY[j];
        minY[j] = t;
        t = maxY[i];
        maxY[i] = maxY[j];
        maxY[j] = t;
    }
}
