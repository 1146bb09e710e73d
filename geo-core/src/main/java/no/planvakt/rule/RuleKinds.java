package no.planvakt.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.planvakt.rule.kind.ClassificationRule;
import no.planvakt.rule.kind.CoverageRule;
import no.planvakt.rule.kind.ExclusionRule;
import no.planvakt.rule.kind.FragmentationRule;
import no.planvakt.rule.kind.InsideShareRule;
import no.planvakt.rule.kind.NearnessRule;
import no.planvakt.rule.kind.ProximityRule;

/** The rule kinds a pack may name. */
public final class RuleKinds {
    private static final Map<String, RuleKind> KINDS = new LinkedHashMap<>();

    static {
        register(new ExclusionRule());
        register(new CoverageRule());
        register(new ProximityRule());
        register(new FragmentationRule());
        register(new ClassificationRule());
        register(new NearnessRule());
        register(new InsideShareRule());
    }

    private RuleKinds() {
    }

    public static synchronized void register(RuleKind kind) {
        KINDS.put(kind.name(), kind);
    }

    public static Optional<RuleKind> find(String name) {
        return Optional.ofNullable(KINDS.get(name));
    }

    public static java.util.Set<String> names() {
        return KINDS.keySet();
    }
}
