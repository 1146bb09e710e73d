package no.planvakt.overlay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LinearRing;

/**
 * One ring of a polygonal geometry, read in the orientation that puts the interior on the left
 * (shells counter-clockwise, holes clockwise), with the nodes the other geometry's boundary makes
 * on it. The coordinates are read from the ring's own sequence, not copied.
 * <p>
 * A node is kept as (segment, position along it); a node on a vertex is filed as the start of the
 * segment that leaves that vertex, so that equal points sort together and are merged. Between two
 * consecutive nodes lies a {@linkplain Piece piece}, which does not meet the other boundary.
 */
final class NodedRing {
    private final CoordinateSequence seq;
    private final boolean reversed;
    /** Number of segments (the sequence repeats its first point at the end). */
    final int segments;

    private int nodes;
    private int[] nodeSegment = new int[4];
    private double[] nodeAlong = new double[4];
    private double[] nodeX = new double[4];
    private double[] nodeY = new double[4];
    private List<Piece> pieces;
    /** Per segment, whether the other side has the very same segment, and which way (null until one does). */
    private byte[] shared;

    static final byte SAME_WAY = 1;
    static final byte OPPOSITE_WAY = 2;

    NodedRing(LinearRing ring, boolean shell) {
        this.seq = ring.getCoordinateSequence();
        this.segments = seq.size() - 1;
        this.reversed = isCCW(seq) != shell;
    }

    /**
     * The ring's orientation from its signed area, read in place; JTS's exact test (which makes a
     * {@code Coordinate} per vertex of a packed ring) only where the area is too close to zero for
     * the sum's rounding to be ruled out.
     */
    static boolean isCCW(CoordinateSequence seq) {
        int n = seq.size() - 1;
        double x0 = seq.getX(0);
        double y0 = seq.getY(0);
        double sum = 0;
        double extent = 0;
        double px = 0;
        double py = 0;
        for (int i = 1; i <= n; i++) {
            double qx = seq.getX(i) - x0;
            double qy = seq.getY(i) - y0;
            sum += px * qy - qx * py;
            extent = Math.max(extent, Math.max(Math.abs(qx), Math.abs(qy)));
            px = qx;
            py = qy;
        }
        // Each term rounds by about 1e-16 of extent²: far below this bound.
        if (Math.abs(sum) > 1e-12 * n * extent * extent) {
            return sum > 0;
        }
        return Orientation.isCCW(seq);
    }

    double x(int vertex) {
        return seq.getX(reversed ? segments - vertex : vertex);
    }

    double y(int vertex) {
        return seq.getY(reversed ? segments - vertex : vertex);
    }

    /**
     * Adds a node at (x, y) on segment {@code s} (from vertex s to s + 1). A node at the segment's
     * end is filed at the start of the next one (a computed point can round onto a vertex).
     */
    void addNode(int s, double x, double y) {
        double x0 = x(s);
        double y0 = y(s);
        double along;
        if (x == x0 && y == y0) {
            along = 0;
        } else if (x == x(s + 1) && y == y(s + 1)) {
            s = (s + 1) % segments;
            along = 0;
        } else {
            double dx = x(s + 1) - x0;
            double dy = y(s + 1) - y0;
            along = ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy);
            // A computed point a hair outside the segment still lies between its ends.
            along = Math.min(Math.max(along, Double.MIN_VALUE), Math.nextDown(1.0));
        }
        if (nodes > 0 && nodeX[nodes - 1] == x && nodeY[nodes - 1] == y) {
            // The same point from the next segment of the other ring.
            return;
        }
        if (nodes == nodeSegment.length) {
            int n = nodes * 2;
            nodeSegment = Arrays.copyOf(nodeSegment, n);
            nodeAlong = Arrays.copyOf(nodeAlong, n);
            nodeX = Arrays.copyOf(nodeX, n);
            nodeY = Arrays.copyOf(nodeY, n);
        }
        nodeSegment[nodes] = s;
        nodeAlong[nodes] = along;
        nodeX[nodes] = x;
        nodeY[nodes] = y;
        nodes++;
    }

    /** Records that the other side has segment {@code s} too; the same way wins over the opposite way. */
    void markShared(int s, byte way) {
        if (shared == null) {
            shared = new byte[segments];
        }
        if (shared[s] != SAME_WAY) {
            shared[s] = way;
        }
    }

    /** {@link #SAME_WAY}, {@link #OPPOSITE_WAY}, or 0 when the other side does not have segment {@code s}. */
    byte shared(int s) {
        return shared == null ? 0 : shared[s];
    }

    boolean hasNodes() {
        return nodes > 0;
    }

    /** Sorts the nodes along the ring and merges equal points; call once, after all nodes are added. */
    void sortNodes() {
        if (nodes < 2) {
            return;
        }
        // By segment first (a primitive sort of segment and arrival packed in one long), then by
        // position within a segment (runs of one or two nodes, in place).
        long[] order = new long[nodes];
        for (int i = 0; i < nodes; i++) {
            order[i] = ((long) nodeSegment[i] << 32) | i;
        }
        Arrays.sort(order);
        int[] seg = new int[nodes];
        double[] along = new double[nodes];
        double[] xs = new double[nodes];
        double[] ys = new double[nodes];
        for (int k = 0; k < nodes; k++) {
            int i = (int) order[k];
            seg[k] = nodeSegment[i];
            along[k] = nodeAlong[i];
            xs[k] = nodeX[i];
            ys[k] = nodeY[i];
            for (int j = k; j > 0 && seg[j - 1] == seg[j] && along[j - 1] > along[j]; j--) {
                swap(seg, along, xs, ys, j - 1, j);
            }
        }
        nodeSegment = seg;
        nodeAlong = along;
        nodeX = xs;
        nodeY = ys;
        int kept = 0;
        for (int i = 0; i < nodes; i++) {
            if (kept > 0 && nodeX[kept - 1] == nodeX[i] && nodeY[kept - 1] == nodeY[i]) {
                continue;
            }
            nodeSegment[kept] = nodeSegment[i];
            nodeAlong[kept] = nodeAlong[i];
            nodeX[kept] = nodeX[i];
            nodeY[kept] = nodeY[i];
            kept++;
        }
        // The last and the first node can be the same point seen from both ends of the ring.
        if (kept > 1 && nodeX[kept - 1] == nodeX[0] && nodeY[kept - 1] == nodeY[0]) {
            kept--;
        }
        nodes = kept;
    }

    private static void swap(int[] seg, double[] along, double[] xs, double[] ys, int i, int j) {
        int s = seg[i];
        seg[i] = seg[j];
        seg[j] = s;
        double t = along[i];
        along[i] = along[j];
        along[j] = t;
        t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
        t = ys[i];
        ys[i] = ys[j];
        ys[j] = t;
    }

    int nodeCount() {
        return nodes;
    }

    /**
     * The pieces between consecutive nodes, in ring order (the last one wraps round to the first
     * node); built once, after {@link #sortNodes}, and empty for a ring without nodes.
     */
    List<Piece> pieces() {
        if (pieces == null) {
            pieces = new ArrayList<>(nodes);
            for (int i = 0; i < nodes; i++) {
                int j = i + 1 < nodes ? i + 1 : 0;
                int from = nodeSegment[i] + 1;
                int to = nodeAlong[j] == 0 ? nodeSegment[j] : nodeSegment[j] + 1;
                if (j <= i) {
                    to += segments;
                }
                boolean whole = nodeAlong[i] == 0 && nodeAlong[j] == 0 && to == from;
                pieces.add(new Piece(nodeX[i], nodeY[i], from, to, nodeX[j], nodeY[j], whole));
            }
        }
        return pieces;
    }

    /** Twice the signed area of the whole ring, relative to (ox, oy). */
    double cross(double ox, double oy) {
        double sum = 0;
        double px = x(0) - ox;
        double py = y(0) - oy;
        for (int v = 1; v <= segments; v++) {
            double qx = x(v) - ox;
            double qy = y(v) - oy;
            sum += px * qy - qx * py;
            px = qx;
            py = qy;
        }
        return sum;
    }

    /**
     * A stretch of the ring between two nodes: from the start node through the ring's vertices
     * {@code from} (inclusive) to {@code to} (exclusive; indices past the last vertex wrap round)
     * to the end node.
     */
    final class Piece {
        final double startX;
        final double startY;
        final int from;
        final int to;
        final double endX;
        final double endY;
        /** Whether the piece is one whole segment of the ring, from its start vertex to its end vertex. */
        private final boolean whole;

        Piece(double startX, double startY, int from, int to, double endX, double endY, boolean whole) {
            this.startX = startX;
            this.startY = startY;
            this.from = from;
            this.to = to;
            this.endX = endX;
            this.endY = endY;
            this.whole = whole;
        }

        /** The segment this piece is, whole; -1 when it is part of a segment or bends. */
        int wholeSegment() {
            return whole ? (from - 1) % segments : -1;
        }

        /** Whether the piece is a single straight stretch, with no ring vertex between its nodes. */
        boolean straight() {
            return to <= from;
        }

        /** The first ring vertex inside the piece (only when not {@link #straight()}). */
        double innerX() {
            return x(from % segments);
        }

        double innerY() {
            return y(from % segments);
        }

        /** Twice the signed area contribution of the piece, relative to (ox, oy). */
        double cross(double ox, double oy) {
            double sum = 0;
            double px = startX - ox;
            double py = startY - oy;
            for (int v = from; v < to; v++) {
                int k = v % segments;
                double qx = x(k) - ox;
                double qy = y(k) - oy;
                sum += px * qy - qx * py;
                px = qx;
                py = qy;
            }
            return sum + px * (endY - oy) - (endX - ox) * py;
        }
    }
}
