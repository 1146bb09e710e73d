package no.planvakt.rule.kind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Placeholder sets of the kinds: the common ones and a kind's own. */
final class Placeholders {
    private Placeholders() {}

    static Set<String> with(String... own) {
        Set<String> all = new HashSet<>(RuleKind.COMMON_PLACEHOLDERS);
        all.addAll(List.of(own));
        return Set.copyOf(all);
    }
}
