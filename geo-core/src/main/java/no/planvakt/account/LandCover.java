package no.planvakt.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.geom.ExactHash;
import no.planvakt.overlay.OverlapScreen;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.rule.FeatureFilter;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The land-cover classes of an account as one partition: where two features overlap (two layers
 * both claiming a place, or two features of one layer), the one of the earlier class keeps it and
 * the other is cut back, once, when the land cover is prepared. After that a plan object's area
 * splits into class areas by summing intersection areas alone (no overlay geometry), and what no
 * class covers is "not classified", so the classes sum to the object's area with nothing counted
 * twice. The overlap that was cut away is kept as a figure, so the account says it happened.
 */
public final class LandCover {
    private final List<AccountSpec.LandCoverClass> classes;
    private final List<STRtree> index = new ArrayList<>();
    private final double overlapResolvedM2;
    private final int overlapPairs;

    /** A land-cover polygon of a class; {@code serial} numbers the pieces of a prepared cover (-1 before). */
    private record Piece(int classIndex, String id, Geometry geometry, int serial) {
        Piece(int classIndex, String id, Geometry geometry) {
            this(classIndex, id, geometry, -1);
        }
    }

    /** The pieces by serial. */
    private final Piece[] bySerial;

    /** The pieces' planar areas by serial, measured once (each piece is compared with many objects). */
    private final double[] pieceArea;

    /** Splits already computed, by exactly equal geometry (and sliver size); thread-safe, accounts run on both cores. */
    private final Map<SplitKey, Split> splits = new ConcurrentHashMap<>();

    /** A geometry compared by its exact coordinates, hashed once. */
    private static final class SplitKey {
        private final Geometry g;
        private final double sliver;
        private final int hash;

        SplitKey(Geometry g, double sliver) {
            this.g = g;
            this.sliver = sliver;
            this.hash = 31 * Double.hashCode(sliver) + ExactHash.of(g);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SplitKey k && k.hash == hash && k.sliver == sliver && (k.g == g || k.g.equalsExact(g));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private LandCover(
            List<AccountSpec.LandCoverClass> classes,
            List<List<Piece>> pieces,
            double overlapResolvedM2,
            int overlapPairs) {
        this.classes = List.copyOf(classes);
        List<Piece> numbered = new ArrayList<>();
        List<List<Piece>> byClass = new ArrayList<>();
        for (List<Piece> ps : pieces) {
            List<Piece> serials = new ArrayList<>();
            for (Piece p : ps) {
                Piece n = new Piece(p.classIndex(), p.id(), p.geometry(), numbered.size());
                numbered.add(n);
                serials.add(n);
            }
            byClass.add(serials);
        }
        // One index per class, built side by side (a county's land cover has ~350 000 pieces).
        index.addAll(byClass.parallelStream()
                .map(ps -> {
                    STRtree t = new STRtree();
                    ps.forEach(p -> t.insert(p.geometry().getEnvelopeInternal(), p));
                    t.build();
                    return t;
                })
                .toList());
        this.bySerial = numbered.toArray(new Piece[0]);
        this.pieceArea = Arrays.stream(bySerial)
                .parallel()
                .mapToDouble(p -> p.geometry().getArea())
                .toArray();
        this.overlapResolvedM2 = overlapResolvedM2;
        this.overlapPairs = overlapPairs;
    }

    /**
     * Overlaps smaller than this (planar m²) are digitising noise where two layers share an edge
     * (N1000 stores lon/lat to 6 decimals, ~0.1 m): treated as touching, not as double counting.
     */
    static final double NOISE_M2 = 0.01;

    /**
     * The classes' features from the loaded layers, overlaps resolved by class order (then feature
     * id). Only the land cover inside {@code extent} (the plans' envelope) is kept, cut to it: a
     * county layer's polygons are large, and every overlay with them would pay for their whole length.
     */
    public static LandCover of(
            List<AccountSpec.LandCoverClass> classes,
            Map<String, ReferenceLayer> layers,
            String where,
            Envelope extent,
            AreaMeasure measure) {
        return of(classes, layers, where, extent, null, measure);
    }

    /**
     * As {@link #of(List, Map, String, Envelope, AreaMeasure)}, keeping only the features whose
     * envelope {@code near} accepts (null: all): for a cover that is split by a few of the plan's
     * objects alone. A feature left out shares no area with them, so whatever it would have cut
     * from another feature lies outside them too.
     */
    public static LandCover of(
            List<AccountSpec.LandCoverClass> classes,
            Map<String, ReferenceLayer> layers,
            String where,
            Envelope extent,
            Predicate<Envelope> near,
            AreaMeasure measure) {
        Geometry clip = new org.locationtech.jts.geom.GeometryFactory().toGeometry(extent);
        // The features in priority order (class order, then id). Each layer is read once for all
        // its classes (a land cover's classes are filters on one layer), on both cores.
        List<List<Piece>> byClass = new ArrayList<>();
        Map<String, List<Integer>> classesOfLayer = new LinkedHashMap<>();
        List<FeatureFilter> filters = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            AccountSpec.LandCoverClass c = classes.get(k);
            filters.add(FeatureFilter.compile(where + ".classes[" + k + "].filter", c.filter()));
            classesOfLayer.computeIfAbsent(c.layer(), l -> new ArrayList<>()).add(k);
            byClass.add(new ArrayList<>());
        }
        classesOfLayer.forEach((layer, ks) -> {
            ReferenceFeature[] features = layers.get(layer).features().toArray(new ReferenceFeature[0]);
            Arrays.parallelSort(features, Comparator.comparing(ReferenceFeature::id));
            for (int from = 0; from < ks.size(); from += Long.SIZE) {
                List<Integer> group = ks.subList(from, Math.min(ks.size(), from + Long.SIZE));
                // Bit j: the feature is of class group[j] (and polygonal, reaching the extent).
                long[] accepted = Arrays.stream(features)
                        .parallel()
                        .mapToLong(f -> {
                            Geometry g = f.geometry();
                            if (g.getDimension() < 2
                                    || g.isEmpty()
                                    || !extent.intersects(g.getEnvelopeInternal())
                                    || near != null && !near.test(g.getEnvelopeInternal())) {
                                return 0;
                            }
                            long bits = 0;
                            for (int j = 0; j < group.size(); j++) {
                                if (filters.get(group.get(j)).accepts(f)) {
                                    bits |= 1L << j;
                                }
                            }
                            return bits;
                        })
                        .toArray();
                for (int i = 0; i < features.length; i++) {
                    for (long bits = accepted[i]; bits != 0; bits &= bits - 1) {
                        int k = group.get(Long.numberOfTrailingZeros(bits));
                        byClass.get(k).add(new Piece(k, features[i].id(), features[i].geometry()));
                    }
                }
            }
        });
        List<Piece> candidates = new ArrayList<>();
        byClass.forEach(candidates::addAll);
        // Which features can overlap at all, from their edges (a coverage like AR5 shares them
        // exactly); found on the whole features, as cutting them to the extent makes new edges.
        BitSet mayOverlap = OverlapScreen.mayOverlap(
                candidates.stream().map(Piece::geometry).toList());
        List<Piece> clipped = new ArrayList<>();
        BitSet clippedMayOverlap = new BitSet();
        Piece[] cut = IntStream.range(0, candidates.size())
                .parallel()
                .mapToObj(i -> {
                    Piece p = candidates.get(i);
                    if (extent.covers(p.geometry().getEnvelopeInternal())) {
                        return p;
                    }
                    Geometry g = Areas.polygonal(OverlayNGRobust.overlay(p.geometry(), clip, OverlayNG.INTERSECTION));
                    return g.getArea() == 0 ? null : new Piece(p.classIndex(), p.id(), g);
                })
                .toArray(Piece[]::new);
        for (int i = 0; i < cut.length; i++) {
            if (cut[i] != null) {
                clippedMayOverlap.set(clipped.size(), mayOverlap.get(i));
                clipped.add(cut[i]);
            }
        }
        int[][] overlapping = overlappingPairs(clipped, clippedMayOverlap);
        List<List<Piece>> pieces = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            pieces.add(new ArrayList<>());
        }
        // Each piece as it was placed (cut by the earlier ones), null when nothing was left of it.
        Geometry[] placed = new Geometry[clipped.size()];
        double resolved = 0;
        int pairs = 0;
        for (int i = 0; i < clipped.size(); i++) {
            Geometry g = clipped.get(i).geometry();
            // Pieces only shrink as they are cut, so a pair whose original features overlap by no more
            // than the noise cannot overlap by more now: only the pairs found overlapping are visited,
            // each against the earlier piece as it was placed.
            for (int j : overlapping[i]) {
                Geometry earlier = placed[j];
                if (earlier == null) {
                    continue;
                }
                double overlap = Areas.intersection(g, earlier);
                if (overlap > NOISE_M2) {
                    resolved += overlap * measure.scaleAt(g.getCentroid());
                    pairs++;
                    g = Areas.polygonal(OverlayNGRobust.overlay(g, earlier, OverlayNG.DIFFERENCE));
                }
            }
            if (!g.isEmpty()) {
                Piece p = new Piece(clipped.get(i).classIndex(), clipped.get(i).id(), g);
                pieces.get(p.classIndex()).add(p);
                placed[i] = g;
            }
        }
        return new LandCover(classes, pieces, resolved, pairs);
    }

    /**
     * For each piece, the earlier pieces (in priority order, ascending) whose features overlap it by
     * more than the noise, tested side by side on both cores; the few that overlap are then resolved
     * in order above. Only pairs with a member that {@link OverlapScreen} could not clear are
     * measured: in a land cover like AR5 every piece touches its neighbours, and measuring each such
     * pair was half the account's time.
     */
    private static int[][] overlappingPairs(List<Piece> pieces, BitSet mayOverlap) {
        int[][] out = new int[pieces.size()][];
        Arrays.fill(out, new int[0]);
        if (mayOverlap.isEmpty()) {
            return out;
        }
        STRtree index = new STRtree();
        for (int i = 0; i < pieces.size(); i++) {
            index.insert(pieces.get(i).geometry().getEnvelopeInternal(), i);
        }
        index.build();
        // Each piece that may overlap is measured against its neighbours; a pair of two such pieces
        // once, from the later one. Pairs are (later, earlier).
        List<long[]> found = mayOverlap.stream()
                .parallel()
                .mapToObj(i -> {
                    Geometry g = pieces.get(i).geometry();
                    List<Long> pairs = new ArrayList<>();
                    for (Object o : index.query(g.getEnvelopeInternal())) {
                        int j = (Integer) o;
                        if (j == i || (j > i && mayOverlap.get(j))) {
                            continue;
                        }
                        if (Areas.intersection(g, pieces.get(j).geometry()) > NOISE_M2) {
                            pairs.add(((long) Math.max(i, j) << 32) | Math.min(i, j));
                        }
                    }
                    return pairs.stream().mapToLong(Long::longValue).toArray();
                })
                .toList();
        long[] all = found.stream().flatMapToLong(LongStream::of).toArray();
        // Sorted, each later piece's earlier ones come together and ascending.
        Arrays.sort(all);
        for (int k = 0; k < all.length; ) {
            int later = (int) (all[k] >>> 32);
            int from = k;
            while (k < all.length && (int) (all[k] >>> 32) == later) {
                k++;
            }
            int[] earlier = new int[k - from];
            for (int m = from; m < k; m++) {
                earlier[m - from] = (int) all[m];
            }
            out[later] = earlier;
        }
        return out;
    }

    public List<AccountSpec.LandCoverClass> classes() {
        return classes;
    }

    /** Area (m², report CRS) that overlapping land-cover features both claimed, given to the earlier class. */
    public double overlapResolvedM2() {
        return overlapResolvedM2;
    }

    public int overlapPairs() {
        return overlapPairs;
    }

    /**
     * Splits {@code g} by class, in planar units of the stored CRS: one area per class, then the
     * part no class covers. Pieces smaller than {@code sliverPlanar} (but not empty) are counted as
     * slivers: they stay in their class, and the account reports how many and how much.
     */
    public Split split(Geometry g, double sliverPlanar) {
        // An adopted plan and its draft share most objects unchanged: each geometry is split once.
        return splits.computeIfAbsent(new SplitKey(g, sliverPlanar), k -> compute(g, sliverPlanar))
                .copy();
    }

    /**
     * Splits the objects of one plan version at once, piece by piece: for each land-cover piece the
     * object it lies in is found first (the one clean object, see {@link OverlapScreen}, holding
     * the piece's interior point), and when that object holds the whole piece no other clean
     * object can share any of it (their interiors are disjoint), so it is measured against the
     * objects that may overlap alone. Land cover drawn on the plan's base map lies inside one
     * object nearly everywhere, while an object's envelope meets about five times as many pieces as
     * lie inside it: measuring each of those pairs, mostly to find that they only touch, was half
     * the account's time. Splits already computed for an equal geometry (the adopted plan shares
     * most objects with the draft) are reused. The sums are taken in piece order afterwards, so
     * the figures do not depend on the threads.
     *
     * @param sliverPlanar the sliver size of each object, planar units
     * @param mayOverlap   the objects {@link OverlapScreen#mayOverlap} returned for {@code objects}
     */
    public Split[] split(List<Geometry> objects, double[] sliverPlanar, BitSet mayOverlap) {
        int n = objects.size();
        Split[] out = new Split[n];
        SplitKey[] keys = new SplitKey[n];
        HPRtree byEnvelope = new HPRtree();
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys[i] = new SplitKey(objects.get(i), sliverPlanar[i]);
            Split known = splits.get(keys[i]);
            if (known != null) {
                out[i] = known.copy();
            } else {
                todo.add(i);
                byEnvelope.insert(objects.get(i).getEnvelopeInternal(), i);
            }
        }
        if (todo.isEmpty()) {
            return out;
        }
        byEnvelope.build();
        // The pieces to look at: all of them for a whole plan; for a few objects (the adopted plan's
        // that the draft does not share), those their envelopes meet.
        int[] serials;
        if (todo.size() * 20 < bySerial.length) {
            BitSet reached = new BitSet(bySerial.length);
            for (int i : todo) {
                for (STRtree t : index) {
                    for (Object o : t.query(objects.get(i).getEnvelopeInternal())) {
                        reached.set(((Piece) o).serial());
                    }
                }
            }
            serials = reached.stream().toArray();
        } else {
            serials = IntStream.range(0, bySerial.length).toArray();
        }
        Shares[] shares = IntStream.range(0, serials.length)
                .parallel()
                .mapToObj(s -> shares(bySerial[serials[s]], objects, byEnvelope, mayOverlap))
                .toArray(Shares[]::new);
        // Summed in piece order, one thread: the figures do not depend on how the threads ran.
        double[][] areas = new double[n][];
        double[] covered = new double[n];
        int[] slivers = new int[n];
        double[] sliverArea = new double[n];
        int[] count = new int[n];
        for (Shares sh : shares) {
            for (int i : sh.objects()) {
                count[i]++;
            }
        }
        int[][] held = new int[n][];
        double[] objectArea = new double[n];
        for (int i : todo) {
            held[i] = new int[count[i]];
            count[i] = 0;
            objectArea[i] = objects.get(i).getArea();
        }
        for (int s = 0; s < serials.length; s++) {
            Piece piece = bySerial[serials[s]];
            Shares sh = shares[s];
            for (int m = 0; m < sh.objects().length; m++) {
                int i = sh.objects()[m];
                double a = sh.areas()[m];
                if (areas[i] == null) {
                    areas[i] = new double[classes.size() + 1];
                }
                areas[i][piece.classIndex()] += a;
                covered[i] += a;
                if (a < sliverPlanar[i]) {
                    slivers[i]++;
                    sliverArea[i] += a;
                }
                int how = holdsWhole(a, pieceArea[piece.serial()])
                        ? WHOLE_PIECE
                        : holdsWhole(a, objectArea[i]) ? WHOLE_OBJECT : CUT;
                held[i][count[i]++] = piece.serial() << 2 | how;
            }
        }
        for (int i : todo) {
            double[] a = areas[i] == null ? new double[classes.size() + 1] : areas[i];
            // The remainder, clamped: a rounding difference of 1e-9 m² must not show as negative land.
            a[classes.size()] = Math.max(0, objectArea[i] - covered[i]);
            Split split = new Split(a, slivers[i], sliverArea[i]);
            splits.putIfAbsent(keys[i], split);
            heldPieces.putIfAbsent(new SplitKey(objects.get(i), PIECES), held[i]);
            out[i] = split.copy();
        }
        return out;
    }

    /** How a piece lies in an object that shares area with it, in {@link #heldPieces}: the low two bits. */
    private static final int CUT = 0;

    private static final int WHOLE_PIECE = 1;
    private static final int WHOLE_OBJECT = 2;

    /** The key of {@link #heldPieces}: not a sliver size, just apart from them. */
    private static final double PIECES = -1;

    /**
     * For each object split with {@link #split(List, double[], BitSet)}: the pieces it shares area
     * with ({@code serial << 2 | how}), so that its map parts need no overlay to find them again.
     */
    private final Map<SplitKey, int[]> heldPieces = new ConcurrentHashMap<>();

    /** The objects a piece shares area with, and how much (planar), in the order measured. */
    private record Shares(int[] objects, double[] areas) {
        static final Shares NONE = new Shares(new int[0], new double[0]);
    }

    /**
     * What {@link #split(List, double[], BitSet)} measures for one piece. Clean objects (see
     * {@link OverlapScreen}) have disjoint interiors, so their shares of a piece add up to at most
     * the piece: once the measured ones hold all of it, the other clean objects hold nothing and
     * are not measured. The likeliest holder goes first (the clean object whose interior holds a
     * point inside the piece), then the others by how much of the piece's envelope they cover.
     * The objects that may overlap are always measured.
     */
    private Shares shares(Piece piece, List<Geometry> objects, HPRtree byEnvelope, BitSet mayOverlap) {
        Geometry p = piece.geometry();
        Envelope env = p.getEnvelopeInternal();
        @SuppressWarnings("unchecked")
        List<Integer> hits = byEnvelope.query(env);
        if (hits.isEmpty()) {
            return Shares.NONE;
        }
        Integer[] order = hits.toArray(new Integer[0]);
        double[] reach = new double[order.length];
        Coordinate inside = null;
        int home = -1;
        for (int m = 0; m < order.length; m++) {
            Geometry g = objects.get(order[m]);
            Envelope e = g.getEnvelopeInternal();
            reach[m] = e.intersection(env).getArea();
            if (home < 0 && !mayOverlap.get(order[m]) && e.covers(env)) {
                if (inside == null) {
                    inside = InteriorPointArea.getInteriorPoint(p);
                }
                if (inside != null && SimplePointInAreaLocator.locate(inside, g) == Location.INTERIOR) {
                    home = order[m];
                }
            }
        }
        int first = home;
        Integer[] sorted = IntStream.range(0, order.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(m -> order[m] == first ? 0 : 1)
                        .thenComparing(m -> -reach[m]))
                .map(m -> order[m])
                .toArray(Integer[]::new);
        int[] to = new int[order.length];
        double[] area = new double[order.length];
        int count = 0;
        double held = 0;
        double whole = pieceArea[piece.serial()];
        for (int i : sorted) {
            boolean clean = !mayOverlap.get(i);
            if (clean && holdsWhole(held, whole)) {
                continue;
            }
            double a = Areas.intersection(objects.get(i), p);
            if (a > 0) {
                to[count] = i;
                area[count++] = a;
                if (clean) {
                    held += a;
                }
            }
        }
        return new Shares(Arrays.copyOf(to, count), Arrays.copyOf(area, count));
    }

    private Split compute(Geometry g, double sliverPlanar) {
        double[] areas = new double[classes.size() + 1];
        int slivers = 0;
        double sliverArea = 0;
        double covered = 0;
        Envelope env = g.getEnvelopeInternal();
        for (int k = 0; k < classes.size(); k++) {
            for (Object o : index.get(k).query(env)) {
                Piece piece = (Piece) o;
                double a = Areas.intersection(g, piece.geometry());
                if (a > 0) {
                    areas[k] += a;
                    covered += a;
                    if (a < sliverPlanar) {
                        slivers++;
                        sliverArea += a;
                    }
                }
            }
        }
        // The remainder, clamped: a rounding difference of 1e-9 m² must not show as negative land.
        areas[classes.size()] = Math.max(0, g.getArea() - covered);
        return new Split(areas, slivers, sliverArea);
    }

    /** The parts of {@code g} on class {@code k} (for the map; the figures come from {@link #split}). */
    public Geometry part(Geometry g, int k) {
        List<Geometry> parts = cuts(g, k);
        // Polygons only: pieces that merely touch g come out as lines, which the next overlay refuses.
        return parts.isEmpty()
                ? g.getFactory().createEmpty(2)
                : Areas.polygonal(OverlayNGRobust.union(
                        parts.stream().map(Areas::polygonal).toList()));
    }

    /**
     * The parts of {@code g} on class {@code k} as one MultiPolygon, collected, not unioned (for
     * drawing: the pieces do not overlap, and a union of each object's pieces cost a fifth of the
     * account).
     */
    public Geometry pieces(Geometry g, int k) {
        List<Geometry> parts = cuts(g, k);
        return parts.isEmpty() ? g.getFactory().createEmpty(2) : Areas.multiPolygon(parts);
    }

    /**
     * The polygons of {@code g} on class {@code k} (every class when {@code k} is -1), one per
     * piece: taken from what the split found where {@code g} was split with the others of its
     * plan (a piece it holds whole is that piece, no overlay), else measured here.
     */
    private List<Geometry> cuts(Geometry g, int k) {
        List<Geometry> parts = new ArrayList<>();
        int[] held = heldPieces.get(new SplitKey(g, PIECES));
        if (held != null) {
            for (int code : held) {
                Piece piece = bySerial[code >>> 2];
                if (k >= 0 && piece.classIndex() != k) {
                    continue;
                }
                Geometry part = switch (code & 3) {
                    case WHOLE_PIECE -> Areas.polygonal(piece.geometry());
                    case WHOLE_OBJECT -> Areas.polygonal(g);
                    default -> Areas.polygonal(OverlayNGRobust.overlay(g, piece.geometry(), OverlayNG.INTERSECTION));
                };
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts;
        }
        double area = g.getArea();
        for (int c = 0; c < index.size(); c++) {
            if (k >= 0 && c != k) {
                continue;
            }
            for (Object o : index.get(c).query(g.getEnvelopeInternal())) {
                Geometry piece = cut(g, area, (Piece) o);
                if (!piece.isEmpty()) {
                    parts.add(piece);
                }
            }
        }
        return parts;
    }

    /**
     * Relative difference of areas below which one polygon counts as wholly inside the other: far
     * below what a map shows, far above the rounding of an area sum.
     */
    private static final double WHOLE = 1e-12;

    /**
     * The polygons of {@code g} ∩ {@code piece}, with an overlay only where the piece is cut. The
     * area-only overlay says first how much they share: nothing (a third of the candidates at
     * county scale touch or miss), all of the piece (most of the rest: land cover drawn on the
     * plan's base map lies inside one object), or all of {@code g}; then the answer is one of the
     * two as it is. A piece of area equal to its share of {@code g} has no interior outside it.
     */
    private Geometry cut(Geometry g, double gArea, Piece piece) {
        double shared = Areas.intersection(g, piece.geometry());
        if (shared <= 0) {
            return g.getFactory().createEmpty(2);
        }
        if (holdsWhole(shared, pieceArea[piece.serial()])) {
            return Areas.polygonal(piece.geometry());
        }
        if (holdsWhole(shared, gArea)) {
            return Areas.polygonal(g);
        }
        return Areas.polygonal(OverlayNGRobust.overlay(g, piece.geometry(), OverlayNG.INTERSECTION));
    }

    /** Whether an overlap of {@code shared} is all of a polygon of area {@code area} (to {@link #WHOLE}). */
    private static boolean holdsWhole(double shared, double area) {
        return shared > 0 && shared >= area * (1 - WHOLE);
    }

    /** The part of {@code g} on no class. */
    public Geometry unclassifiedPart(Geometry g) {
        // Union the pieces cut to g, not the whole pieces: land-cover polygons reach far beyond an object.
        List<Geometry> parts = cuts(g, -1);
        return parts.isEmpty()
                ? g
                : Areas.polygonal(OverlayNGRobust.overlay(g, UnaryUnionOp.union(parts), OverlayNG.DIFFERENCE));
    }

    /** Areas of one geometry per class (the last entry: not classified) and its slivers, planar. */
    public record Split(double[] areas, int slivers, double sliverArea) {
        Split copy() {
            return new Split(areas.clone(), slivers, sliverArea);
        }

        public double total() {
            double s = 0;
            for (double a : areas) {
                s += a;
            }
            return s;
        }
    }
}
