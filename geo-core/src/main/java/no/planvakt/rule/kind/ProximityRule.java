package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvakt.diff.AreaChange;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.FeatureFilter;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RuleOutcome;
import no.planvakt.rule.RulePackException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Proximity: new or expanded parts of the selected plan objects that intersect, or lie within
 * {@code distanceM} of, a reference feature are listed for manual assessment (YELLOW): whether a
 * development is adapted to its surroundings cannot be measured. Reference features matching
 * {@code safetyZoneFilter} are first widened by {@code safetyZoneM} (automatically protected
 * monuments have a statutory 5 m sikringssone). The finding tells whether plan objects matching
 * {@code zoneFilter} (e.g. H570/H730 zones) already cover the reference feature, and how much.
 * The part of an examined object outside the layer's coverage (beyond {@code sliverM2}, if given)
 * is NOT_MAPPED.
 */
public final class ProximityRule implements RuleKind {
    static final String DISTANCE = "distanceM";
    static final String SAFETY_ZONE = "safetyZoneM";
    static final String SAFETY_FILTER = "safetyZoneFilter";
    static final String ZONE_FILTER = "zoneFilter";
    static final String SLIVER = "sliverM2";

    @Override
    public String name() {
        return "proximity";
    }

    @Override
    public Set<String> placeholders() {
        return Placeholders.with("distance_m", "limit_m", "zone", "reference_name");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of(DISTANCE);
    }

    @Override
    public Set<Status> requiredMessages() {
        return Set.of(Status.YELLOW);
    }

    @Override
    public void validate(RuleDefinition rule) {
        if (rule.number(DISTANCE) < 0) {
            throw new RulePackException("rule " + rule.id() + ": parameter " + DISTANCE + " must be 0 or more");
        }
        if (rule.parameters().containsKey(SAFETY_ZONE) && rule.number(SAFETY_ZONE) < 0) {
            throw new RulePackException("rule " + rule.id() + ": parameter " + SAFETY_ZONE + " must be 0 or more");
        }
    }

    @Override
    public Map<String, FilterOn> filterParameters() {
        return Map.of(SAFETY_FILTER, FilterOn.REFERENCE, ZONE_FILTER, FilterOn.PLAN);
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        FeatureFilter safetyFilter = ctx.filter(SAFETY_FILTER);
        FeatureFilter zoneFilter = ctx.filter(ZONE_FILTER);
        List<PlanFeature> zones = zoneFilter == null
                ? List.of()
                : ctx.draft().stream().filter(zoneFilter::accepts).toList();
        STRtree index = Overlaps.index(ctx.references(), r -> {
            double safety = ctx.has(SAFETY_ZONE) && (safetyFilter == null || safetyFilter.accepts(r))
                    ? ctx.value(SAFETY_ZONE, r.geometry()).value()
                    : 0;
            return safety > 0 ? ReferenceBuffer.around(r.geometry(), safety, ctx.measure()) : r.geometry();
        });
        double sliver = ctx.has(SLIVER) ? rule.number(SLIVER) : 0;
        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (AreaChange change : ctx.changes()) {
            ctx.checkpoint();
            Geometry part = ctx.examinedPart(change);
            if (part == null) {
                continue;
            }
            PlanFeature f = change.feature();
            List<String> params = new ArrayList<>();
            double limit = ctx.value(DISTANCE, f.geometry(), params);
            double limitStored = ctx.measure().toStored(limit, part);
            Envelope search = new Envelope(part.getEnvelopeInternal());
            search.expandBy(limitStored);
            List<Finding> own = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Overlaps.Target> near = new ArrayList<>(index.query(search));
            near.sort(java.util.Comparator.comparing(t -> t.feature().id()));
            for (Overlaps.Target t : near) {
                double distance = ctx.measure().length(part.distance(t.geometry()), part);
                if (distance <= limit) {
                    own.add(finding(ctx, change, t.feature(), t.geometry(), distance, limit, params, zones));
                }
            }
            Finding unmapped = NotMapped.check(ctx, change, part, sliver);
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
                                + " daa, ingen objekter i "
                                + ctx.layer().title() + " innen " + FindingText.metres(limit) + " m"));
            }
        }
        return new RuleOutcome(findings, checked);
    }

    private static Finding finding(
            RuleContext ctx,
            AreaChange change,
            ReferenceFeature r,
            Geometry g,
            double distance,
            double limit,
            List<String> params,
            List<PlanFeature> zones) {
        RuleDefinition rule = ctx.rule();
        PlanFeature f = change.feature();
        Geometry part = ctx.examinedPart(change);
        double examined = ctx.examinedAreaM2(change);
        Geometry overlap = Overlaps.intersection(part, g);
        double overlapArea = ctx.measure().area(overlap);
        double refArea = ctx.measure().area(g);
        List<Geometry> zoneParts = new ArrayList<>();
        List<String> zoneIds = new ArrayList<>();
        for (PlanFeature z : zones) {
            if (z.geometry().intersects(g)) {
                zoneParts.add(z.geometry());
                zoneIds.add(z.id());
            }
        }
        double zoneShare = 0;
        if (!zoneParts.isEmpty() && refArea > 0) {
            double uncovered = ctx.measure()
                    .area(Overlaps.difference(
                            g, Overlaps.union(zoneParts, g.getFactory().createPolygon())));
            zoneShare = Math.max(0, 1 - uncovered / refArea);
        }
        // The kind is generic (heritage, nature, …): the zone text names the reference object, not a theme.
        String refName = CoverageRule.referenceName(r);
        String zoneText = zoneIds.isEmpty()
                ? "ingen valgt sone dekker " + refName
                : "sone " + String.join("+", zoneIds) + " dekker " + FindingText.percent(zoneShare) + " av " + refName;
        Map<String, String> values =
                ctx.messageValues(change, overlapArea, examined > 0 ? overlapArea / examined : 0, r.id());
        values.put("distance_m", FindingText.metres(distance));
        values.put("limit_m", String.format(Locale.ROOT, "%.0f", limit));
        values.put("zone", zoneText);
        values.put("reference_name", refName);
        String template = rule.messages()
                .getOrDefault(
                        Status.YELLOW,
                        "{purpose} «{object}» ({change}) ligger {distance_m} m fra {reference_name}; {zone}.");
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.addAll(params);
        trace.add(String.format(Locale.ROOT, "Plandiff: %s, undersøkt del %.1f m²", change.kind(), examined));
        trace.add(String.format(
                Locale.ROOT,
                "Avstand (JTS) til %s objekt %s%s: %.2f m ≤ %s %.1f m; overlapp %.1f m²",
                ctx.layer().id(),
                r.id(),
                g == r.geometry() ? "" : " med sikringssone",
                distance,
                DISTANCE,
                limit,
                overlapArea));
        trace.add("Hensynssoner (" + ZONE_FILTER + "): " + zoneText);
        trace.add("Status YELLOW: nærhet til " + ctx.layer().title() + " krever skjønnsmessig vurdering");
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("distance_m", distance);
        figures.put("zone_share", zoneShare);
        figures.put("reference_m2", refArea);
        String key = FindingText.key(rule.id(), f.id(), ctx.layer().id(), r.id(), "naerhet");
        Geometry shown = overlapArea > 0 ? overlap : part;
        return ctx.finding(Status.YELLOW, change)
                .key(key)
                .reference(ctx.layer().id(), r.id())
                .area(overlapArea)
                .share(examined > 0 ? overlapArea / examined : 0)
                .distance(distance)
                .message(FindingText.fill(template, values))
                .trace(trace)
                .geometry(shown)
                .figures(figures)
                .build();
    }
}
