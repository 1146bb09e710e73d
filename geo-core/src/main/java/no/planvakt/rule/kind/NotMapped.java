package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.diff.AreaChange;
import no.planvakt.plan.PlanFeature;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import org.locationtech.jts.geom.Geometry;

/**
 * "Ikke kartlagt her": the part of an examined object outside the reference layer's coverage. No
 * conflict found there means nothing, so it is reported instead of being counted as clear.
 */
final class NotMapped {
    private NotMapped() {}

    /** A NOT_MAPPED finding for the part of {@code part} outside the layer's coverage, or null. */
    static Finding check(RuleContext ctx, AreaChange change, Geometry part, double toleranceM2) {
        if (ctx.layer().coverage() == null || part == null || part.isEmpty()) {
            return null;
        }
        Geometry outside = ctx.layer().unmappedPart(part);
        double area = ctx.measure().area(outside);
        if (area <= toleranceM2) {
            return null;
        }
        PlanFeature f = change.feature();
        double examined = ctx.measure().area(part);
        double share = examined > 0 ? area / examined : 0;
        Map<String, String> values = ctx.messageValues(change, area, share, "");
        String template = ctx.rule()
                .messages()
                .getOrDefault(
                        Status.NOT_MAPPED,
                        "{purpose} «{object}»: {area_daa} daa ({share_pct}) ligger utenfor området der {reference} er kartlagt – ikke kontrollert der.");
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.add(String.format(
                Locale.ROOT,
                "Kartlagt område for %s: %.1f m² av undersøkt del %.1f m² ligger utenfor (toleranse %.1f m²)",
                ctx.layer().id(),
                area,
                examined,
                toleranceM2));
        String key = FindingText.key(ctx.rule().id(), f.id(), ctx.layer().id(), "", "ikke-kartlagt");
        return ctx.finding(Status.NOT_MAPPED, change)
                .key(key)
                .area(area)
                .share(share)
                .message(FindingText.fill(template, values))
                .trace(trace)
                .geometry(outside)
                .figure("unmapped_m2", area)
                .build();
    }
}
