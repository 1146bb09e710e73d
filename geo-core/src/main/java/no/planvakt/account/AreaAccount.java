package no.planvakt.account;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.overlay.OverlapScreen;
import no.planvakt.plan.LandUseStatus;
import no.planvakt.plan.PlanFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The area account of one plan version: every selected land-use object split by land-cover class,
 * and the sums a planner reads (per group and status, the reserve per class, per municipality).
 * Areas are m² of the report CRS (the plan's own), each object scaled once at its centroid so
 * that its classes add up to exactly its area.
 *
 * @param overlapM2 area where selected land-use objects overlap each other (counted in both; a
 *                  plan should have none, so the account reports it)
 * @param gapM2     area inside the plan boundary (KpOmråde) that no selected object covers; null
 *                  without a boundary
 */
public record AreaAccount(
        AccountSpec spec, List<ObjectAccount> objects, double overlapM2, Double gapM2, double landCoverOverlapM2) {

    public AreaAccount {
        objects = List.copyOf(objects);
    }

    /**
     * Builds the account.
     *
     * @param municipality the municipality number of an object (from its attributes, a boundary layer or the plan)
     * @param boundaries   the plan's KpOmråde objects (may be empty)
     * @param overlaps     measures the objects' overlaps with one another; the account of the other
     *                     plan version shares it, so pairs both versions have are measured once
     */
    public static AreaAccount of(
            AccountSpec spec,
            LandCover cover,
            List<LandCover> themes,
            List<PlanFeature> features,
            List<PlanFeature> boundaries,
            Function<PlanFeature, String> municipality,
            AreaMeasure measure,
            double sliverM2,
            PlanOverlaps overlaps) {
        // Which objects can overlap another at all: the rest need no overlap measured, and the land
        // cover inside them is measured by the one object it lies in.
        List<Geometry> geometries = PlanOverlaps.geometries(features);
        BitSet mayOverlap = OverlapScreen.mayOverlap(geometries);
        // Each object's classes are scaled once at its centroid, and its slivers are judged in m².
        double[] scale = geometries.parallelStream()
                .mapToDouble(g -> g.isEmpty() ? 1 : measure.scaleAt(g.getCentroid()))
                .toArray();
        double[] sliverPlanar = new double[scale.length];
        for (int i = 0; i < scale.length; i++) {
            sliverPlanar[i] = sliverM2 / scale[i];
        }
        LandCover.Split[] splits = cover.split(geometries, sliverPlanar, mayOverlap);
        // Objects are accounted side by side (both cores); the list keeps the id order, and sums are
        // taken afterwards in that order, so the figures do not depend on the threads.
        List<ObjectAccount> out = IntStream.range(0, features.size())
                .boxed()
                .sorted(Comparator.comparing(i -> features.get(i).id()))
                .toList()
                .parallelStream()
                .map(i -> object(
                        spec,
                        cover,
                        themes,
                        features.get(i),
                        splits[i],
                        scale[i],
                        municipality.apply(features.get(i)),
                        measure))
                .toList();
        double overlap = overlaps.of(features, mayOverlap, measure);
        Double gap = null;
        if (!boundaries.isEmpty()) {
            Geometry bounds = UnaryUnionOp.union(
                    boundaries.stream().map(PlanFeature::geometry).toList());
            double inside = 0;
            for (PlanFeature f : features) {
                inside += Areas.intersection(bounds, f.geometry())
                        * measure.scaleAt(f.geometry().getCentroid());
            }
            gap = Math.max(0, measure.area(bounds) - (inside - overlap));
        }
        return new AreaAccount(spec, out, overlap, gap, cover.overlapResolvedM2());
    }

    private static ObjectAccount object(
            AccountSpec spec,
            LandCover cover,
            List<LandCover> themes,
            PlanFeature f,
            LandCover.Split split,
            double scale,
            String municipality,
            AreaMeasure measure) {
        Geometry g = f.geometry();
        double[] classes = split.areas();
        for (int k = 0; k < classes.length; k++) {
            classes[k] *= scale;
        }
        AccountSpec.Group group = spec.groupOf(f.code()).orElse(null);
        String groupId = group == null ? AccountSpec.UNGROUPED : group.id();
        double[] themeAreas = new double[themes.size()];
        double reserve = 0;
        Geometry unbuilt = null;
        if (mayHoldReserve(spec, f)) {
            List<Geometry> built = new ArrayList<>();
            for (int k = 0; k < cover.classes().size(); k++) {
                if (cover.classes().get(k).built()) {
                    if (classes[k] > 0) {
                        built.add(Areas.polygonal(cover.part(g, k)));
                    }
                } else {
                    reserve += classes[k];
                }
            }
            reserve += classes[cover.classes().size()];
            unbuilt = built.isEmpty()
                    ? g
                    : Areas.polygonal(OverlayNGRobust.overlay(g, OverlayNGRobust.union(built), OverlayNG.DIFFERENCE));
            for (int t = 0; t < themes.size(); t++) {
                themeAreas[t] = themes.get(t).split(unbuilt, 0).areas()[0] * scale;
            }
        }
        return new ObjectAccount(
                f.id(),
                f.displayName(),
                f.code(),
                groupId,
                f.status(),
                municipality,
                measure.area(g),
                classes,
                reserve,
                themeAreas,
                g,
                unbuilt,
                split.slivers(),
                split.sliverArea() * scale);
    }

    /** Whether the object counts towards the reserve: framtidig, in a development group. */
    public static boolean mayHoldReserve(AccountSpec spec, PlanFeature f) {
        return f.status() == LandUseStatus.FRAMTIDIG
                && spec.groupOf(f.code()).map(AccountSpec.Group::development).orElse(false);
    }

    /** Number of land-cover classes plus one (not classified). */
    public int width() {
        return spec.classes().size() + 1;
    }

    /** Sum of all objects' areas (the plan area when no objects overlap). */
    public double totalM2() {
        return objects.stream().mapToDouble(ObjectAccount::areaM2).sum();
    }

    public ClassAreas total() {
        ClassAreas sum = new ClassAreas(spec.classes().size());
        objects.forEach(o -> sum.add(o.classM2()));
        return sum;
    }

    /** Class areas per group and status, groups in pack order, "uten gruppe" last. */
    public Map<GroupStatus, ClassAreas> byGroupAndStatus() {
        Map<GroupStatus, ClassAreas> out =
                new TreeMap<>(Comparator.comparingInt((GroupStatus k) -> groupOrder(k.group()))
                        .thenComparing(k -> k.status() == null ? 9 : k.status().code()));
        for (ObjectAccount o : objects) {
            out.computeIfAbsent(
                            new GroupStatus(o.group(), o.status()),
                            k -> new ClassAreas(spec.classes().size()))
                    .add(o.classM2());
        }
        return out;
    }

    /** The reserve per development group and class (built classes are 0 by definition). */
    public Map<String, ClassAreas> reserveByGroup() {
        Map<String, ClassAreas> out = new TreeMap<>(Comparator.comparingInt(this::groupOrder));
        for (ObjectAccount o : objects) {
            if (o.holdsReserve()) {
                out.computeIfAbsent(
                                o.group(), k -> new ClassAreas(spec.classes().size()))
                        .add(reserveClasses(o));
            }
        }
        return out;
    }

    /** The reserve per class. */
    public ClassAreas reserve() {
        ClassAreas sum = new ClassAreas(spec.classes().size());
        objects.stream().filter(ObjectAccount::holdsReserve).forEach(o -> sum.add(reserveClasses(o)));
        return sum;
    }

    /** Reserve per theme (of which inside …), in theme order. */
    public double[] reserveThemes() {
        double[] out = new double[spec.themes().size()];
        for (ObjectAccount o : objects) {
            for (int t = 0; t < out.length; t++) {
                out[t] += o.themeM2(t);
            }
        }
        return out;
    }

    /** Reserve per municipality and class, municipalities by number. */
    public Map<String, ClassAreas> reserveByMunicipality() {
        Map<String, ClassAreas> out = new TreeMap<>();
        for (ObjectAccount o : objects) {
            ClassAreas c = out.computeIfAbsent(
                    o.municipality(), k -> new ClassAreas(spec.classes().size()));
            if (o.holdsReserve()) {
                c.add(reserveClasses(o));
            }
        }
        return out;
    }

    /** An object's reserve by class: its class areas with the built classes left out. */
    public double[] reserveClasses(ObjectAccount o) {
        double[] r = o.classM2();
        if (!o.holdsReserve()) {
            return new double[r.length];
        }
        for (int k = 0; k < spec.classes().size(); k++) {
            if (spec.classes().get(k).built()) {
                r[k] = 0;
            }
        }
        return r;
    }

    public int slivers() {
        return objects.stream().mapToInt(ObjectAccount::slivers).sum();
    }

    public double sliverM2() {
        return objects.stream().mapToDouble(ObjectAccount::sliverM2).sum();
    }

    /** Group titles by id in pack order, with "uten gruppe" last. */
    public Map<String, String> groupTitles() {
        Map<String, String> out = new LinkedHashMap<>();
        spec.groups().forEach(g -> out.put(g.id(), g.title()));
        out.put(AccountSpec.UNGROUPED, "Uten gruppe i regelpakken");
        return out;
    }

    private int groupOrder(String group) {
        for (int i = 0; i < spec.groups().size(); i++) {
            if (spec.groups().get(i).id().equals(group)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A group and a land-use status (null for objects without one). */
    public record GroupStatus(String group, LandUseStatus status) {}
}
