package no.planvakt.account;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.geom.ExactHash;
import no.planvakt.overlay.OverlapScreen;
import no.planvakt.plan.PlanFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The area a plan's objects overlap one another (counted twice in an account), pair by pair. Only
 * pairs with a member that {@link OverlapScreen} cannot clear are measured (in a plan drawn as a
 * coverage, every neighbour touches and none overlaps). A draft and the adopted plan share most
 * objects with the very same coordinates: the second plan measured takes the pairs it shares with
 * the first from the first, where the first measured them the same way round, so the figures are
 * the ones measuring them again would give.
 */
public final class PlanOverlaps {
    /** The plan measured last: its geometries (those that occur once) by index, and per object its overlaps. */
    private Map<Key, Integer> lastIndex = Map.of();

    private int[][] lastPartners;
    private double[][] lastAreas;

    /** Area (m², report CRS) counted twice because objects of {@code features} overlap. */
    public double of(List<PlanFeature> features, AreaMeasure measure) {
        return of(features, OverlapScreen.mayOverlap(geometries(features)), measure);
    }

    /** As {@link #of(List, AreaMeasure)}, with {@link OverlapScreen#mayOverlap} of the features already known. */
    public synchronized double of(List<PlanFeature> features, BitSet mayOverlap, AreaMeasure measure) {
        int n = features.size();
        Key[] keys = new Key[n];
        STRtree index = new STRtree();
        for (int i = 0; i < n; i++) {
            keys[i] = new Key(features.get(i).geometry());
            index.insert(features.get(i).geometry().getEnvelopeInternal(), i);
        }
        index.build();
        int[] earlier = new int[n];
        for (int i = 0; i < n; i++) {
            earlier[i] = lastIndex.getOrDefault(keys[i], -1);
        }
        double[] each = new double[n];
        int[][] partners = new int[n][];
        double[][] areas = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            Geometry g = features.get(i).geometry();
            double scale = Double.NaN; // at g's centroid, taken once and only for an object that overlaps one
            int[] p = new int[2];
            double[] a = new double[2];
            int found = 0;
            for (Object o : index.query(g.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j <= i || !(mayOverlap.get(i) || mayOverlap.get(j))) {
                    continue;
                }
                double area = earlier[i] >= 0 && earlier[j] > earlier[i]
                        ? remembered(earlier[i], earlier[j])
                        : Areas.intersection(g, features.get(j).geometry());
                if (area != 0) {
                    if (Double.isNaN(scale)) {
                        scale = measure.scaleAt(g.getCentroid());
                    }
                    each[i] += area * scale;
                    if (found == p.length) {
                        p = Arrays.copyOf(p, 2 * found);
                        a = Arrays.copyOf(a, 2 * found);
                    }
                    p[found] = j;
                    a[found++] = area;
                }
            }
            partners[i] = Arrays.copyOf(p, found);
            areas[i] = Arrays.copyOf(a, found);
        });
        remember(keys, partners, areas);
        double sum = 0;
        for (double v : each) {
            sum += v;
        }
        return sum;
    }

    /** The features' geometries, in their order (what {@link OverlapScreen#mayOverlap} takes). */
    public static List<Geometry> geometries(List<PlanFeature> features) {
        return features.stream().map(PlanFeature::geometry).toList();
    }

    /**
     * The planar overlap the last plan measured between its objects {@code i} and {@code j > i}
     * (measured as {@code i} ∩ {@code j}, and 0 when it is not listed: their envelopes meet, as
     * the ones of two objects with the same coordinates here do, so the pair was measured).
     */
    private double remembered(int i, int j) {
        int[] p = lastPartners[i];
        for (int k = 0; k < p.length; k++) {
            if (p[k] == j) {
                return lastAreas[i][k];
            }
        }
        return 0;
    }

    private void remember(Key[] keys, int[][] partners, double[][] areas) {
        Map<Key, Integer> byKey = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            // A geometry that occurs twice stands for neither: which index would be ambiguous.
            byKey.merge(keys[i], i, (x, y) -> -1);
        }
        byKey.values().removeIf(v -> v < 0);
        lastIndex = byKey;
        lastPartners = partners;
        lastAreas = areas;
    }

    /** A geometry compared by its exact coordinates, hashed once. */
    private static final class Key {
        private final Geometry g;
        private final int hash;

        Key(Geometry g) {
            this.g = g;
            this.hash = ExactHash.of(g);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && (k.g == g || k.g.equalsExact(g));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
