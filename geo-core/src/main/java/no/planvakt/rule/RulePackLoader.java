package no.planvakt.rule;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.planvakt.diff.ChangeKind;
import no.planvakt.result.Status;
import no.planvakt.rule.kind.RuleKind;
import no.planvakt.rule.kind.RuleKinds;
import no.planvakt.yaml.Yaml;

/**
 * Loads and validates a rule pack. Everything that can be wrong with a pack is found here, at load
 * time, with a message naming the pack, rule and field: a county editing its pack should never
 * learn of a typo from a half-finished check run.
 */
public final class RulePackLoader {
    public static final String BUSKERUD = "/no/planvakt/rule/packs/buskerud.yaml";

    /** The pack shipped with Planvakt. */
    public static LoadedPack buskerud() {
        try (InputStream in = RulePackLoader.class.getResourceAsStream(BUSKERUD)) {
            return load("buskerud.yaml", in);
        } catch (IOException e) {
            throw new RulePackException("buskerud.yaml: cannot be read", e);
        }
    }

    public static LoadedPack load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new RulePackException(file.getFileName() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a pack and checks that every reference layer its rules (and place-type parameters)
     * name is among {@code availableLayers}, so that a missing layer stops the load, not a run.
     */
    public static LoadedPack load(String name, InputStream in, java.util.Collection<String> availableLayers) {
        LoadedPack pack = load(name, in);
        pack.requireLayers(name, availableLayers);
        return pack;
    }

    public static LoadedPack load(Path file, java.util.Collection<String> availableLayers) {
        LoadedPack pack = load(file);
        pack.requireLayers(file.getFileName().toString(), availableLayers);
        return pack;
    }

    public static LoadedPack load(String name, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new RulePackException(name + ": cannot be read: " + e.getMessage(), e);
        }
        return load(name, bytes, PackFormat.CHANGES);
    }

    /** Loads a pack, explaining an old field with {@code changes} (the shipped {@link PackFormat#CHANGES}, or a test's). */
    static LoadedPack load(String name, byte[] bytes, List<PackFormat.FieldChange> changes) {
        RulePack pack;
        try {
            PackFormat.check(name, Yaml.tree(bytes));
            pack = Yaml.read(bytes, RulePack.class);
        } catch (Yaml.YamlException e) {
            throw new RulePackException(
                    name + ": " + (e.mapping() == null ? "" : ruleOf(bytes, e.mapping()))
                            + PackFormat.explain(e, changes),
                    e);
        }
        return compile(name, pack);
    }

    /** "rule R2: " when the error lies inside a rule that has an id, so the author finds it by name. */
    private static String ruleOf(byte[] bytes, JsonMappingException e) {
        if (e.getPath().size() < 2 || !"rules".equals(e.getPath().get(0).getFieldName())) {
            return "";
        }
        try {
            JsonNode id = Yaml.tree(bytes)
                    .path("rules")
                    .path(e.getPath().get(1).getIndex())
                    .path("id");
            return id.isTextual() ? "rule " + id.asText() + ": " : "";
        } catch (RuntimeException ignored) {
            return "";
        }
    }

    static LoadedPack compile(String name, RulePack pack) {
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleDefinition r : pack.rules()) {
            String where = name + ": rule " + r.id();
            if (!ids.add(r.id())) {
                throw new RulePackException(where + ": id is used twice");
            }
            RuleKind kind = RuleKinds.find(r.kind())
                    .orElseThrow(() -> new RulePackException(where + ": field kind: unknown rule kind \"" + r.kind()
                            + "\" (known: " + String.join(", ", RuleKinds.names()) + ")"));
            for (String p : kind.requiredParameters()) {
                if (!r.parameters().containsKey(p)) {
                    throw new RulePackException(
                            where + ": field parameters: " + kind.name() + " rules need parameter " + p);
                }
                r.number(p);
            }
            try {
                kind.validate(r);
                validatePlaceTypes(r);
            } catch (RulePackException e) {
                throw e.getMessage().startsWith(name) ? e : new RulePackException(name + ": " + e.getMessage(), e);
            }
            for (Status s : kind.requiredMessages()) {
                if (!r.messages().containsKey(s)) {
                    throw new RulePackException(where + ": field messages: a message for " + s + " is required by "
                            + kind.name() + " rules");
                }
            }
            requirePlaceholders(where, kind, r);
            requireHonouredChanges(where, kind, r);
            FeatureFilter planFilter;
            FeatureFilter refFilter;
            Map<String, FeatureFilter> parameterFilters = new TreeMap<>();
            try {
                planFilter = FeatureFilter.compile(
                        where + ": field plan.filter",
                        r.substitute("plan.filter", r.plan().filter()));
                planFilter.requirePlanAttributes(where + ": field plan.filter");
                refFilter = FeatureFilter.compile(
                        where + ": field reference.filter",
                        r.reference().filter() == null
                                ? null
                                : r.substitute("reference.filter", r.reference().filter()));
                kind.filterParameters().forEach((pname, on) -> {
                    Parameter p = r.parameters().get(pname);
                    if (p != null) {
                        String field = where + ": field parameters." + pname;
                        FeatureFilter f = FeatureFilter.compile(field, p.asText());
                        if (on == RuleKind.FilterOn.PLAN) {
                            f.requirePlanAttributes(field);
                        }
                        parameterFilters.put(pname, f);
                    }
                });
            } catch (RulePackException e) {
                throw e.getMessage().startsWith(name) ? e : new RulePackException(name + ": " + e.getMessage(), e);
            }
            compiled.add(new CompiledRule(r, kind, planFilter, refFilter, parameterFilters));
        }
        return new LoadedPack(pack, compiled);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{([^{}]*)}");

    /** Every {name} in the rule's messages must be one its kind fills. */
    private static void requirePlaceholders(String where, RuleKind kind, RuleDefinition r) {
        for (Map.Entry<Status, String> m : new TreeMap<>(r.messages()).entrySet()) {
            Matcher matcher = PLACEHOLDER.matcher(m.getValue());
            while (matcher.find()) {
                if (!kind.placeholders().contains(matcher.group(1))) {
                    throw new RulePackException(where + ": field messages." + m.getKey() + ": unknown placeholder {"
                            + matcher.group(1) + "} (" + kind.name() + " rules fill: "
                            + String.join(", ", new TreeSet<>(kind.placeholders())) + ")");
                }
            }
        }
    }

    /** A plan-diff kind in plan.change that the rule's kind cannot honour is refused, not ignored. */
    private static void requireHonouredChanges(String where, RuleKind kind, RuleDefinition r) {
        for (ChangeKind c : r.plan().change()) {
            if (!kind.honouredChanges().contains(c)) {
                throw new RulePackException(where + ": field plan.change: " + kind.name() + " rules cannot examine " + c
                        + " objects (they can: "
                        + kind.honouredChanges().stream()
                                .sorted()
                                .map(Enum::name)
                                .collect(Collectors.joining(", "))
                        + ")");
            }
        }
    }

    private static void validatePlaceTypes(RuleDefinition r) {
        r.parameters().forEach((pname, p) -> {
            if (p.placeTypes() == null) {
                return;
            }
            String where = "rule " + r.id() + ": field parameters." + pname + ".placeTypes";
            if (p.placeTypes().values().isEmpty()) {
                throw new RulePackException(where + ".values: no place types given");
            }
            r.number(pname);
            p.placeTypes()
                    .values()
                    .forEach((cls, v) -> Parameter.number(v, r.id(), pname + ".placeTypes.values." + cls));
        });
    }
}
