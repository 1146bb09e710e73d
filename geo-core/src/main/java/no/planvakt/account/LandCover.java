package no.planvakt.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.geom.ExactHash;
import no.planvakt.overlay.OverlapScreen;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.rule.FeatureFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
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
        for (List<Piece> ps : pieces) {
            STRtree t = new STRtree();
            for (Piece p : ps) {
                Piece n = new Piece(p.classIndex(), p.id(), p.geometry(), numbered.size());
                numbered.add(n);
                t.insert(n.geometry().getEnvelopeInternal(), n);
            }
            t.build();
            index.add(t);
        }
        this.pieceArea =
                numbered.stream().mapToDouble(p -> p.geometry().getArea()).toArray();
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
        Geometry clip = new org.locationtech.jts.geom.GeometryFactory().toGeometry(extent);
        // The features in priority order (class order, then id), cut to the extent.
        List<Piece> candidates = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            AccountSpec.LandCoverClass c = classes.get(k);
            FeatureFilter filter = FeatureFilter.compile(where + ".classes[" + k + "].filter", c.filter());
            ReferenceLayer layer = layers.get(c.layer());
            for (ReferenceFeature f : layer.features().stream()
                    .filter(filter::accepts)
                    .sorted(Comparator.comparing(ReferenceFeature::id))
                    .toList()) {
                Geometry g = f.geometry();
                if (g.getDimension() >= 2 && !g.isEmpty() && extent.intersects(g.getEnvelopeInternal())) {
                    candidates.add(new Piece(k, f.id(), g));
                }
            }
        }
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
        return split(g, sliverPlanar, null);
    }

    /**
     * As {@link #split(Geometry, double)}, for one of the objects {@code homes} was found for: the
     * pieces lying wholly inside another object are not measured against this one.
     */
    public Split split(Geometry g, double sliverPlanar, Homes homes) {
        // An adopted plan and its draft share most objects unchanged: each geometry is split once.
        Split s = splits.computeIfAbsent(new SplitKey(g, sliverPlanar), k -> compute(g, sliverPlanar, homes));
        return new Split(s.areas().clone(), s.slivers(), s.sliverArea());
    }

    /**
     * Room to note, for a set of plan objects, the one each land-cover piece lies wholly inside,
     * where that object overlaps no other object of the set ({@link OverlapScreen}). Such a piece
     * shares no area with any other object of the set, so once its home is known the others skip
     * it. The homes are found as the objects are split (a piece whose whole area an object holds),
     * at no extra cost: land cover drawn on the plan's base map lies inside one object nearly
     * everywhere, and an object's envelope meets about five times as many pieces as lie inside it.
     *
     * @param objects    the plan objects
     * @param mayOverlap the objects {@link OverlapScreen#mayOverlap} returned for them
     */
    public Homes homes(List<Geometry> objects, BitSet mayOverlap) {
        IdentityHashMap<Geometry, Integer> byObject = new IdentityHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            byObject.put(objects.get(i), i);
        }
        int[] home = new int[pieceArea.length];
        Arrays.fill(home, -1);
        return new Homes(byObject, mayOverlap, home);
    }

    /**
     * Which object each piece lies inside, as far as found (see {@link #homes}). Objects are split
     * on both cores: a home written by one thread may be read late by another, which then measures
     * the pair as without homes; any value read is either unknown or right.
     */
    public static final class Homes {
        private final IdentityHashMap<Geometry, Integer> byObject;
        private final BitSet mayOverlap;
        private final int[] home;

        private Homes(IdentityHashMap<Geometry, Integer> byObject, BitSet mayOverlap, int[] home) {
            this.byObject = byObject;
            this.mayOverlap = mayOverlap;
            this.home = home;
        }

        /** How many pieces are known to lie wholly inside one object that overlaps no other. */
        int housed() {
            return (int) Arrays.stream(home).filter(h -> h >= 0).count();
        }

        /** The index of {@code g} among the objects when it overlaps none of the others, else -1. */
        int cleanIndex(Geometry g) {
            Integer i = byObject.get(g);
            return i == null || mayOverlap.get(i) ? -1 : i;
        }
    }

    private Split compute(Geometry g, double sliverPlanar, Homes homes) {
        int self = homes == null ? -1 : homes.cleanIndex(g);
        double[] areas = new double[classes.size() + 1];
        int slivers = 0;
        double sliverArea = 0;
        double covered = 0;
        Envelope env = g.getEnvelopeInternal();
        for (int k = 0; k < classes.size(); k++) {
            for (Object o : index.get(k).query(env)) {
                Piece piece = (Piece) o;
                if (self >= 0 && homes.home[piece.serial()] >= 0) {
                    // Wholly inside another object that, like g, overlaps no other: nothing here
                    // (each geometry is split once, so the home found is never g itself).
                    continue;
                }
                double a = Areas.intersection(g, piece.geometry());
                if (self >= 0 && holdsWhole(a, pieceArea[piece.serial()])) {
                    homes.home[piece.serial()] = self;
                }
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
        List<Geometry> parts = new ArrayList<>();
        double area = g.getArea();
        for (Object o : index.get(k).query(g.getEnvelopeInternal())) {
            Geometry piece = cut(g, area, (Piece) o);
            if (!piece.isEmpty()) {
                parts.add(piece);
            }
        }
        // Polygons only: pieces that merely touch g come out as lines, which the next overlay refuses.
        return parts.isEmpty()
                ? g.getFactory().createEmpty(2)
                : Areas.polygonal(OverlayNGRobust.union(
                        parts.stream().map(Areas::polygonal).toList()));
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
        List<Geometry> parts = new ArrayList<>();
        double area = g.getArea();
        for (STRtree t : index) {
            for (Object o : t.query(g.getEnvelopeInternal())) {
                Geometry cut = cut(g, area, (Piece) o);
                if (!cut.isEmpty()) {
                    parts.add(cut);
                }
            }
        }
        return parts.isEmpty()
                ? g
                : Areas.polygonal(OverlayNGRobust.overlay(g, UnaryUnionOp.union(parts), OverlayNG.DIFFERENCE));
    }

    /** Areas of one geometry per class (the last entry: not classified) and its slivers, planar. */
    public record Split(double[] areas, int slivers, double sliverArea) {
        public double total() {
            double s = 0;
            for (double a : areas) {
                s += a;
            }
            return s;
        }
    }
}
