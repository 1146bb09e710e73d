package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import no.planvakt.diff.AreaChange;
import no.planvakt.network.Target;
import no.planvakt.plan.PlanFeature;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.result.Status;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RuleOutcome;
import no.planvakt.rule.RulePackException;
import no.planvakt.rule.kind.NetworkAccess.Distance;
import org.locationtech.jts.geom.Geometry;

/**
 * Nearness (housing near centres and hubs, §6.1): each new or expanded object is near when a
 * centre (the rule's reference layer) is within {@code walkCentreM}, or a stop with at least
 * {@code minDepartures} departures per hour in the morning peak is within {@code walkStopM}, along
 * the network (straight line where none is loaded). Near objects are INFO, the others YELLOW; an
 * object with no link within {@code snapM}, or on a piece of network joined to no centre or stop, is
 * YELLOW "ikke nåbar" and counts as not near. A whole
 * object counts as near or not (its nearest point decides). Tables: one row per object, and per
 * municipality, region and all municipalities (MunicipalityLevels) the new area, the near area and
 * the share.
 */
public final class NearnessRule implements RuleKind {
    static final String WALK_CENTRE = "walkCentreM";
    static final String WALK_STOP = "walkStopM";
    static final String MIN_DEPARTURES = "minDepartures";
    private static final java.util.Comparator<List<String>> ORDER = java.util.Comparator.comparing(List::toString);

    @Override
    public String name() {
        return "nearness";
    }

    @Override
    public Set<String> placeholders() {
        return Placeholders.with(
                "reason", "centre_m", "centre", "stop_m", "stop", "method", "walk_centre_m", "walk_stop_m");
    }

    @Override
    public Set<String> layerParameters() {
        return Set.of(NetworkAccess.NETWORK_LAYERS, ClassificationRule.STOPS);
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of(WALK_CENTRE, WALK_STOP, MIN_DEPARTURES);
    }

    @Override
    public Set<Status> requiredMessages() {
        return Set.of(Status.YELLOW, Status.INFO);
    }

    @Override
    public void validate(RuleDefinition rule) {
        for (String p : List.of(WALK_CENTRE, WALK_STOP, MIN_DEPARTURES)) {
            if (rule.number(p) < 0) {
                throw new RulePackException("rule " + rule.id() + ": parameter " + p + " must be 0 or more");
            }
        }
        MunicipalityLevels.of(rule);
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        NetworkAccess access = NetworkAccess.of(ctx);
        List<String> common = new ArrayList<>(access.trace());
        List<Target> centres = NetworkAccess.targets(ctx.references());
        List<Target> stops = NetworkAccess.stops(ctx, rule.number(MIN_DEPARTURES), common);
        List<Finding> findings = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Map<List<String>, double[]>> byMunicipality = new TreeMap<>();
        for (AreaChange change : ctx.changes()) {
            ctx.checkpoint();
            ctx.checkpoint();
            if (!ctx.examined(change)) {
                continue;
            }
            Finding f = assess(ctx, access, change, centres, stops, common);
            findings.add(f);
            boolean near = f.figures().getOrDefault("near", 0.0) == 1.0;
            String kommune = LandCoverSplit.municipality(change.feature());
            double[] sums = byMunicipality
                    .computeIfAbsent(kommune, k -> new TreeMap<>(ORDER))
                    .computeIfAbsent(List.of(), k -> new double[2]);
            sums[0] += ctx.examinedAreaM2(change);
            sums[1] += near ? ctx.examinedAreaM2(change) : 0;
            rows.add(ObjectTable.row(
                    kommune,
                    f,
                    change,
                    ResultTable.metres(f.figures().get("centre_m")),
                    ResultTable.metres(f.figures().get("stop_m")),
                    near ? "ja" : "nei",
                    ResultTable.daa(ctx.examinedAreaM2(change))));
        }
        List<List<Object>> shares = new ArrayList<>();
        for (MunicipalityLevels.Row r : MunicipalityLevels.of(rule).rows(byMunicipality, ORDER)) {
            double[] v = r.sums();
            shares.add(r.cells(ResultTable.daa(v[0]), ResultTable.daa(v[1]), ResultTable.percent(v[1], v[0])));
        }
        String how = String.format(
                Locale.ROOT,
                "Nær = sentrum innen %s m eller holdeplass med minst %s avganger/time innen %s m, %s.",
                NetworkAccess.fmt(rule.number(WALK_CENTRE)),
                NetworkAccess.fmt(rule.number(MIN_DEPARTURES)),
                NetworkAccess.fmt(rule.number(WALK_STOP)),
                access.method().label());
        List<ResultTable> tables = List.of(
                new ResultTable(
                        rule.id() + "-objekter",
                        rule.id(),
                        "Nye boligområder: avstand til sentrum og holdeplass",
                        ObjectTable.columns(
                                new ResultTable.Column("sentrum_m", "Til sentrum", "m"),
                                new ResultTable.Column("holdeplass_m", "Til holdeplass", "m"),
                                new ResultTable.Column("naer", "Nær", null),
                                new ResultTable.Column("daa", "Areal", "daa")),
                        rows,
                        how),
                new ResultTable(
                        rule.id() + "-andel",
                        rule.id(),
                        "Andel av nytt boligareal nær sentrum eller holdeplass",
                        MunicipalityLevels.columns(
                                new ResultTable.Column("nytt_daa", "Nytt boligareal", "daa"),
                                new ResultTable.Column("naer_daa", "Herav nær", "daa"),
                                new ResultTable.Column("andel_naer", "Andel nær", "%")),
                        shares,
                        how
                                + " Arealene summeres over kommuner til region og alle kommuner; andelen regnes av summene."));
        return new RuleOutcome(findings, List.of(), tables);
    }

    private static Finding assess(
            RuleContext ctx,
            NetworkAccess access,
            AreaChange change,
            List<Target> centres,
            List<Target> stops,
            List<String> common) {
        RuleDefinition rule = ctx.rule();
        PlanFeature f = change.feature();
        Geometry part = ctx.examinedPart(change);
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.addAll(common);
        double walkCentre = ctx.value(WALK_CENTRE, part, trace);
        double walkStop = ctx.value(WALK_STOP, part, trace);
        trace.add(String.format(
                Locale.ROOT, "Plandiff: %s, undersøkt del %.1f m²", change.kind(), ctx.examinedAreaM2(change)));
        Map<String, String> values = new HashMap<>();
        values.put("object", f.displayName());
        values.put("purpose", f.purposeLabel());
        values.put("change", change.kind().label());
        values.put("area_daa", FindingText.daa(ctx.examinedAreaM2(change)));
        values.put("method", access.method().label());
        values.put("walk_centre_m", NetworkAccess.fmt(walkCentre));
        values.put("walk_stop_m", NetworkAccess.fmt(walkStop));
        Finding.Builder b = ctx.finding(Status.YELLOW, change);
        if (!access.reaches(part)) {
            double snap = ctx.has(NetworkAccess.SNAP) ? rule.number(NetworkAccess.SNAP) : NetworkAccess.DEFAULT_SNAP_M;
            values.put("centre_m", "–");
            values.put("stop_m", "–");
            values.put("reason", "ikke nåbar: ingen veg eller sti innen " + NetworkAccess.fmt(snap) + " m");
            trace.add(
                    "Ikke nåbar: ingen lenke i vegnettet innen snapM = " + NetworkAccess.fmt(snap) + " m fra området");
            // An ordered map: result.json must be byte-identical in every JVM (Map.of iterates in a per-JVM order).
            Map<String, Double> unreachable = new java.util.LinkedHashMap<>();
            unreachable.put("near", 0.0);
            unreachable.put("network", 1.0);
            return finish(ctx, change, Status.YELLOW, values, trace, part, unreachable, null, null);
        }
        Optional<Distance> centre = access.nearest(part, centres);
        Optional<Distance> stop = access.nearest(part, stops);
        trace.add(centre.map(d -> String.format(
                        Locale.ROOT,
                        "Nærmeste sentrum: %s, %.1f m %s",
                        d.targetId(),
                        d.metres(),
                        d.method().label()))
                .orElse("Ingen nåbart sentrum"));
        trace.add(stop.map(d -> String.format(
                        Locale.ROOT,
                        "Nærmeste holdeplass med nok avganger: %s, %.1f m %s",
                        d.targetId(),
                        d.metres(),
                        d.method().label()))
                .orElse("Ingen nåbar holdeplass med nok avganger"));
        if (access.hasNetwork() && centre.isEmpty() && stop.isEmpty() && !(centres.isEmpty() && stops.isEmpty())) {
            // On a piece of network joined to no centre or stop: not near, and the finding says why.
            values.put("centre_m", "–");
            values.put("stop_m", "–");
            values.put(
                    "reason", "ikke nåbar: vegnettet ved området henger ikke sammen med noe sentrum eller holdeplass");
            trace.add("Ikke nåbar: vegnettet ved området henger ikke sammen med noe sentrum eller holdeplass");
            Map<String, Double> unreachable = new java.util.LinkedHashMap<>();
            unreachable.put("near", 0.0);
            unreachable.put("network", 1.0);
            return finish(ctx, change, Status.YELLOW, values, trace, part, unreachable, null, null);
        }
        boolean near = centre.map(d -> d.metres() <= walkCentre).orElse(false)
                || stop.map(d -> d.metres() <= walkStop).orElse(false);
        Map<String, Double> figures = new java.util.LinkedHashMap<>();
        centre.ifPresent(d -> figures.put("centre_m", d.metres()));
        stop.ifPresent(d -> figures.put("stop_m", d.metres()));
        figures.put("near", near ? 1.0 : 0.0);
        figures.put("network", access.hasNetwork() ? 1.0 : 0.0);
        values.put("centre_m", centre.map(d -> FindingText.metres(d.metres())).orElse("–"));
        values.put("centre", centre.map(Distance::targetId).orElse("–"));
        values.put("stop_m", stop.map(d -> FindingText.metres(d.metres())).orElse("–"));
        values.put("stop", stop.map(Distance::targetId).orElse("–"));
        values.put("reason", near ? "innen gangavstand" : "utenfor gangavstand til sentrum og holdeplass");
        Status status = near ? Status.INFO : Status.YELLOW;
        trace.add("Status " + status + ": " + values.get("reason"));
        Distance nearest = centre.orElse(null);
        return finish(
                ctx,
                change,
                status,
                values,
                trace,
                part,
                figures,
                nearest == null ? null : nearest.targetId(),
                nearest == null ? null : nearest.metres());
    }

    private static Finding finish(
            RuleContext ctx,
            AreaChange change,
            Status status,
            Map<String, String> values,
            List<String> trace,
            Geometry part,
            Map<String, Double> figures,
            String centreId,
            Double distance) {
        RuleDefinition rule = ctx.rule();
        String template = rule.messages().getOrDefault(status, "{purpose} «{object}»: {reason}.");
        return ctx.finding(status, change)
                .key(FindingText.key(
                        rule.id(), change.feature().id(), ctx.layer().id(), "naerhet"))
                .reference(ctx.layer().id(), centreId)
                .area(ctx.examinedAreaM2(change))
                .distance(distance)
                .message(FindingText.fill(template, values))
                .trace(trace)
                .geometry(part)
                .figures(figures)
                .build();
    }
}
