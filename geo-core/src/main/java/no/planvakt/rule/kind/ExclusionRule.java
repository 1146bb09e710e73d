package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.planvakt.diff.AreaChange;
import no.planvakt.diff.ChangeKind;
import no.planvakt.plan.PlanFeature;
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
 * Exclusion: the new or expanded part of each selected plan object must not overlap the
 * reference features (optionally widened by {@code bufferM}, e.g. a protection belt around a
 * mineral deposit). Overlap of at least {@code redAreaM2} is RED, of at least {@code yellowAreaM2}
 * YELLOW (a boundary case to look at), smaller overlaps count as clear. Optionally
 * ({@code infoStatus}, a list of arealbruksstatus codes) the already adopted part of objects with
 * those statuses is reported as INFO when it overlaps: densification inside existing areas is not
 * what such guidelines forbid, but the planner should know. The part of an examined object outside
 * the layer's coverage is reported as NOT_MAPPED.
 */
public final class ExclusionRule implements RuleKind {
    static final String RED_AREA = "redAreaM2";
    static final String YELLOW_AREA = "yellowAreaM2";
    static final String INFO_STATUS = "infoStatus";
    static final String BUFFER = "bufferM";
    static final String SLIVER = "sliverM2";

    @Override
    public String name() {
        return "exclusion";
    }

    @Override
    public Set<String> placeholders() {
        return COMMON_PLACEHOLDERS;
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of(RED_AREA, YELLOW_AREA, SLIVER);
    }

    @Override
    public void validate(RuleDefinition rule) {
        try {
            infoStatuses(rule);
        } catch (NumberFormatException e) {
            throw new RulePackException("rule " + rule.id() + ": parameter " + INFO_STATUS
                    + " must list arealbruksstatus codes such as \"2, 3\", found \""
                    + rule.parameters().get(INFO_STATUS).asText() + "\"");
        }
        if (rule.parameters().containsKey(BUFFER) && rule.number(BUFFER) < 0) {
            throw new RulePackException("rule " + rule.id() + ": parameter " + BUFFER + " must be 0 or more");
        }
        if (rule.number(YELLOW_AREA) > rule.number(RED_AREA)) {
            throw new RulePackException(
                    "rule " + rule.id() + ": parameter " + YELLOW_AREA + " must not exceed " + RED_AREA);
        }
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        Set<Integer> infoStatus = infoStatuses(rule);
        double sliver = rule.number(SLIVER);
        Map<Double, STRtree> indexByBuffer = new HashMap<>();

        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (AreaChange change : ctx.changes()) {
            ctx.checkpoint();
            PlanFeature f = change.feature();
            List<String> params = new ArrayList<>();
            double red = ctx.value(RED_AREA, f.geometry(), params);
            double yellow = ctx.value(YELLOW_AREA, f.geometry(), params);
            double buffer = ctx.has(BUFFER) ? ctx.value(BUFFER, f.geometry(), params) : 0;
            STRtree index = indexByBuffer.computeIfAbsent(
                    buffer,
                    b -> Overlaps.index(
                            ctx.references(),
                            r -> b > 0 ? ReferenceBuffer.around(r.geometry(), b, ctx.measure()) : r.geometry()));
            String against = buffer > 0 ? String.format(Locale.ROOT, " med buffer %.1f m (%s)", buffer, BUFFER) : "";
            Geometry part = ctx.examinedPart(change);
            boolean examined = part != null;
            List<Finding> own = new ArrayList<>();
            double below = 0;
            if (examined) {
                double examinedArea = ctx.examinedAreaM2(change);
                for (Overlap o : Overlaps.of(part, index, ctx.measure())) {
                    if (o.areaM2() < yellow) {
                        below += o.areaM2();
                        continue;
                    }
                    Status status = o.areaM2() >= red ? Status.RED : Status.YELLOW;
                    double threshold = status == Status.RED ? red : yellow;
                    own.add(finding(
                            ctx,
                            change,
                            o,
                            status,
                            examinedArea,
                            "konflikt",
                            params,
                            against,
                            String.format(
                                    Locale.ROOT,
                                    "Status %s: %.1f m² ≥ terskel %.1f m² (%s)",
                                    status,
                                    o.areaM2(),
                                    threshold,
                                    status == Status.RED ? RED_AREA : YELLOW_AREA)));
                }
                Finding unmapped = NotMapped.check(ctx, change, part, sliver);
                if (unmapped != null) {
                    own.add(unmapped);
                }
            }
            // INFO on the adopted part is only for objects whose adopted part was not examined already.
            boolean infoWanted = f.status() != null
                    && infoStatus.contains(f.status().code())
                    && (change.kind() == ChangeKind.UNCHANGED || change.kind() == ChangeKind.EXPANDED)
                    && !rule.plan().change().contains(ChangeKind.UNCHANGED);
            if (infoWanted) {
                double existingArea = ctx.measure().area(change.existingPart());
                for (Overlap o : Overlaps.of(change.existingPart(), index, ctx.measure())) {
                    if (o.areaM2() >= yellow) {
                        own.add(finding(
                                ctx,
                                change,
                                o,
                                Status.INFO,
                                existingArea,
                                "eksisterende",
                                params,
                                against,
                                "Status INFO: del av område som allerede er avsatt i gjeldende plan, med arealbruksstatus "
                                        + f.status().code() + " (" + INFO_STATUS + ")"));
                    }
                }
            }
            findings.addAll(own);
            if (own.stream()
                    .noneMatch(x -> x.status() == Status.RED
                            || x.status() == Status.YELLOW
                            || x.status() == Status.NOT_MAPPED)) {
                checked.add(new Checked(rule.id(), f.id(), f.displayName(), clearMessage(ctx, change, part, below)));
            }
        }
        return new RuleOutcome(findings, checked);
    }

    private static String clearMessage(RuleContext ctx, AreaChange change, Geometry examined, double belowTolerance) {
        String what = change.feature().purposeLabel() + " «" + change.feature().displayName() + "»";
        if (examined == null) {
            return what + ": " + change.kind().label()
                    + (change.kind() == ChangeKind.UNCHANGED
                            ? " fra gjeldende plan, ikke ny eller utvidet – ikke omfattet"
                            : " – ikke omfattet (regelens plan.change: "
                                    + ctx.rule().plan().change() + ")");
        }
        String area = FindingText.daa(ctx.examinedAreaM2(change)) + " daa";
        String part = switch (change.kind()) {
            case NEW -> "nytt område " + area;
            case EXPANDED -> examined == change.changedPart() ? "utvidelse " + area : "utvidet område " + area;
            default -> change.kind().label() + " område " + area;
        };
        if (belowTolerance > 0) {
            return what + ": " + part + "; overlapp med " + ctx.layer().title() + " bare "
                    + FindingText.m2(belowTolerance) + ", under toleransen (" + YELLOW_AREA + ")";
        }
        return what + ": " + part + ", ingen overlapp med " + ctx.layer().title();
    }

    private static Finding finding(
            RuleContext ctx,
            AreaChange change,
            Overlap o,
            Status status,
            double examinedArea,
            String aspect,
            List<String> params,
            String against,
            String statusTrace) {
        RuleDefinition rule = ctx.rule();
        PlanFeature f = change.feature();
        double share = examinedArea > 0 ? o.areaM2() / examinedArea : 0;
        Map<String, String> values =
                ctx.messageValues(change, o.areaM2(), share, o.reference().id());
        String template = rule.messages().getOrDefault(status, "{purpose} «{object}»: {area_daa} daa i {reference}");
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.addAll(params);
        trace.add(String.format(
                Locale.ROOT,
                "Plandiff: %s (%s), hele objektet %.1f m², %s del %.1f m²",
                change.kind(),
                change.kind().label(),
                change.areaM2(),
                !aspect.equals("konflikt")
                        ? "eksisterende"
                        : rule.plan().change().contains(ChangeKind.UNCHANGED) ? "undersøkt" : "ny/utvidet",
                examinedArea));
        trace.add(String.format(
                Locale.ROOT,
                "Overlapp (JTS OverlayNG, EPSG:%d) med %s objekt %s%s: %.1f m² målt i EPSG:%d",
                ctx.measure().storedSrid(),
                ctx.layer().id(),
                o.reference().id(),
                against,
                o.areaM2(),
                ctx.measure().reportSrid()));
        trace.add(statusTrace);
        String key = FindingText.key(
                rule.id(), f.id(), ctx.layer().id(), o.reference().id(), aspect);
        return ctx.finding(status, change)
                .key(key)
                .reference(ctx.layer().id(), o.reference().id())
                .area(o.areaM2())
                .share(share)
                .message(FindingText.fill(template, values))
                .trace(trace)
                .geometry(o.geometry())
                .figure("examined_m2", examinedArea)
                .build();
    }

    private static Set<Integer> infoStatuses(RuleDefinition rule) {
        if (!rule.parameters().containsKey(INFO_STATUS)) {
            return Set.of();
        }
        String text = rule.parameters().get(INFO_STATUS).asText();
        return Arrays.stream(text.split("[,\\s]+"))
                .filter(s -> !s.isBlank())
                .map(String::trim)
                .map(Integer::valueOf)
                .collect(Collectors.toSet());
    }
}
