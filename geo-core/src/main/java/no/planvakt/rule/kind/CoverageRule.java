package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvakt.diff.AreaChange;
import no.planvakt.plan.PlanFeature;
import no.planvakt.plan.PlanObjectType;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RuleOutcome;
import no.planvakt.rule.RulePackException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Coverage: each selected reference object (a heritage environment, a mineral deposit) must be
 * covered by the selected plan objects (zones such as H570/H730, or arealformål 1200) to a share
 * of its area. The examined object is the reference object, so the place type is taken at its
 * centroid and the clear list names it. Covered share at least {@code clearShare}: clear; below
 * {@code redShare}: RED (not secured); in between: YELLOW (partly secured). A finding's area and
 * share are those of the uncovered part, its geometry is the uncovered part.
 * <p>
 * When the draft has a plan boundary (KpOmråde), only the part of a reference object inside it
 * is judged: a heritage area reaching into the neighbouring municipality cannot be secured by this
 * plan. The part outside is reported as NOT_MAPPED when it is more than the tolerated uncovered
 * share (1 − clearShare) of the object; objects wholly outside are not relevant.
 */
public final class CoverageRule implements RuleKind {
    static final String CLEAR_SHARE = "clearShare";
    static final String RED_SHARE = "redShare";

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public Set<String> placeholders() {
        return Placeholders.with("covered_pct", "total_daa", "zones");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of(CLEAR_SHARE, RED_SHARE);
    }

    @Override
    public void validate(RuleDefinition rule) {
        double clear = rule.number(CLEAR_SHARE);
        double red = rule.number(RED_SHARE);
        if (clear <= 0 || clear > 1 || red < 0 || red > clear) {
            throw new RulePackException("rule " + rule.id() + ": parameters " + RED_SHARE + " and " + CLEAR_SHARE
                    + " are shares with 0 ≤ redShare ≤ clearShare ≤ 1 and clearShare > 0, found " + red + " and "
                    + clear);
        }
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        STRtree zones = new STRtree();
        for (AreaChange c : ctx.changes()) {
            if (!ctx.examined(c)) {
                continue; // plan.change: only zones with the counted kinds of change secure anything
            }
            zones.insert(c.feature().geometry().getEnvelopeInternal(), c.feature());
        }
        List<Geometry> bounds = ctx.draft().stream()
                .filter(f -> f.type() == PlanObjectType.PLAN_OMRADE)
                .map(PlanFeature::geometry)
                .toList();
        Geometry planArea = bounds.isEmpty() ? null : Overlaps.union(bounds, null);
        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (ReferenceFeature whole : ctx.references()) {
            ctx.checkpoint();
            List<String> trace = new ArrayList<>(ctx.commonTrace());
            double clearShare = ctx.value(CLEAR_SHARE, whole.geometry(), trace);
            double redShare = ctx.value(RED_SHARE, whole.geometry(), trace);
            ReferenceFeature r = whole;
            boolean outsideReported = false;
            if (planArea != null) {
                Geometry inside = Overlaps.intersection(whole.geometry(), planArea);
                double wholeArea = ctx.measure().area(whole.geometry());
                double insideArea = ctx.measure().area(inside);
                if (insideArea <= 0) {
                    continue;
                }
                double outside = wholeArea - insideArea;
                if (outside > 0) {
                    trace.add(String.format(
                            Locale.ROOT,
                            "%.1f m² av %s objekt %s ligger utenfor planområdet (KpOmråde) og vurderes ikke her",
                            outside,
                            ctx.layer().id(),
                            whole.id()));
                }
                if (wholeArea > 0 && outside / wholeArea > 1 - clearShare) {
                    findings.add(outsidePlan(
                            ctx, whole, Overlaps.difference(whole.geometry(), planArea), outside, wholeArea, trace));
                    outsideReported = true;
                }
                r = new ReferenceFeature(whole.id(), whole.attributes(), inside);
            }
            List<PlanFeature> covering = new ArrayList<>();
            List<Geometry> parts = new ArrayList<>();
            for (Object o : zones.query(r.geometry().getEnvelopeInternal())) {
                PlanFeature z = (PlanFeature) o;
                if (z.geometry().intersects(r.geometry())) {
                    covering.add(z);
                    parts.add(z.geometry());
                }
            }
            covering.sort(java.util.Comparator.comparing(PlanFeature::id));
            Geometry zoneUnion = Overlaps.union(parts, r.geometry().getFactory().createPolygon());
            Geometry uncovered = Overlaps.difference(r.geometry(), zoneUnion);
            double area = ctx.measure().area(r.geometry());
            double uncoveredArea = ctx.measure().area(uncovered);
            double coveredShare = area > 0 ? Math.max(0, 1 - uncoveredArea / area) : 0;
            String name = referenceName(r);
            String zoneIds =
                    String.join("+", covering.stream().map(PlanFeature::id).toList());
            trace.add(String.format(
                    Locale.ROOT,
                    "%s objekt %s: %.1f m²; dekket av %s: %.1f m² (%.2f %%), udekket %.1f m² (JTS OverlayNG, målt i EPSG:%d)",
                    ctx.layer().id(),
                    r.id(),
                    area,
                    zoneIds.isEmpty() ? "ingen valgte planobjekter" : zoneIds,
                    area - uncoveredArea,
                    coveredShare * 100,
                    uncoveredArea,
                    ctx.measure().reportSrid()));
            if (coveredShare >= clearShare) {
                if (outsideReported) {
                    continue;
                }
                checked.add(new Checked(
                        ctx.rule().id(),
                        r.id(),
                        name,
                        String.format(
                                Locale.ROOT,
                                "%s «%s»: %s dekket av %s",
                                ctx.layer().title(),
                                name,
                                FindingText.percent(coveredShare),
                                zoneIds)));
                continue;
            }
            Status status = coveredShare < redShare ? Status.RED : Status.YELLOW;
            trace.add(String.format(
                    Locale.ROOT,
                    "Status %s: dekket andel %.4f %s %s %.4f",
                    status,
                    coveredShare,
                    status == Status.RED ? "<" : "≥",
                    status == Status.RED ? RED_SHARE : RED_SHARE + " og < " + CLEAR_SHARE,
                    redShare));
            Map<String, String> values = new HashMap<>();
            values.put("object", name);
            values.put("purpose", ctx.layer().title());
            values.put("change", "");
            values.put("area_daa", FindingText.daa(uncoveredArea));
            values.put("share_pct", FindingText.percent(1 - coveredShare));
            values.put("covered_pct", FindingText.percent(coveredShare));
            values.put("total_daa", FindingText.daa(area));
            values.put("zones", zoneIds.isEmpty() ? "ingen" : zoneIds);
            values.put("reference", ctx.layer().title());
            values.put("reference_id", r.id());
            String template = ctx.rule()
                    .messages()
                    .getOrDefault(
                            status,
                            "{reference} «{object}» ({total_daa} daa): {covered_pct} dekket, {area_daa} daa udekket.");
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("reference_m2", area);
            figures.put("covered_m2", area - uncoveredArea);
            figures.put("covered_share", coveredShare);
            String key = FindingText.key(ctx.rule().id(), "", ctx.layer().id(), r.id(), "dekning");
            findings.add(ctx.finding(status)
                    .key(key)
                    .planObject(zoneIds, name, ctx.layer().title())
                    .reference(ctx.layer().id(), r.id())
                    .area(uncoveredArea)
                    .share(area > 0 ? uncoveredArea / area : 0)
                    .message(FindingText.fill(template, values))
                    .trace(trace)
                    .geometry(uncovered)
                    .figures(figures)
                    .build());
        }
        return new RuleOutcome(findings, checked);
    }

    private static Finding outsidePlan(
            RuleContext ctx, ReferenceFeature r, Geometry outside, double area, double wholeArea, List<String> trace) {
        String name = referenceName(r);
        Map<String, String> values = new HashMap<>();
        values.put("object", name);
        values.put("purpose", ctx.layer().title());
        values.put("change", "");
        values.put("area_daa", FindingText.daa(area));
        values.put("share_pct", FindingText.percent(area / wholeArea));
        values.put("reference", ctx.layer().title());
        values.put("reference_id", r.id());
        String template = ctx.rule()
                .messages()
                .getOrDefault(
                        Status.NOT_MAPPED,
                        "{reference} «{object}»: {area_daa} daa ({share_pct}) ligger utenfor planområdet – ikke vurdert der.");
        String key = FindingText.key(ctx.rule().id(), "", ctx.layer().id(), r.id(), "utenfor-planomradet");
        return ctx.finding(Status.NOT_MAPPED)
                .key(key)
                .planObject("", name, ctx.layer().title())
                .reference(ctx.layer().id(), r.id())
                .area(area)
                .share(area / wholeArea)
                .message(FindingText.fill(template, values))
                .trace(new ArrayList<>(trace))
                .geometry(outside)
                .figure("reference_m2", wholeArea)
                .figure("outside_plan_m2", area)
                .build();
    }

    /** A reference object's name: its navn/name attribute when it has one, else its id. */
    static String referenceName(ReferenceFeature r) {
        for (String k : List.of("navn", "name", "NAVN", "Navn")) {
            Object v = r.attributes().get(k);
            if (v != null && !String.valueOf(v).isBlank()) {
                return String.valueOf(v);
            }
        }
        return r.id();
    }
}
