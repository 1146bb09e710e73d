package no.planvakt.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.overlay.OverlayGeometry;
import no.planvakt.plan.PlanFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

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
        List<AreaChange> out = new ArrayList<>();
        STRtree adoptedIndex = index(adopted);
        for (PlanFeature d : draft) {
            out.add(classify(d, adoptedIndex));
        }
        STRtree draftIndex = index(draft);
        for (PlanFeature a : adopted) {
            Geometry covered = unionOfOverlapping(a.geometry(), draftIndex);
            Geometry removed = covered == null ? a.geometry() : OverlayGeometry.difference(a.geometry(), covered);
            double removedArea = measure.area(removed);
            if (removedArea > sliverM2) {
                out.add(new AreaChange(a, ChangeKind.REMOVED, removed, covered == null ? GF.createEmpty(2) : covered,
                        measure.area(a.geometry()), removedArea));
            }
        }
        return out;
    }

    /** Diff per arealformål code: every land-use object against adopted objects with the same code. */
    public List<AreaChange> byPurpose(List<PlanFeature> draft, List<PlanFeature> adopted) {
        Function<List<PlanFeature>, Map<Integer, List<PlanFeature>>> group = list -> {
            Map<Integer, List<PlanFeature>> m = new TreeMap<>();
            list.stream().filter(PlanFeature::isLandUse).forEach(f -> m.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
            return m;
        };
        Map<Integer, List<PlanFeature>> d = group.apply(draft);
        Map<Integer, List<PlanFeature>> a = group.apply(adopted);
        List<AreaChange> out = new ArrayList<>();
        for (Integer code : new java.util.TreeSet<>(java.util.stream.Stream.concat(d.keySet().stream(), a.keySet().stream()).toList())) {
            out.addAll(compare(d.getOrDefault(code, List.of()), a.getOrDefault(code, List.of())));
        }
        return out;
    }

    private AreaChange classify(PlanFeature d, STRtree adoptedIndex) {
        Geometry g = d.geometry();
        double area = measure.area(g);
        Geometry adoptedUnion = unionOfOverlapping(g, adoptedIndex);
        if (adoptedUnion == null) {
            return new AreaChange(d, ChangeKind.NEW, g, GF.createEmpty(2), area, area);
        }
        Geometry existing = OverlayGeometry.intersection(g, adoptedUnion);
        Geometry added = OverlayGeometry.difference(g, adoptedUnion);
        double existingArea = measure.area(existing);
        double addedArea = measure.area(added);
        if (existingArea <= sliverM2) {
            return new AreaChange(d, ChangeKind.NEW, g, GF.createEmpty(2), area, area);
        }
        if (addedArea <= sliverM2) {
            return new AreaChange(d, ChangeKind.UNCHANGED, GF.createEmpty(2), existing, area, 0);
        }
        return new AreaChange(d, ChangeKind.EXPANDED, added, existing, area, addedArea);
    }

    private static STRtree index(List<PlanFeature> features) {
        STRtree tree = new STRtree();
        for (PlanFeature f : features) {
            tree.insert(f.geometry().getEnvelopeInternal(), f);
        }
        return tree;
    }

    /** Union of the indexed objects that overlap {@code g}, or null when none does. */
    private static Geometry unionOfOverlapping(Geometry g, STRtree index) {
        PreparedGeometry pg = PreparedGeometryFactory.prepare(g);
        List<Geometry> hits = new ArrayList<>();
        for (Object o : index.query(g.getEnvelopeInternal())) {
            Geometry other = ((PlanFeature) o).geometry();
            if (pg.intersects(other)) {
                hits.add(other);
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        return hits.size() == 1 ? hits.get(0) : UnaryUnionOp.union(hits);
    }
}
