package no.planvakt.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A validated pack with its compiled rules. */
public record LoadedPack(RulePack pack, List<CompiledRule> rules) {
    public LoadedPack {
        rules = List.copyOf(rules);
    }

    /** Reference layers the rules need (their own and their place-type layers), in rule order. */
    public List<String> referenceLayerIds() {
        return rules.stream()
                .flatMap(r -> java.util.stream.Stream.concat(
                        layersOf(r.definition()).stream(), r.kind().extraLayers(r.definition()).stream()))
                .distinct()
                .toList();
    }

    /**
     * Further layers the rules use when they are loaded (road networks, stops, land cover), named in
     * their kinds' layer parameters; not required (see {@code RuleKind#layerParameters}).
     */
    public List<String> optionalLayerIds() {
        List<String> out = new ArrayList<>();
        for (CompiledRule r : rules) {
            for (String name : new TreeSet<>(r.kind().layerParameters())) {
                Parameter p = r.definition().parameters().get(name);
                if (p == null) {
                    continue;
                }
                for (String entry : p.asText().split(",")) {
                    String id = entry.contains("=")
                            ? entry.substring(0, entry.indexOf('=')).trim()
                            : entry.trim();
                    if (!id.isEmpty()
                            && !out.contains(id)
                            && !referenceLayerIds().contains(id)) {
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The same pack with only the named rules, for a check of some guidelines (e.g. where only the
     * forest line is loaded); an id the pack does not have is an error naming the pack's ids.
     */
    public LoadedPack select(Collection<String> ruleIds) {
        List<String> known = rules.stream().map(r -> r.definition().id()).toList();
        List<String> unknown =
                ruleIds.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty() || ruleIds.isEmpty()) {
            throw new RulePackException("rule pack " + pack.pack() + " " + pack.version() + " has no rule "
                    + (unknown.isEmpty() ? "selected" : String.join(", ", unknown)) + " (its rules: "
                    + String.join(", ", known) + ")");
        }
        return only(ruleIds);
    }

    /** The same pack with only the given rules (a spec case checks one or a few rules). */
    public LoadedPack only(Collection<String> ruleIds) {
        return new LoadedPack(
                pack,
                rules.stream()
                        .filter(r -> ruleIds.contains(r.definition().id()))
                        .toList());
    }

    /**
     * Throws, naming every rule and field whose layer is not among {@code available}, so that a
     * planner loads them all at once rather than one per attempt.
     */
    public void requireLayers(String name, Collection<String> available) {
        List<String> missing = new ArrayList<>();
        for (CompiledRule r : rules) {
            RuleDefinition d = r.definition();
            if (!available.contains(d.reference().layer())) {
                missing.add("rule " + d.id() + ": field reference.layer: reference layer \""
                        + d.reference().layer() + "\" is not loaded");
            }
            for (String extra : r.kind().extraLayers(d)) {
                if (!available.contains(extra)) {
                    missing.add(
                            "rule " + d.id() + ": field parameters: reference layer \"" + extra + "\" is not loaded");
                }
            }
            d.parameters().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> {
                        PlaceTypes pt = e.getValue().placeTypes();
                        if (pt != null && !available.contains(pt.layer())) {
                            missing.add("rule " + d.id() + ": field parameters." + e.getKey()
                                    + ".placeTypes.layer: reference layer \"" + pt.layer() + "\" is not loaded");
                        }
                    });
            if (d.accounts() != null) {
                for (String layer : d.accounts().layers()) {
                    if (!available.contains(layer)
                            && !layer.equals(d.reference().layer())) {
                        missing.add(
                                "rule " + d.id() + ": field accounts: reference layer \"" + layer + "\" is not loaded");
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new RulePackException(name + ": " + String.join("; ", missing) + " (loaded: "
                    + (available.isEmpty() ? "none" : String.join(", ", new TreeSet<>(available))) + ")");
        }
    }

    private static List<String> layersOf(RuleDefinition d) {
        List<String> out = new ArrayList<>();
        out.add(d.reference().layer());
        d.parameters().values().stream()
                .filter(p -> p.placeTypes() != null)
                .map(p -> p.placeTypes().layer())
                .sorted()
                .forEach(out::add);
        if (d.accounts() != null) {
            d.accounts().layers().stream().filter(l -> !out.contains(l)).forEach(out::add);
        }
        return out;
    }
}
