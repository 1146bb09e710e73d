package no.planvakt.overlay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.hprtree.HPRtree;

/**
 * Which polygons of a set can overlap another one of the set, found from their edges alone. A land
 * cover like AR5 is a coverage: neighbours share their edges vertex for vertex, so nearly every
 * edge is used by exactly two polygons, once in each direction, and a pair of neighbours cannot
 * overlap. Measuring the overlap of every pair of neighbours costs an overlay each; this costs a
 * hash look-up per edge.
 * <p>
 * Rings are read with the interior on the left. An edge used by two polygons in opposite
 * directions is <em>matched</em>, and joins the two into one group. Any other repeat (the same
 * direction, three uses, one polygon twice) makes the polygons that use it <em>unsound</em>. An edge
 * used once is checked against every other polygon whose envelope it reaches: a crossing, a touch
 * away from both ends, a collinear stretch, a start inside the other's corner at a shared vertex,
 * or lying inside it makes its polygon unsound. The result holds every polygon of a group that
 * has an unsound member.
 * <p>
 * Why that is enough: count at each point how many polygons of one or two groups hold it. Across a
 * matched edge the count does not change (one polygon ends where the other begins), so it can only
 * change across unmatched edges. If two polygons of these groups overlapped, the count would be at
 * least two somewhere and zero far away, so some unmatched edge would have at least two on its
 * inner side: the polygon it belongs to and another one that then holds the edge's midpoint inside
 * it or touches it, which the check above finds. So two polygons both outside the result have
 * disjoint interiors, also where two whole coverages lie on top of each other (their edges match
 * within each, but their outer edges do not). Exact: coordinates are compared as given.
 */
public final class OverlapScreen {
    /**
     * Edges per hash table: the plane is cut into cells so that each holds about this many. Small
     * enough for a cell's table to stay in the processor's cache (the county's land cover screened
     * in 0.62–0.85 s with 20 000 against 0.79–0.95 s with 250 000), large enough that few polygons
     * are read for more than one cell.
     */
    private static final int EDGES_PER_CELL = 20_000;

    private final List<? extends Geometry> geometries;
    private final Grid grid;

    private OverlapScreen(List<? extends Geometry> geometries) {
        this.geometries = geometries;
        this.grid = Grid.over(geometries);
    }

    /**
     * The indices of the geometries that may overlap another of them; every other pair of the set
     * is known to have disjoint interiors. Geometries that are not polygonal are in the result.
     */
    public static BitSet mayOverlap(List<? extends Geometry> geometries) {
        return new OverlapScreen(geometries).run();
    }

    private BitSet run() {
        int n = geometries.size();
        BitSet unsound = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (!(geometries.get(i) instanceof Polygonal)) {
                unsound.set(i);
            }
        }
        // Edges are filed in the cell of their lesser end, so an edge and its twin meet in one table.
        IntList[] members = new IntList[grid.cells()];
        long[] vertices = new long[grid.cells()];
        for (int c = 0; c < members.length; c++) {
            members[c] = new IntList();
        }
        for (int i = 0; i < n; i++) {
            Geometry g = geometries.get(i);
            if (g instanceof Polygonal && !g.isEmpty()) {
                int index = i;
                int points = g.getNumPoints();
                grid.forEachCell(g.getEnvelopeInternal(), c -> {
                    members[c].add(index);
                    vertices[c] += points;
                });
            }
        }
        List<CellResult> cells = IntStream.range(0, grid.cells())
                .parallel()
                .mapToObj(c -> matchCell(c, members[c], vertices[c]))
                .toList();
        Groups groups = new Groups(n);
        List<Unmatched> unmatched = new ArrayList<>();
        for (CellResult c : cells) {
            for (int k = 0; k < c.joins.size(); k += 2) {
                groups.join(c.joins.get(k), c.joins.get(k + 1));
            }
            unsound.or(c.unsound);
            unmatched.addAll(c.unmatched);
        }
        checkUnmatched(unmatched, unsound);
        BitSet unsoundGroups = new BitSet(n);
        unsound.stream().forEach(i -> unsoundGroups.set(groups.root(i)));
        BitSet out = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (unsoundGroups.get(groups.root(i))) {
                out.set(i);
            }
        }
        return out;
    }

    // --------------------------------------------------------------------------- matching edges

    private CellResult matchCell(int cell, IntList members, long vertices) {
        EdgeTable table = new EdgeTable((int) Math.min(vertices, 1 << 26));
        CellResult out = new CellResult(table.capacity());
        for (int m = 0; m < members.size(); m++) {
            int owner = members.get(m);
            Geometry geom = geometries.get(owner);
            forEachRing(geom, (ring, reversed) -> {
                int last = ring.size() - 1;
                for (int k = 0; k < last; k++) {
                    int i0 = reversed ? last - k : k;
                    int i1 = reversed ? last - k - 1 : k + 1;
                    double x0 = ring.getX(i0);
                    double y0 = ring.getY(i0);
                    double x1 = ring.getX(i1);
                    double y1 = ring.getY(i1);
                    if (x0 == x1 && y0 == y1) {
                        continue;
                    }
                    boolean forward = x0 < x1 || (x0 == x1 && y0 < y1);
                    double lx = forward ? x0 : x1;
                    double ly = forward ? y0 : y1;
                    if (grid.cellOf(lx, ly) == cell) {
                        table.add(owner, forward, lx, ly, forward ? x1 : x0, forward ? y1 : y0);
                    }
                }
            });
        }
        table.collect(out);
        return out;
    }

    /** Calls {@code action} for each ring with whether it must be read backwards to have its interior on the left. */
    private static void forEachRing(Geometry polygonal, RingAction action) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            ring(p.getExteriorRing(), true, action);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(p.getInteriorRingN(h), false, action);
            }
        }
    }

    private static void ring(LinearRing r, boolean shell, RingAction action) {
        CoordinateSequence seq = r.getCoordinateSequence();
        if (seq.size() >= 4) {
            action.accept(seq, NodedRing.isCCW(seq) != shell);
        }
    }

    private interface RingAction {
        void accept(CoordinateSequence ring, boolean reversed);
    }

    /** What one cell found: pairs to join, unsound geometries, and edges used once (directed). */
    private static final class CellResult {
        /** Pairs joined, two entries each: about one pair per two edges of the cell. */
        final IntList joins;

        final BitSet unsound = new BitSet();
        final List<Unmatched> unmatched = new ArrayList<>();

        CellResult(int edges) {
            joins = new IntList(Math.max(16, edges));
        }
    }

    /** An edge used by one geometry only, in the direction that has that geometry's interior on its left. */
    private record Unmatched(int owner, double x0, double y0, double x1, double y1) {}

    /**
     * Edges by their exact ends, lesser end first: open addressing over keys, each key keeping its
     * first two uses and a count.
     */
    private static final class EdgeTable {
        private int size;
        private int[] owner;
        private boolean[] forward;
        private double[] ax;
        private double[] ay;
        private double[] bx;
        private double[] by;
        // Per key (indexed by its first edge): the second edge and the number of uses.
        private int[] second;
        private int[] uses;
        /**
         * Per slot: the key's hash in the high half, its first edge + 1 in the low half, 0 when
         * empty. Probing compares hashes in this one array and reads coordinates only on a match.
         */
        private long[] slots;

        private int keys;

        /** Sized for about {@code expected} edges (each key is used about twice). */
        EdgeTable(int expected) {
            int n = Math.max(16, expected);
            owner = new int[n];
            forward = new boolean[n];
            ax = new double[n];
            ay = new double[n];
            bx = new double[n];
            by = new double[n];
            second = new int[n];
            uses = new int[n];
            slots = new long[Integer.highestOneBit(Math.max(16, n)) * 4];
        }

        int capacity() {
            return owner.length;
        }

        void add(int g, boolean fwd, double x0, double y0, double x1, double y1) {
            if (size == owner.length) {
                grow();
            }
            int e = size++;
            owner[e] = g;
            forward[e] = fwd;
            ax[e] = x0;
            ay[e] = y0;
            bx[e] = x1;
            by[e] = y1;
            int mask = slots.length - 1;
            int h = hash(x0, y0, x1, y1);
            for (int s = h & mask; ; s = (s + 1) & mask) {
                long slot = slots[s];
                if (slot == 0) {
                    slots[s] = ((long) h << 32) | (e + 1);
                    second[e] = -1;
                    uses[e] = 1;
                    if (++keys * 2 > slots.length) {
                        rehash();
                    }
                    return;
                }
                if ((int) (slot >>> 32) != h) {
                    continue;
                }
                int first = (int) slot - 1;
                if (ax[first] == x0 && ay[first] == y0 && bx[first] == x1 && by[first] == y1) {
                    if (uses[first]++ == 1) {
                        second[first] = e;
                    }
                    // A third use: report it now, the key keeps only two.
                    if (uses[first] > 2) {
                        thirdUses.add(g);
                    }
                    return;
                }
            }
        }

        private final IntList thirdUses = new IntList();

        void collect(CellResult out) {
            for (long slot : slots) {
                if (slot == 0) {
                    continue;
                }
                int s = (int) slot - 1;
                int t = second[s];
                if (uses[s] == 1) {
                    boolean fwd = forward[s];
                    out.unmatched.add(new Unmatched(
                            owner[s],
                            fwd ? ax[s] : bx[s],
                            fwd ? ay[s] : by[s],
                            fwd ? bx[s] : ax[s],
                            fwd ? by[s] : ay[s]));
                } else if (uses[s] == 2 && owner[s] != owner[t] && forward[s] != forward[t]) {
                    out.joins.add(owner[s]);
                    out.joins.add(owner[t]);
                } else {
                    out.unsound.set(owner[s]);
                    out.unsound.set(owner[t]);
                }
            }
            for (int k = 0; k < thirdUses.size(); k++) {
                out.unsound.set(thirdUses.get(k));
            }
        }

        private void grow() {
            int n = owner.length * 2;
            owner = Arrays.copyOf(owner, n);
            forward = Arrays.copyOf(forward, n);
            ax = Arrays.copyOf(ax, n);
            ay = Arrays.copyOf(ay, n);
            bx = Arrays.copyOf(bx, n);
            by = Arrays.copyOf(by, n);
            second = Arrays.copyOf(second, n);
            uses = Arrays.copyOf(uses, n);
        }

        private void rehash() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long slot : old) {
                if (slot != 0) {
                    int s = (int) (slot >>> 32) & mask;
                    while (slots[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    slots[s] = slot;
                }
            }
        }

        private static int hash(double x0, double y0, double x1, double y1) {
            // + 0.0 makes -0.0 hash as 0.0, which it equals.
            long h = Double.doubleToLongBits(x0 + 0.0);
            h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(y0 + 0.0);
            h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(x1 + 0.0);
            h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(y1 + 0.0);
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            return (int) (h ^ (h >>> 32));
        }
    }

    // --------------------------------------------------------------------- checking unmatched edges

    private void checkUnmatched(List<Unmatched> unmatched, BitSet unsound) {
        if (unmatched.isEmpty()) {
            return;
        }
        HPRtree index = new HPRtree();
        for (int i = 0; i < geometries.size(); i++) {
            Geometry g = geometries.get(i);
            if (!g.isEmpty()) {
                index.insert(g.getEnvelopeInternal(), i);
            }
        }
        index.build();
        List<Unmatched> byOwner = new ArrayList<>(unmatched);
        byOwner.sort((a, b) -> Integer.compare(a.owner(), b.owner()));
        List<int[]> runs = new ArrayList<>();
        for (int from = 0; from < byOwner.size(); ) {
            int to = from + 1;
            while (to < byOwner.size()
                    && byOwner.get(to).owner() == byOwner.get(from).owner()) {
                to++;
            }
            runs.add(new int[] {from, to});
            from = to;
        }
        int[] found = runs.parallelStream()
                .filter(r -> entersAnother(byOwner.subList(r[0], r[1]), index))
                .mapToInt(r -> byOwner.get(r[0]).owner())
                .toArray();
        for (int g : found) {
            unsound.set(g);
        }
    }

    /** Whether one of a geometry's unmatched edges meets another geometry anywhere but at shared vertices outside it. */
    private boolean entersAnother(List<Unmatched> edges, HPRtree index) {
        int owner = edges.get(0).owner();
        Envelope env = new Envelope();
        for (Unmatched e : edges) {
            env.expandToInclude(e.x0(), e.y0());
            env.expandToInclude(e.x1(), e.y1());
        }
        EdgeCheck check = new EdgeCheck();
        for (Object o : index.query(env)) {
            int other = (Integer) o;
            if (other == owner) {
                continue;
            }
            Geometry g = geometries.get(other);
            if (!(g instanceof Polygonal)) {
                continue;
            }
            Envelope ge = g.getEnvelopeInternal();
            for (Unmatched e : edges) {
                if (ge.intersects(new Envelope(e.x0(), e.x1(), e.y0(), e.y1())) && check.enters(e, g)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One edge against one polygonal geometry; reuses its points. */
    private static final class EdgeCheck {
        private final LineIntersector li = new RobustLineIntersector();
        private final Coordinate a = new Coordinate();
        private final Coordinate b = new Coordinate();
        private final Coordinate c = new Coordinate();
        private final Coordinate d = new Coordinate();

        boolean enters(Unmatched e, Geometry g) {
            a.x = e.x0();
            a.y = e.y0();
            b.x = e.x1();
            b.y = e.y1();
            double lx = Math.min(a.x, b.x);
            double hx = Math.max(a.x, b.x);
            double ly = Math.min(a.y, b.y);
            double hy = Math.max(a.y, b.y);
            boolean[] touched = {false};
            boolean[] enters = {false};
            forEachRing(g, (ring, reversed) -> {
                if (enters[0]) {
                    return;
                }
                int last = ring.size() - 1;
                for (int k = 0; k < last; k++) {
                    double x0 = ring.getX(k);
                    double y0 = ring.getY(k);
                    double x1 = ring.getX(k + 1);
                    double y1 = ring.getY(k + 1);
                    if (Math.max(x0, x1) < lx
                            || Math.min(x0, x1) > hx
                            || Math.max(y0, y1) < ly
                            || Math.min(y0, y1) > hy) {
                        continue;
                    }
                    c.x = x0;
                    c.y = y0;
                    d.x = x1;
                    d.y = y1;
                    li.computeIntersection(a, b, c, d);
                    if (!li.hasIntersection()) {
                        continue;
                    }
                    touched[0] = true;
                    if (li.getIntersectionNum() == 2) {
                        enters[0] = true; // collinear, and not the same edge (that would be matched)
                        return;
                    }
                    Coordinate p = li.getIntersection(0);
                    boolean endOfEdge = p.equals2D(a) || p.equals2D(b);
                    boolean vertexOfOther = p.equals2D(c) || p.equals2D(d);
                    if (!endOfEdge || !vertexOfOther) {
                        enters[0] = true; // a crossing, or a vertex on the other's segment
                        return;
                    }
                    // The edge leaves a vertex both have: look at the other's corner there (once,
                    // from the segment that ends at it).
                    if (p.equals2D(d) && intoCorner(ring, reversed, k + 1, p.equals2D(a) ? b : a)) {
                        enters[0] = true;
                        return;
                    }
                }
            });
            if (enters[0]) {
                return true;
            }
            if (!touched[0]) {
                // Not meeting the boundary, the edge is wholly inside or wholly outside.
                return new PointInPolygonal(g).locate(a.x, a.y) != Location.EXTERIOR;
            }
            return false;
        }

        private static boolean sameWay(Coordinate from, Coordinate p, Coordinate q) {
            return (p.x - from.x) * (q.x - from.x) + (p.y - from.y) * (q.y - from.y) > 0;
        }

        /**
         * Whether the direction from the ring's vertex {@code v} towards {@code o} points into the
         * ring's interior (or along one of its edges there, which the caller counts as meeting it).
         */
        private static boolean intoCorner(CoordinateSequence ring, boolean reversed, int v, Coordinate o) {
            int last = ring.size() - 1;
            int at = v % last;
            Coordinate pv = ring.getCoordinate(at);
            // Neighbours in reading order (interior on the left), skipping repeated points.
            Coordinate prev = null;
            Coordinate next = null;
            for (int k = 1; k < last && (prev == null || next == null); k++) {
                Coordinate before = ring.getCoordinate(Math.floorMod(at - k, last));
                Coordinate after = ring.getCoordinate((at + k) % last);
                if (prev == null && !before.equals2D(pv)) {
                    prev = before;
                }
                if (next == null && !after.equals2D(pv)) {
                    next = after;
                }
            }
            if (prev == null || next == null) {
                return true;
            }
            if (reversed) {
                Coordinate t = prev;
                prev = next;
                next = t;
            }
            int alongNext = Orientation.index(pv, next, o);
            int alongPrev = Orientation.index(pv, prev, o);
            // Along one of the corner's edges (collinear and the same way): meeting it. Collinear
            // the other way is just a direction outside or inside the corner, decided below.
            if ((alongNext == Orientation.COLLINEAR && sameWay(pv, next, o))
                    || (alongPrev == Orientation.COLLINEAR && sameWay(pv, prev, o))) {
                return true;
            }
            int turn = Orientation.index(prev, pv, next);
            if (turn == Orientation.LEFT) {
                return alongNext == Orientation.LEFT && alongPrev == Orientation.RIGHT;
            }
            if (turn == Orientation.RIGHT) {
                return alongNext == Orientation.LEFT || alongPrev == Orientation.RIGHT;
            }
            // Straight on: the interior is the left half-plane. A spike (both neighbours on the
            // same side) is not a valid ring: counted as meeting.
            boolean spike = (next.x - pv.x) * (prev.x - pv.x) + (next.y - pv.y) * (prev.y - pv.y) > 0;
            return spike || alongNext == Orientation.LEFT;
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    /** Union-find over geometry indices. */
    private static final class Groups {
        private final int[] parent;

        Groups(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList() {
            this(16);
        }

        IntList(int capacity) {
            values = new int[capacity];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    /** A regular grid over the geometries' envelope, fine enough that each cell holds about {@link #EDGES_PER_CELL} edges. */
    private record Grid(double minX, double minY, double cellW, double cellH, int nx, int ny) {
        static Grid over(List<? extends Geometry> geometries) {
            Envelope all = new Envelope();
            long vertices = 0;
            for (Geometry g : geometries) {
                all.expandToInclude(g.getEnvelopeInternal());
                vertices += g.getNumPoints();
            }
            if (all.isNull()) {
                return new Grid(0, 0, 1, 1, 1, 1);
            }
            int n = (int) Math.max(1, Math.min(64, Math.ceil(Math.sqrt(vertices / (double) EDGES_PER_CELL))));
            double w = all.getWidth() > 0 ? all.getWidth() / n : 1;
            double h = all.getHeight() > 0 ? all.getHeight() / n : 1;
            return new Grid(all.getMinX(), all.getMinY(), w, h, n, n);
        }

        int cells() {
            return nx * ny;
        }

        private int ix(double x) {
            return Math.min(nx - 1, Math.max(0, (int) ((x - minX) / cellW)));
        }

        private int iy(double y) {
            return Math.min(ny - 1, Math.max(0, (int) ((y - minY) / cellH)));
        }

        int cellOf(double x, double y) {
            return iy(y) * nx + ix(x);
        }

        void forEachCell(Envelope e, java.util.function.IntConsumer action) {
            for (int cy = iy(e.getMinY()); cy <= iy(e.getMaxY()); cy++) {
                for (int cx = ix(e.getMinX()); cx <= ix(e.getMaxX()); cx++) {
                    action.accept(cy * nx + cx);
                }
            }
        }
    }
}
