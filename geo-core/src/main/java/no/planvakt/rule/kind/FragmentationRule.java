package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.diff.AreaChange;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
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
 * least {@code yellowAreaM2} without such effects is YELLOW.
 * <p>
 * Each plan object is judged on its own, so the effect is attributable to it. When several
 * objects touch the same area and only together split, shrink or cut it, one more RED finding
 * names them all ("D1+D2"): the guideline is about the plan, not about single areas.
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
    public Set<String> placeholders() {
        return Placeholders.with("reference_name", "reference_pct", "effect");
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
            throw new RulePackException(
                    "rule " + rule.id() + ": parameter " + YELLOW_AREA + " must not exceed " + RED_AREA);
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

    /** The thresholds for one plan object (they may depend on its place type). */
    private record Limits(
            double red, double yellow, double minPart, Double minArea, Double width, double edge, List<String> trace) {
        static Limits of(RuleContext ctx, Geometry at) {
            List<String> trace = new ArrayList<>();
            double red = ctx.value(RED_AREA, at, trace);
            double yellow = ctx.value(YELLOW_AREA, at, trace);
            double minPart = ctx.value(MIN_PART, at, trace);
            Double minArea = ctx.has(MIN_AREA) ? ctx.value(MIN_AREA, at, trace) : null;
            Double width = ctx.has(CORRIDOR_WIDTH) ? ctx.value(CORRIDOR_WIDTH, at, trace) : null;
            double edge = ctx.has(EDGE_TOLERANCE) ? ctx.value(EDGE_TOLERANCE, at, trace) : DEFAULT_EDGE_TOLERANCE_M;
            return new Limits(red, yellow, minPart, minArea, width, edge, trace);
        }
    }

    /** What taking {@code removed} out of a nature area does to it. */
    private record Effect(
            List<String> effects,
            Map<String, Double> figures,
            String piecesTrace,
            boolean split,
            boolean shrunk,
            boolean cut) {
        static Effect of(RuleContext ctx, Geometry area, Geometry removed, Limits l, Before b) {
            AreaMeasure m = ctx.measure();
            double eps = m.toStored(l.edge(), area);
            Geometry remainder = Overlaps.difference(area, removed);
            Geometry opened = eps > 0 ? remainder.buffer(-eps).buffer(eps) : remainder;
            Pieces before = b.pieces();
            Pieces after = Pieces.of(opened, l.minPart(), m);
            List<String> effects = new ArrayList<>();
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("reference_m2", m.area(area));
            figures.put("remaining_m2", m.area(remainder));
            figures.put("parts_before", (double) before.count());
            figures.put("parts_after", (double) after.count());
            figures.put("largest_part_m2", after.largestM2());
            boolean split = after.count() > before.count();
            if (split) {
                effects.add(String.format(
                        Locale.ROOT, "deler området i %d deler (før: %d)", after.count(), before.count()));
            }
            boolean shrunk =
                    l.minArea() != null && before.largestM2() >= l.minArea() && after.largestM2() < l.minArea();
            if (shrunk) {
                effects.add("største gjenværende del " + FindingText.daa(after.largestM2())
                        + " daa er under minstearealet " + FindingText.daa(l.minArea()) + " daa");
            }
            boolean cut = false;
            if (l.width() != null) {
                double inset = m.toStored(l.width() / 2, area);
                int corridorBefore = b.corridorParts();
                int corridorAfter = Pieces.of(remainder.buffer(-inset), 0, m).count();
                figures.put("corridor_parts_before", (double) corridorBefore);
                figures.put("corridor_parts_after", (double) corridorAfter);
                cut = corridorAfter > corridorBefore || (corridorBefore > 0 && corridorAfter == 0);
                if (cut) {
                    effects.add(String.format(
                            Locale.ROOT,
                            "korridoren blir smalere enn %.0f m (sammenhengende bredde brytes: %d → %d deler)",
                            l.width(),
                            corridorBefore,
                            corridorAfter));
                }
            }
            String piecesTrace = String.format(
                    Locale.ROOT,
                    "Område minus ny del, åpnet med %.2f m (%s): %d del(er) ≥ %s %.0f m² (før %d), største %.1f m²",
                    l.edge(),
                    EDGE_TOLERANCE,
                    after.count(),
                    MIN_PART,
                    l.minPart(),
                    before.count(),
                    after.largestM2());
            return new Effect(effects, figures, piecesTrace, split, shrunk, cut);
        }

        String text() {
            return effects.isEmpty() ? "ingen oppsplitting" : String.join("; ", effects);
        }
    }

    /**
     * An area before any change, under one object's thresholds: the same for every object that
     * touches it, so worked out once per area (the corridor test buffers the whole area).
     */
    private record Before(Pieces pieces, int corridorParts) {
        static Before of(RuleContext ctx, Geometry area, Limits l) {
            AreaMeasure m = ctx.measure();
            int corridor = l.width() == null
                    ? 0
                    : Pieces.of(area.buffer(-m.toStored(l.width() / 2, area)), 0, m)
                            .count();
            return new Before(Pieces.of(area, l.minPart(), m), corridor);
        }
    }

    private record BeforeKey(String areaId, double minPart, Double width) {}

    /** One object's overlap with one area, kept to look at the objects' joint effect afterwards. */
    private record Touch(AreaChange change, Overlap overlap, Limits limits, Effect effect) {}

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        STRtree index = Overlaps.index(ctx.references(), r -> r.geometry());
        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Map<String, List<Touch>> byArea = new TreeMap<>();
        Map<BeforeKey, Before> befores = new HashMap<>();
        for (AreaChange change : ctx.changes()) {
            ctx.checkpoint();
            Geometry part = ctx.examinedPart(change);
            if (part == null) {
                continue;
            }
            PlanFeature f = change.feature();
            Limits limits = Limits.of(ctx, f.geometry());
            List<Finding> own = new ArrayList<>();
            for (Overlap o : Overlaps.of(part, index, ctx.measure())) {
                if (o.areaM2() < limits.yellow()) {
                    continue;
                }
                Geometry area = o.reference().geometry();
                Before before = befores.computeIfAbsent(
                        new BeforeKey(o.reference().id(), limits.minPart(), limits.width()),
                        k -> Before.of(ctx, area, limits));
                Effect effect = Effect.of(ctx, area, part, limits, before);
                own.add(finding(ctx, change, o, limits, effect));
                byArea.computeIfAbsent(o.reference().id(), k -> new ArrayList<>())
                        .add(new Touch(change, o, limits, effect));
            }
            Finding unmapped = NotMapped.check(ctx, change, part, limits.minPart());
            if (unmapped != null) {
                own.add(unmapped);
            }
            findings.addAll(own);
            if (own.isEmpty()) {
                checked.add(new Checked(
                        rule.id(),
                        f.id(),
                        f.displayName(),
                        f.purposeLabel() + " «" + f.displayName() + "»: "
                                + change.kind().label() + " del " + FindingText.daa(ctx.examinedAreaM2(change))
                                + " daa berører ikke "
                                + ctx.layer().title()));
            }
        }
        for (List<Touch> touches : byArea.values()) {
            if (touches.size() > 1) {
                Finding joint = joint(ctx, touches);
                if (joint != null) {
                    findings.add(joint);
                }
            }
        }
        return new RuleOutcome(findings, checked);
    }

    private static Finding finding(RuleContext ctx, AreaChange change, Overlap o, Limits l, Effect e) {
        Status status = o.areaM2() >= l.red() || !e.effects().isEmpty() ? Status.RED : Status.YELLOW;
        double examined = ctx.examinedAreaM2(change);
        double share = examined > 0 ? o.areaM2() / examined : 0;
        PlanFeature f = change.feature();
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.addAll(l.trace());
        trace.add(String.format(Locale.ROOT, "Plandiff: %s, undersøkt del %.1f m²", change.kind(), examined));
        trace.add(String.format(
                Locale.ROOT,
                "Overlapp med %s objekt %s (%.1f m²): %.1f m²",
                ctx.layer().id(),
                o.reference().id(),
                e.figures().get("reference_m2"),
                o.areaM2()));
        trace.add(e.piecesTrace());
        trace.add("Status " + status + ": "
                + (o.areaM2() >= l.red()
                        ? String.format(Locale.ROOT, "overlapp ≥ %s %.1f m²; ", RED_AREA, l.red())
                        : "")
                + e.text());
        String key = FindingText.key(
                ctx.rule().id(), f.id(), ctx.layer().id(), o.reference().id(), "fragmentering");
        return ctx.finding(status, change)
                .key(key)
                .reference(ctx.layer().id(), o.reference().id())
                .area(o.areaM2())
                .share(share)
                .message(message(
                        ctx,
                        status,
                        f.displayName(),
                        f.purposeLabel(),
                        change.kind().label(),
                        o.reference(),
                        o.areaM2(),
                        share,
                        e))
                .trace(trace)
                .geometry(o.geometry())
                .figures(e.figures())
                .build();
    }

    /** The objects' joint effect on one area, when it has an effect none of them has alone; else null. */
    private static Finding joint(RuleContext ctx, List<Touch> touches) {
        ReferenceFeature area = touches.get(0).overlap().reference();
        // The strictest thresholds of the objects involved.
        Limits l = touches.get(0).limits();
        for (Touch t : touches) {
            Limits o = t.limits();
            l = new Limits(
                    Math.min(l.red(), o.red()),
                    Math.min(l.yellow(), o.yellow()),
                    Math.min(l.minPart(), o.minPart()),
                    max(l.minArea(), o.minArea()),
                    max(l.width(), o.width()),
                    Math.max(l.edge(), o.edge()),
                    l.trace());
        }
        List<Geometry> parts =
                touches.stream().map(t -> ctx.examinedPart(t.change())).toList();
        Geometry removed = Overlaps.union(parts, null);
        Effect e = Effect.of(ctx, area.geometry(), removed, l, Before.of(ctx, area.geometry(), l));
        boolean anySplit = touches.stream().anyMatch(t -> t.effect().split());
        boolean anyShrunk = touches.stream().anyMatch(t -> t.effect().shrunk());
        boolean anyCut = touches.stream().anyMatch(t -> t.effect().cut());
        if (!(e.split() && !anySplit || e.shrunk() && !anyShrunk || e.cut() && !anyCut)) {
            return null;
        }
        List<String> ids =
                touches.stream().map(t -> t.change().feature().id()).sorted().toList();
        String id = String.join("+", ids);
        String names = String.join(
                " + ",
                touches.stream()
                        .map(t -> t.change().feature().displayName())
                        .sorted()
                        .toList());
        Geometry overlap = Overlaps.intersection(removed, area.geometry());
        double overlapArea = ctx.measure().area(overlap);
        double removedArea = ctx.measure().area(removed);
        double share = removedArea > 0 ? overlapArea / removedArea : 0;
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.add("Samlet virkning av " + id + " på " + ctx.layer().id() + " objekt " + area.id()
                + " (hvert område alene gir ikke denne virkningen); strengeste terskler blant dem");
        trace.add(
                String.format(Locale.ROOT, "Overlapp samlet: %.1f m² av %.1f m² nye deler", overlapArea, removedArea));
        trace.add(e.piecesTrace());
        trace.add("Status RED: " + e.text());
        String key = FindingText.key(ctx.rule().id(), id, ctx.layer().id(), area.id(), "fragmentering-samlet");
        String purpose = touches.get(0).change().feature().purposeLabel();
        return ctx.finding(Status.RED)
                .key(key)
                .planObject(id, names, purpose)
                .reference(ctx.layer().id(), area.id())
                .area(overlapArea)
                .share(share)
                .message(message(
                        ctx, Status.RED, names + " (samlet)", purpose, "nye/utvidede", area, overlapArea, share, e))
                .trace(trace)
                .geometry(overlap)
                .figures(e.figures())
                .build();
    }

    private static Double max(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Double.valueOf(Math.max(a, b));
    }

    private static String message(
            RuleContext ctx,
            Status status,
            String object,
            String purpose,
            String change,
            ReferenceFeature area,
            double overlapArea,
            double share,
            Effect e) {
        double areaM2 = e.figures().get("reference_m2");
        Map<String, String> values = new HashMap<>();
        values.put("object", object);
        values.put("purpose", purpose);
        values.put("change", change);
        values.put("area_daa", FindingText.daa(overlapArea));
        values.put("share_pct", FindingText.percent(share));
        values.put("reference", ctx.layer().title());
        values.put("reference_id", area.id());
        values.put("reference_name", CoverageRule.referenceName(area));
        values.put("reference_pct", FindingText.percent(areaM2 > 0 ? overlapArea / areaM2 : 0));
        values.put("effect", e.text());
        String template = ctx.rule()
                .messages()
                .getOrDefault(
                        status, "{purpose} «{object}» ({change}) tar {area_daa} daa av {reference_name}: {effect}.");
        return FindingText.fill(template, values);
    }
}
