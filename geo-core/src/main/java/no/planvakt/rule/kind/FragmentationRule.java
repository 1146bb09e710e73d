package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.diff.AreaChange;
import no.planvakt.diff.ChangeKind;
import no.planvakt.plan.PlanFeature;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RuleKind;
import no.planvakt.rule.RuleOutcome;
import no.planvakt.rule.RulePackException;
import no.planvakt.rule.kind.Overlaps.Overlap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Fragmentation: the new or expanded part of a selected plan object against contiguous nature
 * or recreation areas and corridors. Beyond the overlap it measures what is left of each area
 * once the part is taken out: how many pieces (ignoring pieces under {@code minPartM2}), whether
 * the largest piece falls below {@code minAreaM2}, and for corridors whether the remainder is
 * still {@code corridorWidthM} wide all through (the remainder shrunk by half the width must not
 * fall into more pieces than the corridor itself did). Splitting, shrinking below the size or
 * cutting the corridor is RED; so is an overlap of at least {@code redAreaM2}; an overlap of at
 * least {@code yellowAreaM2} without such effects is YELLOW. Each plan object is judged on its own,
 * so the effect is attributable to it.
 * <p>
 * Pieces are counted after an opening (shrink, then grow) by {@code edgeToleranceM} (default
 * 0.1 m): a plan area drawn along the nature area's edge leaves hair-thin slivers where the two
 * were digitised (or reprojected) slightly differently, and a sliver must not hold two pieces
 * together.
 */
public final class FragmentationRule implements RuleKind {
    static final String RED_AREA = "redAreaM2";
    static final String YELLOW_AREA = "yellowAreaM2";
    static final String MIN_PART = "minPartM2";
    static final String MIN_AREA = "minAreaM2";
    static final String CORRIDOR_WIDTH = "corridorWidthM";
    static final String EDGE_TOLERANCE = "edgeToleranceM";
    static final double DEFAULT_EDGE_TOLERANCE_M = 0.1;

    @Override
    public String name() {
        return "fragmentation";
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of(RED_AREA, YELLOW_AREA, MIN_PART);
    }

    @Override
    public void validate(RuleDefinition rule) {
        for (String p : List.of(RED_AREA, YELLOW_AREA, MIN_PART, MIN_AREA, CORRIDOR_WIDTH, EDGE_TOLERANCE)) {
            if (rule.parameters().containsKey(p) && rule.number(p) < 0) {
                throw new RulePackException("rule " + rule.id() + ": parameter " + p + " must be 0 or more");
            }
        }
        if (rule.number(YELLOW_AREA) > rule.number(RED_AREA)) {
            throw new RulePackException("rule " + rule.id() + ": parameter " + YELLOW_AREA + " must not exceed " + RED_AREA);
        }
    }

    /** Pieces at least {@code minPart} m² of a polygonal geometry, and the largest one's area. */
    record Pieces(int count, double largestM2) {
        static Pieces of(Geometry g, double minPart, AreaMeasure measure) {
            int n = 0;
            double largest = 0;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry p = g.getGeometryN(i);
                double a = measure.area(p);
                if (p.getDimension() == 2 && a >= minPart && a > 0) {
                    n++;
                    largest = Math.max(largest, a);
                }
            }
            return new Pieces(n, largest);
        }
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        STRtree index = Overlaps.index(ctx.references(), r -> r.geometry());
        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (AreaChange change : ctx.changes()) {
            if (!rule.plan().change().contains(change.kind()) || change.kind() == ChangeKind.UNCHANGED) {
                continue;
            }
            PlanFeature f = change.feature();
            List<String> params = new ArrayList<>();
            double red = ctx.value(RED_AREA, f.geometry(), params);
            double yellow = ctx.value(YELLOW_AREA, f.geometry(), params);
            double minPart = ctx.value(MIN_PART, f.geometry(), params);
            Double minArea = ctx.has(MIN_AREA) ? ctx.value(MIN_AREA, f.geometry(), params) : null;
            Double width = ctx.has(CORRIDOR_WIDTH) ? ctx.value(CORRIDOR_WIDTH, f.geometry(), params) : null;
            double edge = ctx.has(EDGE_TOLERANCE) ? ctx.value(EDGE_TOLERANCE, f.geometry(), params) : DEFAULT_EDGE_TOLERANCE_M;
            List<Finding> own = new ArrayList<>();
            for (Overlap o : Overlaps.of(change.changedPart(), index, ctx.measure())) {
                if (o.areaM2() < yellow) {
                    continue;
                }
                own.add(assess(ctx, change, o, red, minPart, minArea, width, edge, params));
            }
            Finding unmapped = NotMapped.check(ctx, change, change.changedPart(), minPart);
            if (unmapped != null) {
                own.add(unmapped);
            }
            findings.addAll(own);
            if (own.isEmpty()) {
                checked.add(new Checked(rule.id(), f.id(), f.displayName(), f.purposeLabel() + " «" + f.displayName() + "»: "
                        + change.kind().label() + " del " + FindingText.daa(change.changedAreaM2()) + " daa berører ikke "
                        + ctx.layer().title()));
            }
        }
        return new RuleOutcome(findings, checked);
    }

    private static Finding assess(RuleContext ctx, AreaChange change, Overlap o, double red, double minPart, Double minArea,
                                  Double width, double edge, List<String> params) {
        AreaMeasure m = ctx.measure();
        Geometry area = o.reference().geometry();
        double eps = m.toStored(edge, area);
        Geometry remainder = Overlaps.difference(area, change.changedPart());
        Geometry opened = eps > 0 ? remainder.buffer(-eps).buffer(eps) : remainder;
        double areaM2 = m.area(area);
        Pieces before = Pieces.of(area, minPart, m);
        Pieces after = Pieces.of(opened, minPart, m);
        List<String> effects = new ArrayList<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("reference_m2", areaM2);
        figures.put("remaining_m2", m.area(remainder));
        figures.put("parts_before", (double) before.count());
        figures.put("parts_after", (double) after.count());
        figures.put("largest_part_m2", after.largestM2());
        if (after.count() > before.count()) {
            effects.add(String.format(Locale.ROOT, "deler området i %d deler (før: %d)", after.count(), before.count()));
        }
        if (minArea != null && before.largestM2() >= minArea && after.largestM2() < minArea) {
            effects.add("største gjenværende del " + FindingText.daa(after.largestM2()) + " daa er under minstearealet "
                    + FindingText.daa(minArea) + " daa");
        }
        if (width != null) {
            double inset = m.toStored(width / 2, area);
            int corridorBefore = Pieces.of(area.buffer(-inset), 0, m).count();
            int corridorAfter = Pieces.of(remainder.buffer(-inset), 0, m).count();
            figures.put("corridor_parts_before", (double) corridorBefore);
            figures.put("corridor_parts_after", (double) corridorAfter);
            if (corridorAfter > corridorBefore || (corridorBefore > 0 && corridorAfter == 0)) {
                effects.add(String.format(Locale.ROOT, "korridoren blir smalere enn %.0f m (sammenhengende bredde brytes: %d → %d deler)",
                        width, corridorBefore, corridorAfter));
            }
        }
        Status status = o.areaM2() >= red || !effects.isEmpty() ? Status.RED : Status.YELLOW;
        double share = change.changedAreaM2() > 0 ? o.areaM2() / change.changedAreaM2() : 0;
        String effectText = effects.isEmpty() ? "ingen oppsplitting" : String.join("; ", effects);
        PlanFeature f = change.feature();
        Map<String, String> values = new HashMap<>();
        values.put("object", f.displayName());
        values.put("purpose", f.purposeLabel());
        values.put("change", change.kind().label());
        values.put("area_daa", FindingText.daa(o.areaM2()));
        values.put("share_pct", FindingText.percent(share));
        values.put("reference", ctx.layer().title());
        values.put("reference_id", o.reference().id());
        values.put("reference_name", CoverageRule.referenceName(o.reference()));
        values.put("reference_pct", FindingText.percent(areaM2 > 0 ? o.areaM2() / areaM2 : 0));
        values.put("effect", effectText);
        String template = ctx.rule().messages().getOrDefault(status,
                "{purpose} «{object}» ({change}) tar {area_daa} daa av {reference_name}: {effect}.");
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.addAll(params);
        trace.add(String.format(Locale.ROOT, "Plandiff: %s, undersøkt del %.1f m²", change.kind(), change.changedAreaM2()));
        trace.add(String.format(Locale.ROOT, "Overlapp med %s objekt %s (%.1f m²): %.1f m²", ctx.layer().id(), o.reference().id(),
                areaM2, o.areaM2()));
        trace.add(String.format(Locale.ROOT, "Område minus ny del, åpnet med %.2f m (%s): %d del(er) ≥ %s %.0f m² (før %d), største %.1f m²",
                edge, EDGE_TOLERANCE, after.count(), MIN_PART, minPart, before.count(), after.largestM2()));
        trace.add("Status " + status + ": " + (o.areaM2() >= red ? String.format(Locale.ROOT, "overlapp ≥ %s %.1f m²; ", RED_AREA, red) : "")
                + effectText);
        String key = FindingText.key(ctx.rule().id(), f.id(), ctx.layer().id(), o.reference().id(), "fragmentering");
        return new Finding(key, ctx.rule().id(), ctx.rule().title(), status, change.kind(), f.id(), f.displayName(), f.purposeLabel(),
                ctx.layer().id(), o.reference().id(), o.areaM2(), share, null, FindingText.fill(template, values), trace, o.geometry(),
                figures);
    }
}
