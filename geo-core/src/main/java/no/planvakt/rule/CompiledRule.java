package no.planvakt.rule;

/** A rule ready to run: its definition, its kind and its filters compiled once at load time. */
public record CompiledRule(RuleDefinition definition, RuleKind kind, FeatureFilter planFilter, FeatureFilter referenceFilter) {
}
