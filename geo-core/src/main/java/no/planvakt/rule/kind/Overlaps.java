package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.overlay.OverlayArea;
import no.planvakt.overlay.OverlayGeometry;
import no.planvakt.reference.ReferenceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Overlay helpers the rule kinds share: an index of reference geometries and the overlaps with a part. */
final class Overlaps {
    private Overlaps() {}

    /** A reference feature with the geometry a rule compares against (possibly buffered). */
    record Target(ReferenceFeature feature, Geometry geometry) {}

    /**
     * An overlap measured without building it; {@link #geometry()} builds the conflict geometry
     * when a finding is reported.
     */
    record Overlap(ReferenceFeature reference, Geometry part, Geometry target, double areaM2) {
        Geometry geometry() {
            return OverlayGeometry.intersection(part, target);
        }
    }

    static STRtree index(List<ReferenceFeature> refs, Function<ReferenceFeature, Geometry> geometry) {
        STRtree index = new STRtree();
        for (ReferenceFeature r : refs) {
            Geometry g = geometry.apply(r);
            index.insert(g.getEnvelopeInternal(), new Target(r, g));
        }
        return index;
    }

    /** Targets whose geometry intersects {@code part}, by id. */
    static List<Target> intersecting(Geometry part, STRtree index) {
        List<Target> out = new ArrayList<>();
        if (part == null || part.isEmpty()) {
            return out;
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(part);
        for (Object o : index.query(part.getEnvelopeInternal())) {
            Target t = (Target) o;
            if (prepared.intersects(t.geometry())) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparing(t -> t.feature().id()));
        return out;
    }

    /** Overlaps with positive area, by reference id. */
    static List<Overlap> of(Geometry part, STRtree index, AreaMeasure measure) {
        List<Overlap> out = new ArrayList<>();
        for (Target t : intersecting(part, index)) {
            double area = measure.area(OverlayArea.intersectionArea(part, t.geometry()), part);
            if (area > 0) {
                out.add(new Overlap(t.feature(), part, t.geometry(), area));
            }
        }
        return out;
    }

    /** The union of {@code parts}, or {@code empty} when there are none. */
    static Geometry union(List<Geometry> parts, Geometry empty) {
        if (parts.isEmpty()) {
            return empty;
        }
        return parts.size() == 1 ? parts.get(0) : UnaryUnionOp.union(parts);
    }

    static Geometry difference(Geometry a, Geometry b) {
        return b == null || b.isEmpty() ? a : OverlayGeometry.difference(a, b);
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return OverlayGeometry.intersection(a, b);
    }
}
