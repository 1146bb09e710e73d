package no.planvakt.diff;

import java.util.function.Supplier;
import no.planvakt.plan.PlanFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * The diff result for one plan object. The existing part is built when it is first asked for:
 * only a rule that reports on what the adopted plan already allowed needs its geometry, and at
 * county scale most objects are never asked.
 */
public final class AreaChange {
    private final PlanFeature feature;
    private final ChangeKind kind;
    private final Geometry changedPart;
    private final double areaM2;
    private final double changedAreaM2;
    private Supplier<Geometry> existing;
    private Geometry existingPart;

    /**
     * @param feature       the draft object (the adopted object for {@link ChangeKind#REMOVED})
     * @param changedPart   the new part (NEW: all of it; EXPANDED: the expansion; REMOVED: the part
     *                      taken out; UNCHANGED: empty)
     * @param existingPart  the part already in the adopted plan with the same purpose
     * @param areaM2        area of the whole object, measured in the report CRS
     * @param changedAreaM2 area of {@code changedPart}, measured in the report CRS
     */
    public AreaChange(
            PlanFeature feature,
            ChangeKind kind,
            Geometry changedPart,
            Geometry existingPart,
            double areaM2,
            double changedAreaM2) {
        this(feature, kind, changedPart, (Supplier<Geometry>) null, areaM2, changedAreaM2);
        this.existingPart = existingPart;
    }

    /** As above, with the existing part built by {@code existing} when first asked for. */
    AreaChange(
            PlanFeature feature,
            ChangeKind kind,
            Geometry changedPart,
            Supplier<Geometry> existing,
            double areaM2,
            double changedAreaM2) {
        this.feature = feature;
        this.kind = kind;
        this.changedPart = changedPart;
        this.existing = existing;
        this.areaM2 = areaM2;
        this.changedAreaM2 = changedAreaM2;
    }

    public PlanFeature feature() {
        return feature;
    }

    public ChangeKind kind() {
        return kind;
    }

    public Geometry changedPart() {
        return changedPart;
    }

    /** The part already in the adopted plan with the same purpose. */
    public synchronized Geometry existingPart() {
        if (existingPart == null) {
            existingPart = existing.get();
            existing = null;
        }
        return existingPart;
    }

    public double areaM2() {
        return areaM2;
    }

    public double changedAreaM2() {
        return changedAreaM2;
    }

    @Override
    public String toString() {
        return "AreaChange[" + feature.id() + " " + kind + ", " + areaM2 + " m², changed " + changedAreaM2 + " m²]";
    }
}
