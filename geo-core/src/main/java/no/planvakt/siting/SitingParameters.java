package no.planvakt.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.rule.FeatureFilter;
import no.planvakt.rule.Parameter;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RulePackException;

/**
 * A siting rule's parameters, read once from the pack and checked with messages that name the rule
 * and the field: corridors and spacing are structured values, every tolerance and weight a number.
 */
public record SitingParameters(
        List<CorridorSpec> corridors,
        List<Spacing> spacing,
        String stationsLayer,
        String carrierAttribute,
        String gridLayer,
        String sitesLayer,
        String trafficLayer,
        List<String> conflictLayers,
        String proposedFilter,
        double snapM,
        double joinM,
        double borderMarginM,
        double candidateMaxM,
        double minAreaM2,
        double fullAreaM2,
        double gridZeroM,
        double trafficFullAdt,
        Map<String, Double> roadClassScore,
        Weights weights) {

    public static final String CORRIDORS = "corridors";
    public static final String SPACING = "spacing";
    static final List<String> NUMBERS = List.of(
            "snapM",
            "joinM",
            "borderMarginM",
            "candidateMaxM",
            "minAreaM2",
            "fullAreaM2",
            "gridZeroM",
            "trafficFullAdt",
            "weightTraffic",
            "weightGrid",
            "weightRoom",
            "weightConflict");

    public SitingParameters {
        corridors = List.copyOf(corridors);
        spacing = List.copyOf(spacing);
        conflictLayers = List.copyOf(conflictLayers);
        roadClassScore = Map.copyOf(roadClassScore);
    }

    /** Weights of the four parts of a site's score (the score is their weighted mean, 0..1). */
    public record Weights(double traffic, double grid, double room, double conflict) {
        public double sum() {
            return traffic + grid + room + conflict;
        }
    }

    public static SitingParameters of(RuleDefinition rule) {
        String where = "rule " + rule.id() + ": field parameters.";
        for (String n : NUMBERS) {
            if (!rule.parameters().containsKey(n)) {
                throw new RulePackException(where + n + ": siting rules need this parameter");
            }
            if (rule.number(n) < 0) {
                throw new RulePackException(where + n + ": must be 0 or more, found " + rule.number(n));
            }
        }
        List<CorridorSpec> corridors = corridors(rule, where + CORRIDORS);
        List<Spacing> spacing = spacing(rule, where + SPACING);
        for (CorridorSpec c : corridors) {
            if (spacing.stream().noneMatch(s -> s.corridorClass().equals(c.corridorClass()))) {
                throw new RulePackException(
                        where + CORRIDORS + ": corridor " + c.id() + " has class \"" + c.corridorClass()
                                + "\", which " + SPACING + " does not give (classes: "
                                + String.join(
                                        ", ",
                                        spacing.stream()
                                                .map(Spacing::corridorClass)
                                                .distinct()
                                                .toList()) + ")");
            }
        }
        String proposed = text(rule, "proposedFilter", "");
        if (!proposed.isBlank()) {
            FeatureFilter.compile(where + "proposedFilter", proposed).requirePlanAttributes(where + "proposedFilter");
        }
        Map<String, Double> classScore = new LinkedHashMap<>();
        Parameter rc = rule.parameters().get("roadClassScore");
        if (rc == null || !(rc.value() instanceof Map<?, ?> m) || m.isEmpty()) {
            throw new RulePackException(where
                    + "roadClassScore: a map from vegkategori to a score 0..1 is required, e.g. {E: 1.0, R: 0.7}");
        } else {
            m.forEach(
                    (k, v) -> classScore.put(String.valueOf(k), Parameter.number(v, rule.id(), "roadClassScore." + k)));
        }
        Weights w = new Weights(
                rule.number("weightTraffic"),
                rule.number("weightGrid"),
                rule.number("weightRoom"),
                rule.number("weightConflict"));
        if (w.sum() <= 0) {
            throw new RulePackException(where + "weight*: the weights add up to 0");
        }
        if (rule.number("fullAreaM2") < rule.number("minAreaM2")) {
            throw new RulePackException(where + "fullAreaM2: must be at least minAreaM2");
        }
        return new SitingParameters(
                corridors,
                spacing,
                required(rule, where, "stationsLayer"),
                text(rule, "carrierAttribute", "energi"),
                required(rule, where, "gridLayer"),
                text(rule, "sitesLayer", ""),
                text(rule, "trafficLayer", ""),
                list(text(rule, "conflictLayers", "")),
                proposed,
                rule.number("snapM"),
                rule.number("joinM"),
                rule.number("borderMarginM"),
                rule.number("candidateMaxM"),
                rule.number("minAreaM2"),
                rule.number("fullAreaM2"),
                rule.number("gridZeroM"),
                rule.number("trafficFullAdt"),
                classScore,
                w);
    }

    /** Every layer the rule reads besides its reference layer (the road network). */
    public List<String> layers() {
        List<String> out = new ArrayList<>();
        out.add(stationsLayer);
        out.add(gridLayer);
        if (!sitesLayer.isBlank()) {
            out.add(sitesLayer);
        }
        if (!trafficLayer.isBlank()) {
            out.add(trafficLayer);
        }
        out.addAll(conflictLayers);
        return out.stream().distinct().toList();
    }

    /** The spacing of a corridor's class, per carrier, in pack order. */
    public List<Spacing> spacingOf(CorridorSpec c) {
        return spacing.stream()
                .filter(s -> s.corridorClass().equals(c.corridorClass()))
                .toList();
    }

    public List<String> carriers() {
        return spacing.stream().map(Spacing::carrier).distinct().toList();
    }

    private static List<CorridorSpec> corridors(RuleDefinition rule, String where) {
        Parameter p = rule.parameters().get(CORRIDORS);
        if (p == null || !(p.value() instanceof List<?> list) || list.isEmpty()) {
            throw new RulePackException(
                    where + ": a list of corridors is required, e.g. [{id: E16, road: \"E16\", class: utvidet}]");
        }
        List<CorridorSpec> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new RulePackException(at + ": must be a map with id, road and class");
            }
            String id = string(m, "id", at);
            String road = string(m, "road", at);
            RoadNumber rn = RoadNumber.parse(road);
            if (rn == null) {
                throw new RulePackException(
                        at + " (" + id + "): road \"" + road + "\" is not a road number like E16, Rv 7 or Fv 40");
            }
            String cls = string(m, "class", at);
            if (out.stream().anyMatch(c -> c.id().equals(id))) {
                throw new RulePackException(at + ": corridor id " + id + " is used twice");
            }
            out.add(new CorridorSpec(id, rn, cls));
        }
        return out;
    }

    private static List<Spacing> spacing(RuleDefinition rule, String where) {
        Parameter p = rule.parameters().get(SPACING);
        if (p == null || !(p.value() instanceof Map<?, ?> classes) || classes.isEmpty()) {
            throw new RulePackException(where + ": a map class -> carrier -> {km, citation} is required");
        }
        List<Spacing> out = new ArrayList<>();
        classes.forEach((cls, carriers) -> {
            if (!(carriers instanceof Map<?, ?> cm) || cm.isEmpty()) {
                throw new RulePackException(where + "." + cls + ": must map energy carriers to {km, citation}");
            }
            cm.forEach((carrier, v) -> {
                String at = where + "." + cls + "." + carrier;
                if (!(v instanceof Map<?, ?> sm)) {
                    throw new RulePackException(at + ": must be {km: …, citation: …}");
                }
                double km = Parameter.number(sm.get("km"), rule.id(), SPACING + "." + cls + "." + carrier + ".km");
                if (!(km > 0)) {
                    throw new RulePackException(at + ".km: must be more than 0, found " + sm.get("km"));
                }
                out.add(new Spacing(
                        String.valueOf(cls), String.valueOf(carrier), km * 1000, string(sm, "citation", at)));
            });
        });
        return out;
    }

    private static String string(Map<?, ?> m, String key, String at) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new RulePackException(at + ": field " + key + " is missing");
        }
        return String.valueOf(v);
    }

    private static String required(RuleDefinition rule, String where, String name) {
        String v = text(rule, name, "");
        if (v.isBlank()) {
            throw new RulePackException(where + name + ": siting rules need this parameter (a reference layer id)");
        }
        return v;
    }

    private static String text(RuleDefinition rule, String name, String fallback) {
        Parameter p = rule.parameters().get(name);
        return p == null || p.value() == null ? fallback : p.asText().trim();
    }

    private static List<String> list(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(s -> s.trim().toLowerCase(Locale.ROOT).isEmpty() ? "" : s.trim())
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
