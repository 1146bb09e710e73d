package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Classification (ABC, "rett virksomhet på rett sted"): every new or expanded business, service or
 * retail area gets a location class from its network distances: A when a centre or hub (the rule's
 * reference layer) is within {@code aHubM}; else B when a stop with at least {@code bMinDepartures}
 * departures per hour in the morning peak is within {@code bStopM}; else C when a main-road
 * junction (derived from the network: a road of {@code mainRoadCategories} meeting another road)
 * is within {@code cJunctionM}; else no class. Thresholds may vary by place type.
 *
 * <p>The class is then held against the use: {@code intensiveCodes} (many employees or visitors per
 * area) fit A, are YELLOW in B and RED in C or outside; {@code landHungryCodes} (area- and
 * lorry-dependent) are RED beyond {@code cJunctionM} of a main-road junction and YELLOW in A; every
 * fit, and every other code, is INFO with its class, so the map shows all classes. An object with no
 * link within {@code snapM}, or on a piece of network joined to no centre, stop or junction, is
 * YELLOW "ikke nåbar" (never a crash). Figures: abc_class (1 A, 2 B,
 * 3 C, 0 none), hub_m, stop_m, junction_m (absent when none is reachable), network (1 along the
 * network, 0 straight line).
 */
public final class ClassificationRule implements RuleKind {
    static final String A_HUB = "aHubM";
    static final String B_STOP = "bStopM";
    static final String B_DEPARTURES = "bMinDepartures";
    static final String C_JUNCTION = "cJunctionM";
    static final String INTENSIVE = "intensiveCodes";
    static final String LAND_HUNGRY = "landHungryCodes";
    static final String STOPS = "stopsLayer";
    static final String DEPARTURES = "departuresAttribute";
    static final String MAIN_ROADS = "mainRoadCategories";

    @Override
    public String name() {
        return "classification";
    }

    @Override
    public Set<String> placeholders() {
        return Placeholders.with("class", "class_label", "reason", "hub_m", "hub", "stop_m", "junction_m", "method");
    }

    @Override
    public Set<String> layerParameters() {
        return Set.of(NetworkAccess.NETWORK_LAYERS, STOPS, LandCoverSplit.PARAMETER);
    }

    @Override
    public Set<String> requiredParameters() {
        // Numeric ones only (the loader reads them as numbers); the code lists are checked in validate.
        return Set.of(A_HUB, B_STOP, B_DEPARTURES, C_JUNCTION);
    }

    @Override
    public Set<Status> requiredMessages() {
        return Set.of(Status.RED, Status.YELLOW, Status.INFO);
    }

    @Override
    public void validate(RuleDefinition rule) {
        for (String p : List.of(A_HUB, B_STOP, B_DEPARTURES, C_JUNCTION)) {
            if (rule.number(p) < 0) {
                throw new RulePackException("rule " + rule.id() + ": parameter " + p + " must be 0 or more");
            }
        }
        for (String p : List.of(INTENSIVE, LAND_HUNGRY)) {
            if (!rule.parameters().containsKey(p)) {
                throw new RulePackException(
                        "rule " + rule.id() + ": field parameters: classification rules need parameter " + p);
            }
            NetworkAccess.codes(rule, p);
        }
        if (rule.parameters().containsKey(STOPS) != rule.parameters().containsKey(DEPARTURES)) {
            throw new RulePackException(
                    "rule " + rule.id() + ": parameters " + STOPS + " and " + DEPARTURES + " go together");
        }
        MunicipalityLevels.of(rule);
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        NetworkAccess access = NetworkAccess.of(ctx);
        Set<Integer> intensive = NetworkAccess.codes(rule, INTENSIVE);
        Set<Integer> landHungry = NetworkAccess.codes(rule, LAND_HUNGRY);
        List<Target> hubs = NetworkAccess.targets(ctx.references());
        List<String> common = new ArrayList<>(access.trace());
        List<Target> stops = NetworkAccess.stops(ctx, rule.number(B_DEPARTURES), common);
        // In the pack's order: the trace must read the same in every JVM.
        Set<String> main = new java.util.LinkedHashSet<>(NetworkAccess.list(rule, MAIN_ROADS));
        List<Target> junctions = access.junctions(main.isEmpty() ? Set.of("E", "R") : main);
        if (access.hasNetwork()) {
            common.add("Hovedvegkryss avledet fra vegnettet (kategori "
                    + (main.isEmpty() ? "E, R" : String.join(", ", main)) + " møter en annen veg): "
                    + junctions.size());
        }
        LandCoverSplit cover = LandCoverSplit.of(ctx);
        List<Finding> findings = new ArrayList<>();
        List<List<Object>> classRows = new ArrayList<>();
        // Key per municipality: class, land cover (in the pack's order of land-cover layers).
        Comparator<List<String>> order = Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> cover.labels().indexOf(k.get(1)));
        Map<String, Map<List<String>, double[]>> reserve = new TreeMap<>();
        for (AreaChange change : ctx.changes()) {
            ctx.checkpoint();
            if (!ctx.examined(change)) {
                continue;
            }
            Finding f = classify(ctx, access, change, hubs, stops, junctions, intensive, landHungry, common);
            findings.add(f);
            String kommune = LandCoverSplit.municipality(change.feature());
            String cls = letter(f.figures().get("abc_class"));
            classRows.add(ObjectTable.row(
                    kommune,
                    f,
                    change,
                    change.kind().label(),
                    cls,
                    ResultTable.metres(f.figures().get("hub_m")),
                    ResultTable.metres(f.figures().get("stop_m")),
                    ResultTable.metres(f.figures().get("junction_m")),
                    ResultTable.daa(ctx.examinedAreaM2(change)),
                    f.status().label()));
            Map<List<String>, double[]> here = reserve.computeIfAbsent(kommune, k -> new TreeMap<>(order));
            cover.split(f.geometry())
                    .forEach((label, m2) -> here.computeIfAbsent(List.of(cls, label), k -> new double[1])[0] += m2);
        }
        List<ResultTable> tables = new ArrayList<>();
        tables.add(new ResultTable(
                rule.id() + "-klasser",
                rule.id(),
                "Lokaliseringsklasse (ABC) for nye og utvidede næringsområder",
                ObjectTable.columns(
                        new ResultTable.Column("endring", "Endring", null),
                        new ResultTable.Column("klasse", "Klasse", null),
                        new ResultTable.Column("knutepunkt_m", "Til sentrum/knutepunkt", "m"),
                        new ResultTable.Column("holdeplass_m", "Til holdeplass", "m"),
                        new ResultTable.Column("hovedvegkryss_m", "Til hovedvegkryss", "m"),
                        new ResultTable.Column("daa", "Areal", "daa"),
                        new ResultTable.Column("status", "Status", null)),
                classRows,
                "Avstander " + access.method().label() + "; klasse A/B/C etter regelens terskler, «–» utenfor alle."));
        List<List<Object>> reserveRows = new ArrayList<>();
        for (MunicipalityLevels.Row r : MunicipalityLevels.of(rule).rows(reserve, order)) {
            if (r.sums()[0] > 0) {
                reserveRows.add(r.cells(r.key().get(0), r.key().get(1), ResultTable.daa(r.sums()[0])));
            }
        }
        tables.add(new ResultTable(
                rule.id() + "-reserve",
                rule.id(),
                "Næringsarealreserven etter arealdekke og ABC-klasse",
                MunicipalityLevels.columns(
                        new ResultTable.Column("klasse", "Klasse", null),
                        new ResultTable.Column("arealdekke", "Arealdekke", null),
                        new ResultTable.Column("daa", "Areal", "daa")),
                reserveRows,
                "Nye og utvidede (ikke utbygde) næringsarealer fordelt på arealdekke i rekkefølgen "
                        + String.join(", ", cover.labels())
                        + (cover.missing().isEmpty()
                                ? ""
                                : " (ikke lastet: " + String.join(", ", cover.missing()) + ")")
                        + "; per kommune, region og alle kommuner."));
        return new RuleOutcome(findings, List.of(), tables);
    }

    private static String letter(Double figure) {
        int f = figure == null ? 0 : figure.intValue();
        return f == 1 ? "A" : f == 2 ? "B" : f == 3 ? "C" : "–";
    }

    private static Finding classify(
            RuleContext ctx,
            NetworkAccess access,
            AreaChange change,
            List<Target> hubs,
            List<Target> stops,
            List<Target> junctions,
            Set<Integer> intensive,
            Set<Integer> landHungry,
            List<String> common) {
        RuleDefinition rule = ctx.rule();
        PlanFeature f = change.feature();
        Geometry part = ctx.examinedPart(change);
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.addAll(common);
        double aHub = ctx.value(A_HUB, part, trace);
        double bStop = ctx.value(B_STOP, part, trace);
        double cJunction = ctx.value(C_JUNCTION, part, trace);
        trace.add(String.format(
                Locale.ROOT, "Plandiff: %s, undersøkt del %.1f m²", change.kind(), ctx.examinedAreaM2(change)));
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, String> values = new HashMap<>();
        values.put("object", f.displayName());
        values.put("purpose", f.purposeLabel());
        values.put("change", change.kind().label());
        values.put("area_daa", FindingText.daa(ctx.examinedAreaM2(change)));
        values.put("method", access.method().label());
        if (!access.reaches(part)) {
            double snap = ctx.has(NetworkAccess.SNAP) ? rule.number(NetworkAccess.SNAP) : NetworkAccess.DEFAULT_SNAP_M;
            trace.add(
                    "Ikke nåbar: ingen lenke i vegnettet innen snapM = " + NetworkAccess.fmt(snap) + " m fra området");
            return unreachable(
                    ctx, change, "ingen veg eller sti innen " + NetworkAccess.fmt(snap) + " m", values, trace, figures);
        }
        Optional<Distance> hub = access.nearest(part, hubs);
        Optional<Distance> stop = access.nearest(part, stops);
        Optional<Distance> junction = access.nearest(part, junctions);
        if (access.hasNetwork()
                && hub.isEmpty()
                && stop.isEmpty()
                && junction.isEmpty()
                && !(hubs.isEmpty() && stops.isEmpty() && junctions.isEmpty())) {
            // The object is on a piece of network that joins nothing the classes are measured to: no
            // class can be set, which is not the same as "far from everything" (RED for intensive uses).
            trace.add(
                    "Ikke nåbar: vegnettet ved området henger ikke sammen med noe sentrum, knutepunkt, holdeplass eller hovedvegkryss");
            return unreachable(
                    ctx,
                    change,
                    "vegnettet ved området henger ikke sammen med noe sentrum, holdeplass eller hovedvegkryss",
                    values,
                    trace,
                    figures);
        }
        describe(trace, "sentrum/knutepunkt (" + ctx.layer().id() + ")", hub);
        describe(trace, "holdeplass med nok avganger", stop);
        describe(trace, "hovedvegkryss", junction);
        hub.ifPresent(d -> figures.put("hub_m", d.metres()));
        stop.ifPresent(d -> figures.put("stop_m", d.metres()));
        junction.ifPresent(d -> figures.put("junction_m", d.metres()));
        AbcClass cls = within(hub, aHub)
                ? AbcClass.A
                : within(stop, bStop) ? AbcClass.B : within(junction, cJunction) ? AbcClass.C : AbcClass.NONE;
        figures.put("abc_class", (double) cls.figure());
        figures.put("network", access.hasNetwork() ? 1.0 : 0.0);
        trace.add(String.format(
                Locale.ROOT,
                "Klasse %s: A om knutepunkt ≤ %s m, ellers B om holdeplass ≤ %s m, ellers C om hovedvegkryss ≤ %s m",
                cls.letter(),
                NetworkAccess.fmt(aHub),
                NetworkAccess.fmt(bStop),
                NetworkAccess.fmt(cJunction)));
        values.put("class", cls.letter());
        values.put("class_label", cls.label());
        values.put("hub_m", hub.map(d -> FindingText.metres(d.metres())).orElse("–"));
        values.put("hub", hub.map(Distance::targetId).orElse("–"));
        values.put("stop_m", stop.map(d -> FindingText.metres(d.metres())).orElse("–"));
        values.put(
                "junction_m", junction.map(d -> FindingText.metres(d.metres())).orElse("–"));
        Status status;
        String reason;
        Integer code = f.code();
        if (code != null && intensive.contains(code)) {
            status = cls == AbcClass.A ? Status.INFO : cls == AbcClass.B ? Status.YELLOW : Status.RED;
            reason = cls == AbcClass.A
                    ? "besøks- og arbeidsplassintensiv bruk i klasse A passer"
                    : "besøks- og arbeidsplassintensiv bruk hører hjemme i klasse A, området er klasse " + cls.letter();
        } else if (code != null && landHungry.contains(code)) {
            if (!within(junction, cJunction)) {
                status = Status.RED;
                reason = "arealkrevende, transportavhengig virksomhet ligger mer enn " + NetworkAccess.fmt(cJunction)
                        + " m fra hovedvegnettet";
            } else if (cls == AbcClass.A) {
                status = Status.YELLOW;
                reason =
                        "arealkrevende virksomhet ved sentrum/knutepunkt beslaglegger areal som passer for klasse A-virksomhet";
            } else {
                status = Status.INFO;
                reason = "arealkrevende virksomhet nær hovedvegnettet passer";
            }
        } else {
            status = Status.INFO;
            reason = "klassen er til orientering for dette formålet";
        }
        values.put("reason", reason);
        trace.add("Status " + status + ": " + reason);
        return finding(
                ctx, change, status, hub.orElse(null), hub.map(Distance::metres).orElse(null), values, trace, figures);
    }

    /** YELLOW "ikke nåbar": the network cannot carry the object to anything, so no class is set. */
    private static Finding unreachable(
            RuleContext ctx,
            AreaChange change,
            String why,
            Map<String, String> values,
            List<String> trace,
            Map<String, Double> figures) {
        figures.put("abc_class", 0.0);
        figures.put("network", 1.0);
        values.put("class", "–");
        for (String k : List.of("hub_m", "hub", "stop_m", "junction_m")) {
            values.put(k, "–");
        }
        values.put("reason", "ikke nåbar: " + why + ", så klassen kan ikke fastsettes");
        trace.add("Status YELLOW: må vurderes (området er ikke knyttet til vegnettet)");
        return finding(ctx, change, Status.YELLOW, null, null, values, trace, figures);
    }

    private static boolean within(Optional<Distance> d, double limit) {
        return d.isPresent() && d.get().metres() <= limit;
    }

    private static void describe(List<String> trace, String what, Optional<Distance> d) {
        trace.add(d.map(x -> String.format(
                        Locale.ROOT,
                        "Nærmeste %s: %s, %.1f m %s (herav %.1f m rett linje til/fra vegnettet)",
                        what,
                        x.targetId(),
                        x.metres(),
                        x.method().label(),
                        x.connectorM()))
                .orElse("Ingen nåbar " + what));
    }

    private static Finding finding(
            RuleContext ctx,
            AreaChange change,
            Status status,
            Distance hub,
            Double distance,
            Map<String, String> values,
            List<String> trace,
            Map<String, Double> figures) {
        RuleDefinition rule = ctx.rule();
        PlanFeature f = change.feature();
        Geometry part = ctx.examinedPart(change);
        String template = rule.messages().getOrDefault(status, "{purpose} «{object}»: klasse {class}; {reason}.");
        return ctx.finding(status, change)
                .key(FindingText.key(rule.id(), f.id(), ctx.layer().id(), "abc"))
                .reference(ctx.layer().id(), hub == null ? null : hub.targetId())
                .area(ctx.examinedAreaM2(change))
                .distance(distance)
                .message(FindingText.fill(template, values))
                .trace(trace)
                .geometry(part)
                .figures(figures)
                .build();
    }
}
