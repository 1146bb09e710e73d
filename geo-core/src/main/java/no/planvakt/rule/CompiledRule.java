package no.planvakt.rule;

import java.util.Map;
import no.planvakt.rule.kind.RuleKind;

/**
 * A rule ready to run: its definition, its kind and every filter compiled once at load time.
 *
 * @param parameterFilters the kind's filter-valued parameters that the rule sets, compiled
 */
public record CompiledRule(
        RuleDefinition definition,
        RuleKind kind,
        FeatureFilter planFilter,
        FeatureFilter referenceFilter,
        Map<String, FeatureFilter> parameterFilters) {
    public CompiledRule {
        parameterFilters = Map.copyOf(parameterFilters);
    }
}
