package no.planvakt.diff;

import no.planvakt.plan.PlanFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * The diff result for one plan object.
 *
 * @param feature       the draft object (the adopted object for {@link ChangeKind#REMOVED})
 * @param changedPart   the new part (NEW: all of it; EXPANDED: the expansion; REMOVED: the part
 *                      taken out; UNCHANGED: empty)
 * @param existingPart  the part already in the adopted plan with the same purpose
 * @param areaM2        area of the whole object, measured in the report CRS
 * @param changedAreaM2 area of {@code changedPart}, measured in the report CRS
 */
public record AreaChange(
        PlanFeature feature,
        ChangeKind kind,
        Geometry changedPart,
        Geometry existingPart,
        double areaM2,
        double changedAreaM2) {}
