package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.planvakt.InputException;
import no.planvakt.network.DistanceService;
import no.planvakt.network.Measured;
import no.planvakt.network.Method;
import no.planvakt.network.RoadNetwork;
import no.planvakt.network.Target;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RulePackException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The network a rule measures on, from its parameters: {@code networkLayers} (comma-separated
 * line layers, e.g. roads and paths), {@code categoryAttribute}, {@code numberAttribute} and
 * {@code snapM}. When a named layer is not loaded, distances fall back to straight lines and the
 * trace (and every finding) says so.
 */
final class NetworkAccess {
    static final String NETWORK_LAYERS = "networkLayers";
    static final String CATEGORY = "categoryAttribute";
    static final String NUMBER = "numberAttribute";
    static final String SNAP = "snapM";
    static final double DEFAULT_SNAP_M = 500;

    private final RuleContext ctx;
    private final RoadNetwork network;
    private final DistanceService service;
    private final double snapStored;
    private final List<String> trace = new ArrayList<>();

    private NetworkAccess(RuleContext ctx, RoadNetwork network, DistanceService service, double snapStored) {
        this.ctx = ctx;
        this.network = network;
        this.service = service;
        this.snapStored = snapStored;
    }

    static NetworkAccess of(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        List<String> ids = list(rule, NETWORK_LAYERS);
        List<String> missing =
                ids.stream().filter(id -> !ctx.layers().containsKey(id)).toList();
        double snap = ctx.has(SNAP) ? rule.number(SNAP) : DEFAULT_SNAP_M;
        Geometry near =
                ctx.changes().isEmpty() ? null : ctx.changes().get(0).feature().geometry();
        double snapStored = near == null ? snap : ctx.measure().toStored(snap, near);
        if (ids.isEmpty() || !missing.isEmpty()) {
            NetworkAccess a = new NetworkAccess(ctx, null, DistanceService.straightLine(), snapStored);
            a.trace.add("Intet vegnett lastet"
                    + (missing.isEmpty() ? "" : " (mangler lag " + String.join(", ", missing) + ")")
                    + ": avstander måles i luftlinje, og hovedvegkryss kan ikke avledes");
            return a;
        }
        List<ReferenceLayer> layers = ids.stream().map(ctx.layers()::get).toList();
        RoadNetwork net = RoadNetwork.fromLayers(layers, text(rule, CATEGORY), text(rule, NUMBER));
        NetworkAccess a = new NetworkAccess(ctx, net, ctx.network().on(net, snapStored), snapStored);
        a.trace.add(String.format(
                Locale.ROOT,
                "Vegnett %s: %d noder, %d lenker, %d sammenhengende del(er); tilknytning til nærmeste lenke innen %s m",
                net.name(),
                net.nodes().size(),
                net.edges().size(),
                net.components(),
                fmt(snap)));
        return a;
    }

    static List<String> list(RuleDefinition rule, String name) {
        if (!rule.parameters().containsKey(name)) {
            return List.of();
        }
        return Arrays.stream(rule.parameters().get(name).asText().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static Set<Integer> codes(RuleDefinition rule, String name) {
        try {
            return list(rule, name).stream().map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
        } catch (NumberFormatException e) {
            throw new RulePackException(
                    "rule " + rule.id() + ": parameter " + name + " must be a comma-separated list of codes, found \""
                            + rule.parameters().get(name).asText() + "\"");
        }
    }

    static String text(RuleDefinition rule, String name) {
        return rule.parameters().containsKey(name) ? rule.parameters().get(name).asText() : null;
    }

    List<String> trace() {
        return trace;
    }

    boolean hasNetwork() {
        return network != null;
    }

    /** The method distances are measured with when a target is reachable. */
    Method method() {
        return service.method();
    }

    /** False when a network is loaded and {@code g} lies farther than the snap distance from every link. */
    boolean reaches(Geometry g) {
        return network == null || !network.access(g, snapStored).isEmpty();
    }

    /** Main-road junctions as targets; empty without a network. */
    List<Target> junctions(Set<String> mainCategories) {
        if (network == null) {
            return List.of();
        }
        List<Target> out = new ArrayList<>();
        for (Point p : network.junctions(e -> e.category() != null && mainCategories.contains(e.category()))) {
            out.add(new Target(String.valueOf(p.getUserData()), p));
        }
        return out;
    }

    static List<Target> targets(List<ReferenceFeature> features) {
        return features.stream().map(f -> new Target(f.id(), f.geometry())).toList();
    }

    /** Features of a point layer whose numeric attribute is at least {@code min}; refuses a layer without the attribute. */
    static List<ReferenceFeature> atLeast(ReferenceLayer layer, String attribute, double min) {
        if (layer.features().stream().noneMatch(f -> f.attributes().containsKey(attribute))) {
            throw new InputException("reference layer " + layer.id() + " has no attribute \"" + attribute
                    + "\" (needed for departures per hour); " + "its attributes are "
                    + (layer.features().isEmpty()
                            ? "none"
                            : layer.features().get(0).attributes().keySet()));
        }
        List<ReferenceFeature> out = new ArrayList<>();
        for (ReferenceFeature f : layer.features()) {
            Object v = f.attributes().get(attribute);
            double n;
            try {
                n = v instanceof Number num ? num.doubleValue() : Double.parseDouble(String.valueOf(v));
            } catch (NumberFormatException e) {
                throw new InputException("reference layer " + layer.id() + ": feature " + f.id() + " has " + attribute
                        + " = \"" + v + "\", not a number");
            }
            if (n >= min) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The stops (parameter {@code stopsLayer}) with at least {@code minDepartures} in the layer's
     * {@code departuresAttribute}; none when the rule names no stops layer or it is not loaded.
     */
    static List<Target> stops(RuleContext ctx, double minDepartures, List<String> trace) {
        String id = text(ctx.rule(), ClassificationRule.STOPS);
        ReferenceLayer layer = id == null ? null : ctx.layers().get(id);
        if (layer == null) {
            trace.add(
                    id == null ? "Ingen holdeplasser oppgitt i regelen" : "Holdeplasslaget " + id + " er ikke lastet");
            return List.of();
        }
        var good = atLeast(layer, text(ctx.rule(), ClassificationRule.DEPARTURES), minDepartures);
        trace.add(String.format(
                Locale.ROOT,
                "Holdeplasser i %s med minst %s avganger per time i morgenrushet: %d av %d",
                id,
                fmt(minDepartures),
                good.size(),
                layer.features().size()));
        return targets(good);
    }

    /** The nearest reachable target in metres of the plan's CRS, if any. */
    Optional<Distance> nearest(Geometry from, List<Target> targets) {
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        // To the centimetre: both engines (JGraphT, pgRouting) then give the same figures, not just within 1 m.
        return service.nearest(from, targets)
                .map(m -> new Distance(
                        m.targetId(),
                        cm(ctx.measure().length(m.metres(), from)),
                        cm(ctx.measure().length(m.connectorM(), from)),
                        m.method()));
    }

    private static double cm(double metres) {
        return Math.round(metres * 100) / 100.0;
    }

    /** A distance in the plan's CRS: total, of it the straight connectors, and how it was measured. */
    record Distance(String targetId, double metres, double connectorM, Method method) {
        static Distance of(Measured m) {
            return new Distance(m.targetId(), m.metres(), m.connectorM(), m.method());
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
