package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvakt.InputException;
import no.planvakt.crs.Crs;
import no.planvakt.diff.AreaChange;
import no.planvakt.network.GraphDistances;
import no.planvakt.network.RoadNetwork;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.FeatureFilter;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RuleOutcome;
import no.planvakt.siting.Candidate;
import no.planvakt.siting.CoverSolver;
import no.planvakt.siting.CpSatCoverSolver;
import no.planvakt.siting.Gap;
import no.planvakt.siting.Proposal;
import no.planvakt.siting.SiteInput;
import no.planvakt.siting.SiteScorer;
import no.planvakt.siting.SitingAnalysis;
import no.planvakt.siting.SitingOverview;
import no.planvakt.siting.SitingParameters;
import no.planvakt.siting.Station;
import no.planvakt.siting.StationPlacer;
import org.locationtech.jts.geom.Geometry;

/**
 * Siting: the overview of favourable sites for energy stations along the pack's corridors (see
 * {@code no.planvakt.siting}). Its findings are the overview on the map: each gap per carrier as a
 * line (YELLOW, to be followed up), each candidate site with its score and whether it is proposed
 * (INFO), each station that could not be placed on a corridor (INFO, never dropped), and each plan
 * object the pack marks as a proposed energy station (clear when it reaches a corridor and has room
 * and no conflict; YELLOW otherwise, saying whether it lies in a gap). Analysis runs in the plan's
 * own CRS; geometries are stored in the canonical CRS.
 */
public final class SitingRule implements RuleKind {
    private static final Set<String> PLACEHOLDERS =
            Placeholders.with("corridor", "section", "carrier", "gap_km", "spacing_km", "max_km", "from", "to");
    public static final String KIND = "siting";
    private final CoverSolver solver;

    public SitingRule() {
        this(new CpSatCoverSolver(30));
    }

    public SitingRule(CoverSolver solver) {
        this.solver = solver;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of();
    }

    @Override
    public Set<Status> requiredMessages() {
        return Set.of();
    }

    @Override
    public Set<String> placeholders() {
        return PLACEHOLDERS;
    }

    @Override
    public Map<String, FilterOn> filterParameters() {
        return Map.of("proposedFilter", FilterOn.PLAN);
    }

    @Override
    public void validate(RuleDefinition rule) {
        SitingParameters.of(rule);
    }

    @Override
    public List<String> extraLayers(RuleDefinition rule) {
        return SitingParameters.of(rule).layers();
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        SitingParameters p = SitingParameters.of(rule);
        int stored = ctx.measure().storedSrid();
        int report = ctx.measure().reportSrid();
        Local local = new Local(stored, report);
        List<ReferenceFeature> roads = local.features(ctx.references());
        List<Station> stations = local.features(layer(ctx, p.stationsLayer()).features()).stream()
                .map(f -> Station.of(f, p.carrierAttribute()))
                .toList();
        List<SiteInput> sites = new ArrayList<>();
        for (AreaChange c : ctx.changes()) {
            ctx.checkpoint();
            if (!ctx.examined(c)) {
                continue;
            }
            PlanFeature f = c.feature();
            sites.add(new SiteInput(
                    f.id(),
                    f.displayName(),
                    "plan",
                    local.in(f.geometry()),
                    ctx.measure().area(f.geometry())));
        }
        if (!p.sitesLayer().isBlank()) {
            for (ReferenceFeature f : local.features(layer(ctx, p.sitesLayer()).features())) {
                Object area = f.attributes().get("areal_m2");
                Object name = f.attributes().get("navn");
                sites.add(new SiteInput(
                        f.id(),
                        name == null ? f.id() : String.valueOf(name),
                        p.sitesLayer(),
                        f.geometry(),
                        area != null ? number(area) : f.geometry().getArea()));
            }
        }
        List<ReferenceLayer> conflicts = p.conflictLayers().stream()
                .map(id -> local.layer(layer(ctx, id)))
                .toList();
        SiteScorer scorer = new SiteScorer(
                p,
                local.features(layer(ctx, p.gridLayer()).features()),
                p.trafficLayer().isBlank()
                        ? null
                        : local.features(layer(ctx, p.trafficLayer()).features()),
                conflicts);
        // Candidate sites reach a corridor along the loaded road network (the same layer the corridors come from).
        // The whole road layer, not only the links the reference filter keeps for corridors (transformed once).
        ReferenceLayer roadLayer = ctx.layer();
        List<ReferenceFeature> allRoads =
                ctx.references().size() == roadLayer.features().size() ? roads : local.features(roadLayer.features());
        GraphDistances network = new GraphDistances(
                RoadNetwork.fromLayer(
                        new ReferenceLayer(
                                roadLayer.id(),
                                roadLayer.title(),
                                roadLayer.provenance(),
                                roadLayer.coverage(),
                                roadLayer.sourceSrid(),
                                allRoads),
                        "vegkategori",
                        "vegnummer"),
                p.candidateMaxM());
        SitingOverview overview = new SitingAnalysis(p, solver, network)
                .run(rule.id(), ctx.layer().id(), roads, stations, sites, scorer);
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.add(String.format(
                Locale.ROOT,
                "Lengder og avstander målt i EPSG:%d (planens eget koordinatsystem), langs korridorlinjen (JTS LengthIndexedLine)",
                report));
        overview.corridors()
                .forEach(c -> trace.add(String.format(
                        Locale.ROOT,
                        "Korridor %s (%s, klasse %s): %d lenker → %d strekning(er), %.0f m; %d brudd skjøtt (innen joinM); utelatt sidegren %.0f m",
                        c.spec().id(),
                        c.spec().road(),
                        c.spec().corridorClass(),
                        c.links(),
                        c.sections().size(),
                        c.length(),
                        c.joins(),
                        c.leftOutM())));
        overview.junctions()
                .forEach(j -> trace.add(String.format(
                        Locale.ROOT,
                        "Kryss: %s %s på %s ved mål %.1f m (%.0f m unna) – ikke en grense; avstanden regnes videre langs %s i verste retning",
                        j.section().id(),
                        j.atStart() ? "starter" : "slutter",
                        j.other().id(),
                        j.otherMeasure(),
                        j.offsetM(),
                        j.other().id())));
        trace.add(String.format(
                Locale.ROOT,
                "Stasjoner (%s): %d plassert innen %.0f m (fanging) eller %.0f m forbi en åpen ende (grensemargin), %d ikke plassert",
                p.stationsLayer(),
                overview.placement().placed().stream()
                        .map(s -> s.station().id())
                        .distinct()
                        .count(),
                p.snapM(),
                p.borderMarginM(),
                overview.placement().notPlaced().size()));
        return new Findings(ctx, p, local, trace, overview).build();
    }

    private static ReferenceLayer layer(RuleContext ctx, String id) {
        ReferenceLayer l = ctx.layers().get(id);
        if (l == null) {
            throw new InputException(
                    "rule " + ctx.rule().id() + ": field parameters: reference layer \"" + id + "\" is not loaded");
        }
        return l;
    }

    private static double number(Object v) {
        try {
            return v instanceof Number n
                    ? n.doubleValue()
                    : Double.parseDouble(String.valueOf(v).trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Moves geometries between the stored CRS and the plan's own, where the analysis runs. */
    record Local(int stored, int report) {
        Geometry in(Geometry g) {
            return Crs.transform(g, stored, report);
        }

        Geometry out(Geometry g) {
            return Crs.transform(g, report, stored);
        }

        List<ReferenceFeature> features(List<ReferenceFeature> fs) {
            return stored == report
                    ? fs
                    : fs.stream()
                            .map(f -> new ReferenceFeature(f.id(), f.attributes(), in(f.geometry())))
                            .toList();
        }

        ReferenceLayer layer(ReferenceLayer l) {
            return stored == report
                    ? l
                    : new ReferenceLayer(
                            l.id(), l.title(), l.provenance(), l.coverage(), l.sourceSrid(), features(l.features()));
        }
    }

    /** Turns the overview into findings. */
    private record Findings(
            RuleContext ctx, SitingParameters p, Local local, List<String> trace, SitingOverview overview) {
        RuleOutcome build() {
            List<Finding> findings = new ArrayList<>();
            List<Checked> checked = new ArrayList<>();
            for (Gap g : overview.gaps()) {
                findings.add(gap(g));
            }
            for (StationPlacer.NotPlaced n : overview.placement().notPlaced()) {
                findings.add(notPlaced(n));
            }
            Map<Candidate, List<String>> proposedFor = new LinkedHashMap<>();
            for (Proposal.Result r : overview.proposals()) {
                r.chosen()
                        .forEach(c -> proposedFor
                                .computeIfAbsent(c.candidate(), k -> new ArrayList<>())
                                .add(r.carrier()));
            }
            FeatureFilter proposed = ctx.filter("proposedFilter");
            for (Candidate c : overview.candidates()) {
                if (!c.access().isEmpty()) {
                    findings.add(candidate(c, proposedFor.getOrDefault(c, List.of())));
                } else if (c.source().equals("plan") && !isProposed(proposed, c)) {
                    // Examined and out of reach: said so, not dropped (a proposed station gets its own finding below).
                    checked.add(new Checked(
                            ctx.rule().id(),
                            c.id(),
                            c.name(),
                            "«" + c.name() + "» når ingen korridor innen " + km(p.candidateMaxM())
                                    + " km langs vegnettet og er ikke en mulig lokalisering"));
                }
            }
            if (proposed != null) {
                for (AreaChange change : ctx.changes()) {
                    if (ctx.examined(change) && proposed.accepts(change.feature())) {
                        Candidate c = overview.candidates().stream()
                                .filter(x -> x.source().equals("plan")
                                        && x.id().equals(change.feature().id()))
                                .findFirst()
                                .orElseThrow();
                        Finding f = planned(change, c);
                        if (f == null) {
                            checked.add(new Checked(
                                    ctx.rule().id(),
                                    c.id(),
                                    c.name(),
                                    "Planlagt energistasjon «" + c.name()
                                            + "» ligger i en luke langs " + corridors(c)
                                            + ", har plass og ingen konflikt (poeng "
                                            + score(c) + ")"));
                        } else {
                            findings.add(f);
                        }
                    }
                }
            }
            return new RuleOutcome(findings, checked, SitingTables.of(ctx.rule().id(), overview, proposedFor));
        }

        private Finding gap(Gap g) {
            RuleDefinition rule = ctx.rule();
            Map<String, String> v = new HashMap<>();
            v.put("corridor", g.section().corridor().road().toString());
            v.put("section", g.section().id());
            v.put("carrier", g.spacing().carrier());
            v.put("gap_km", km(g.lengthM()));
            v.put("spacing_km", km(g.spacingM()));
            v.put("max_km", km(g.spacing().maxM()));
            v.put("from", bound(g.fromStation(), g.fromVia(), "før"));
            v.put("to", bound(g.toStation(), g.toVia(), "etter"));
            String template = rule.messages()
                    .getOrDefault(
                            Status.YELLOW,
                            "{corridor} ({section}): {gap_km} km uten {carrier} – {spacing_km} km mellom {from} og {to}, mer enn {max_km} km.");
            List<String> t = new ArrayList<>(trace);
            t.add("Krav: " + g.spacing().carrier() + " høyst " + km(g.spacing().maxM()) + " km mellom stasjoner på "
                    + g.section().corridor().corridorClass() + " ("
                    + g.spacing().citation() + ")");
            t.add(String.format(
                    Locale.ROOT,
                    "Luke på %s fra mål %.1f m (%s) til %.1f m (%s): avstand %.1f m > %.1f m; innenfor strekningen %.1f–%.1f m = %.1f m",
                    g.section().id(),
                    g.from(),
                    v.get("from"),
                    g.to(),
                    v.get("to"),
                    g.spacingM(),
                    g.spacing().maxM(),
                    g.clippedFrom(),
                    g.clippedTo(),
                    g.lengthM()));
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("gap_m", g.lengthM());
            figures.put("spacing_m", g.spacingM());
            figures.put("max_spacing_m", g.spacing().maxM());
            figures.put("from_m", g.from());
            figures.put("to_m", g.to());
            return Finding.of(rule.id(), rule.title(), Status.YELLOW)
                    .key(FindingText.key(
                            rule.id(),
                            "gap",
                            g.section().id(),
                            g.spacing().carrier(),
                            String.valueOf(Math.round(g.from()))))
                    .planObject(
                            "",
                            g.section().corridor().road() + " " + g.spacing().carrier(),
                            "luke")
                    .reference(
                            ctx.layer().id(),
                            g.section().id() + ":" + g.spacing().carrier())
                    .distance(g.lengthM())
                    .message(FindingText.fill(template, v))
                    .trace(t)
                    .geometry(local.out(g.geometry()))
                    .figures(figures)
                    .build();
        }

        private Finding notPlaced(StationPlacer.NotPlaced n) {
            RuleDefinition rule = ctx.rule();
            List<String> t = new ArrayList<>(trace);
            t.add(String.format(
                    Locale.ROOT,
                    "Stasjon %s: nærmeste korridorstrekning %s er %.0f m unna, mer enn fangeavstanden %.0f m og ikke forbi en åpen ende innen %.0f m",
                    n.station().id(),
                    n.nearestSection(),
                    n.distanceM(),
                    p.snapM(),
                    p.borderMarginM()));
            return Finding.of(rule.id(), rule.title(), Status.INFO)
                    .key(FindingText.key(rule.id(), "not_placed", n.station().id()))
                    .planObject("", n.station().name(), "stasjon ikke plassert")
                    .reference(p.stationsLayer(), n.station().id())
                    .distance(n.distanceM())
                    .message("Stasjon «" + n.station().name() + "» ("
                            + String.join(", ", n.station().carriers()) + ") ligger " + km(n.distanceM())
                            + " km fra nærmeste korridor og er ikke plassert på noen korridor.")
                    .trace(t)
                    .geometry(local.out(n.station().geometry()))
                    .figure("not_placed", 1.0)
                    .build();
        }

        private Finding candidate(Candidate c, List<String> carriers) {
            RuleDefinition rule = ctx.rule();
            List<String> t = new ArrayList<>(trace);
            c.access()
                    .forEach(a -> t.add(String.format(
                            Locale.ROOT,
                            "Når %s ved mål %.1f m, %.0f m langs vegnettet (JGraphT, inkludert rett linje fra området til nærmeste lenke)",
                            a.section().id(),
                            a.measure(),
                            a.distanceM())));
            t.addAll(c.score().trace());
            for (Proposal.Result r : overview.proposals()) {
                if (carriers.contains(r.carrier())) {
                    t.add("Foreslått for " + r.carrier() + ": " + r.solution().method()
                            + (r.solution().optimal() ? ", bevist optimalt" : "") + "; "
                            + r.chosen().size() + " nye stasjon(er) i alt for " + r.carrier());
                }
            }
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("score", c.score().total());
            figures.put("traffic", c.score().traffic().value());
            figures.put("grid", c.score().grid().value());
            figures.put("room", c.score().room().value());
            figures.put("conflict", c.score().conflict().value());
            figures.put("proposed", carriers.isEmpty() ? 0.0 : 1.0);
            String text = "Mulig lokalisering «" + c.name() + "» ved " + corridors(c) + ": poeng " + score(c)
                    + (c.eligible() ? "" : " (for lite areal for vogntog)")
                    + (carriers.isEmpty() ? "." : "; foreslått ny stasjon for " + String.join(" og ", carriers) + ".");
            boolean plan = c.source().equals("plan");
            return Finding.of(rule.id(), rule.title(), Status.INFO)
                    .key(FindingText.key(rule.id(), "candidate", c.source(), c.id()))
                    .planObject(
                            plan ? c.id() : "",
                            c.name(),
                            carriers.isEmpty() ? "mulig lokalisering" : "foreslått lokalisering")
                    .reference(plan ? "plan" : c.source(), plan ? null : c.id())
                    .area(c.areaM2())
                    .distance(c.access().get(0).distanceM())
                    .message(text)
                    .trace(t)
                    .geometry(local.out(c.geometry()))
                    .figures(figures)
                    .build();
        }

        /** The check of a plan object marked as a proposed energy station; null when it is clear. */
        private Finding planned(AreaChange change, Candidate c) {
            RuleDefinition rule = ctx.rule();
            List<String> problems = new ArrayList<>();
            List<Gap> in = overview.gaps().stream()
                    .filter(g -> c.access().stream()
                            .anyMatch(
                                    a -> a.section() == g.section() && a.measure() > g.from() && a.measure() < g.to()))
                    .toList();
            if (c.access().isEmpty()) {
                problems.add("ligger mer enn " + km(p.candidateMaxM()) + " km fra alle korridorene");
            } else if (in.isEmpty()) {
                problems.add("ligger ikke i en luke (korridoren har stasjoner nok her)");
            }
            if (!c.score().roomOk()) {
                problems.add("har for lite areal for vogntog (" + Math.round(c.areaM2()) + " m² < "
                        + Math.round(p.minAreaM2()) + " m²)");
            }
            if (!c.score().conflicts().isEmpty()) {
                problems.add("overlapper " + String.join(", ", c.score().conflicts()));
            }
            if (problems.isEmpty()) {
                return null;
            }
            List<String> t = new ArrayList<>(trace);
            in.forEach(g -> t.add(String.format(
                    Locale.ROOT,
                    "Ligger i luke for %s på %s (%.1f–%.1f m)",
                    g.spacing().carrier(),
                    g.section().id(),
                    g.clippedFrom(),
                    g.clippedTo())));
            t.addAll(c.score().trace());
            PlanFeature f = change.feature();
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("score", c.score().total());
            figures.put("traffic", c.score().traffic().value());
            figures.put("grid", c.score().grid().value());
            figures.put("room", c.score().room().value());
            figures.put("conflict", c.score().conflict().value());
            figures.put("in_gap", in.isEmpty() ? 0.0 : 1.0);
            figures.put("conflicts", (double) c.score().conflicts().size());
            return Finding.of(rule.id(), rule.title(), Status.YELLOW)
                    .key(FindingText.key(rule.id(), "planned", f.id()))
                    .change(change.kind())
                    .planObject(f.id(), f.displayName(), f.purposeLabel())
                    .reference(ctx.layer().id(), null)
                    .area(c.areaM2())
                    .distance(c.access().isEmpty() ? null : c.access().get(0).distanceM())
                    .message("Planlagt energistasjon «" + f.displayName() + "» " + String.join("; ", problems)
                            + " (poeng " + score(c)
                            + (in.isEmpty()
                                    ? ""
                                    : ", lukker luke for "
                                            + String.join(
                                                    " og ",
                                                    in.stream()
                                                            .map(g ->
                                                                    g.spacing().carrier())
                                                            .distinct()
                                                            .toList()))
                            + ").")
                    .trace(t)
                    .geometry(f.geometry())
                    .figures(figures)
                    .build();
        }

        /** What bounds a gap: a station, the virtual one at the border margin, either across a junction. */
        private static String bound(String station, String via, String side) {
            if (via != null) {
                return (station == null ? "grensemarginen på " + via : "stasjon " + station + " på " + via)
                        + " (gjennom krysset)";
            }
            return station == null ? "grensemarginen " + side + " strekningen" : "stasjon " + station;
        }

        private boolean isProposed(FeatureFilter proposed, Candidate c) {
            return proposed != null
                    && ctx.changes().stream()
                            .anyMatch(ch -> ch.feature().id().equals(c.id()) && proposed.accepts(ch.feature()));
        }

        private static String corridors(Candidate c) {
            return String.join(
                    ", ",
                    c.access().stream()
                            .map(a -> a.section().corridor().road().toString())
                            .distinct()
                            .toList());
        }

        private static String score(Candidate c) {
            return String.format(
                    Locale.forLanguageTag("nb-NO"), "%.2f", c.score().total());
        }

        private static String km(double m) {
            return String.format(Locale.forLanguageTag("nb-NO"), "%.1f", m / 1000);
        }
    }
}
