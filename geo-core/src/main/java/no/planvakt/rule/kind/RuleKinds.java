package no.planvakt.rule.kind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rule kinds a pack may name: every permitted {@link RuleKind}, one instance each (they hold no state). */
public final class RuleKinds {
    private static final Map<String, RuleKind> KINDS = byName(List.of(
            new ExclusionRule(),
            new CoverageRule(),
            new ProximityRule(),
            new FragmentationRule(),
            new AccountingRule(),
            new SitingRule(),
            new ClassificationRule(),
            new NearnessRule(),
            new InsideShareRule()));

    private RuleKinds() {}

    private static Map<String, RuleKind> byName(List<RuleKind> kinds) {
        Map<String, RuleKind> m = new LinkedHashMap<>();
        kinds.forEach(k -> m.put(k.name(), k));
        return Collections.unmodifiableMap(m);
    }

    public static Optional<RuleKind> find(String name) {
        return Optional.ofNullable(KINDS.get(name));
    }

    public static Set<String> names() {
        return KINDS.keySet();
    }
}
