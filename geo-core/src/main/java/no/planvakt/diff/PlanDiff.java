package no.planvakt.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.overlay.OverlayArea;
import no.planvakt.overlay.OverlayGeometry;
import no.planvakt.plan.PlanFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Compares a draft with the adopted plan, object by object. "Same purpose" is decided by the
 * caller: either the same arealformål code ({@link #byPurpose}) or membership of the same rule
 * selection ({@link #compare}), so that e.g. a 1120 area that replaces a 5220 area is not new for a
 * rule about holiday homes. Parts smaller than the sliver tolerance are ignored: plans digitised
 * on slightly different base maps differ along every shared edge.
 */
public final class PlanDiff {
    private static final GeometryFactory GF = new GeometryFactory();

    private final double sliverM2;
    private final AreaMeasure measure;

    public PlanDiff(double sliverM2, AreaMeasure measure) {
        this.sliverM2 = sliverM2;
        this.measure = measure;
    }

    /** Draft objects as NEW / EXPANDED / UNCHANGED, then adopted objects (or parts) REMOVED. */
    public List<AreaChange> compare(List<PlanFeature> draft, List<PlanFeature> adopted) {
        List<AreaChange> out = draftChanges(draft, adopted);
        out.addAll(removed(draft, adopted));
        return out;
    }

    /**
     * Draft objects as NEW / EXPANDED / UNCHANGED alone, as {@link #compare} has them: what a rule
     * examines (no rule looks at what the draft removes, so that pass is not made).
     */
    public List<AreaChange> draftChanges(List<PlanFeature> draft, List<PlanFeature> adopted) {
        List<AreaChange> out = new ArrayList<>();
        STRtree adoptedIndex = index(adopted);
        SameGeometry adoptedGeometries = new SameGeometry(adopted);
        for (PlanFeature d : draft) {
            out.add(classify(d, adoptedIndex, adoptedGeometries));
        }
        return out;
    }

    /** Adopted objects (or parts) the draft leaves out. */
    private List<AreaChange> removed(List<PlanFeature> draft, List<PlanFeature> adopted) {
        List<AreaChange> out = new ArrayList<>();
        STRtree draftIndex = index(draft);
        SameGeometry draftGeometries = new SameGeometry(draft);
        for (PlanFeature a : adopted) {
            // Carried over unchanged: nothing removed, and no index query or overlay to say so.
            if (draftGeometries.contains(a.geometry())) {
                continue;
            }
            Geometry covered = union(
                    sharing(a.geometry(), overlapping(a.geometry(), draftIndex)).hits());
            // The removed area first, without building the geometry: most objects lose nothing.
            double planar = covered == null
                    ? a.geometry().getArea()
                    : a.geometry().getArea() - OverlayArea.intersectionArea(a.geometry(), covered);
            if (measure.area(Math.max(0, planar), a.geometry()) <= sliverM2) {
                continue;
            }
            Geometry removed = covered == null ? a.geometry() : OverlayGeometry.difference(a.geometry(), covered);
            double removedArea = measure.area(removed);
            if (removedArea > sliverM2) {
                out.add(new AreaChange(
                        a,
                        ChangeKind.REMOVED,
                        removed,
                        covered == null ? GF.createEmpty(2) : covered,
                        measure.area(a.geometry()),
                        removedArea));
            }
        }
        return out;
    }

    /** Diff per arealformål code: every land-use object against adopted objects with the same code. */
    public List<AreaChange> byPurpose(List<PlanFeature> draft, List<PlanFeature> adopted) {
        Function<List<PlanFeature>, Map<Integer, List<PlanFeature>>> group = list -> {
            Map<Integer, List<PlanFeature>> m = new TreeMap<>();
            list.stream()
                    .filter(PlanFeature::isLandUse)
                    .forEach(f ->
                            m.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
            return m;
        };
        Map<Integer, List<PlanFeature>> d = group.apply(draft);
        Map<Integer, List<PlanFeature>> a = group.apply(adopted);
        List<AreaChange> out = new ArrayList<>();
        for (Integer code :
                new java.util.TreeSet<>(java.util.stream.Stream.concat(d.keySet().stream(), a.keySet().stream())
                        .toList())) {
            out.addAll(compare(d.getOrDefault(code, List.of()), a.getOrDefault(code, List.of())));
        }
        return out;
    }

    private AreaChange classify(PlanFeature d, STRtree adoptedIndex, SameGeometry adoptedGeometries) {
        Geometry g = d.geometry();
        double area = measure.area(g);
        // An object carried over unchanged from the adopted plan (the common case) has the very
        // same geometry: nothing is new, and a hash lookup, not an overlay, says so.
        if (adoptedGeometries.contains(g)) {
            return new AreaChange(d, ChangeKind.UNCHANGED, GF.createEmpty(2), g, area, 0);
        }
        Sharing shared = sharing(g, overlapping(g, adoptedIndex));
        if (shared.hits().isEmpty() || clearlyNew(g, shared)) {
            return new AreaChange(d, ChangeKind.NEW, g, GF.createEmpty(2), area, area);
        }
        Geometry adoptedUnion = union(shared.hits());
        // Areas first, by the area-only overlay; geometry only for what the result keeps.
        double existingArea = measure.area(OverlayArea.intersectionArea(g, adoptedUnion), g);
        if (existingArea <= sliverM2) {
            return new AreaChange(d, ChangeKind.NEW, g, GF.createEmpty(2), area, area);
        }
        // The existing part is drawn only if a rule asks for it (INFO on what the adopted plan allowed).
        Supplier<Geometry> existing = () -> OverlayGeometry.intersection(g, adoptedUnion);
        if (area - existingArea <= sliverM2) {
            return new AreaChange(d, ChangeKind.UNCHANGED, GF.createEmpty(2), existing, area, 0);
        }
        Geometry added = OverlayGeometry.difference(g, adoptedUnion);
        double addedArea = measure.area(added);
        if (addedArea <= sliverM2) {
            return new AreaChange(d, ChangeKind.UNCHANGED, GF.createEmpty(2), existing, area, 0);
        }
        return new AreaChange(d, ChangeKind.EXPANDED, added, existing, area, addedArea);
    }

    /**
     * Whether {@code g} overlaps the adopted objects by clearly less than the sliver tolerance, told
     * from the sum of its overlaps with each of them (never less than the overlap with their union),
     * so that the union need not be built: a new object's neighbours usually only touch it. "Clearly"
     * leaves a margin far above rounding, so the answer is the one the union would give.
     */
    private boolean clearlyNew(Geometry g, Sharing shared) {
        return !Double.isNaN(shared.sum()) && measure.area(shared.sum(), g) <= sliverM2 * (1 - 1e-6);
    }

    private static STRtree index(List<PlanFeature> features) {
        STRtree tree = new STRtree();
        for (PlanFeature f : features) {
            tree.insert(f.geometry().getEnvelopeInternal(), f);
        }
        return tree;
    }

    /** The indexed objects' geometries that intersect {@code g}. */
    private static List<Geometry> overlapping(Geometry g, STRtree index) {
        PreparedGeometry pg = PreparedGeometryFactory.prepare(g);
        List<Geometry> hits = new ArrayList<>();
        for (Object o : index.query(g.getEnvelopeInternal())) {
            Geometry other = ((PlanFeature) o).geometry();
            if (pg.intersects(other)) {
                hits.add(other);
            }
        }
        return hits;
    }

    /**
     * The hits that share area with {@code g}, by the area-only overlay: neighbours that only touch
     * it (most of them, in a plan) change neither the overlap with the hits' union nor the
     * difference from it, and leaving them out spares the union and the overlays their edges.
     *
     * @param sum the planar areas shared, added up; NaN when a single hit was not measured
     */
    private record Sharing(List<Geometry> hits, double sum) {}

    private static Sharing sharing(Geometry g, List<Geometry> hits) {
        if (hits.size() <= 1) {
            return new Sharing(hits, Double.NaN);
        }
        List<Geometry> out = new ArrayList<>();
        double sum = 0;
        for (Geometry h : hits) {
            double a = OverlayArea.intersectionArea(g, h);
            if (a > 0) {
                out.add(h);
                sum += a;
            }
        }
        return new Sharing(out, sum);
    }

    /** The union of {@code hits}, or null when there are none. */
    private static Geometry union(List<Geometry> hits) {
        if (hits.isEmpty()) {
            return null;
        }
        return hits.size() == 1 ? hits.get(0) : OverlayNGRobust.union(hits);
    }
}
