package no.planvakt.rule;

import java.util.Set;

/** A kind of rule (exclusion, coverage, proximity, …): one small class each, chosen by the pack's {@code kind}. */
public interface RuleKind {
    String name();

    /** Parameters a rule of this kind must define (checked when the pack is loaded). */
    Set<String> requiredParameters();

    /** Statuses whose message template the pack must give (the kind's findings use them). */
    default Set<no.planvakt.result.Status> requiredMessages() {
        return Set.of(no.planvakt.result.Status.RED);
    }

    /** Kind-specific checks of a rule's parameters at load time; throws {@link RulePackException}. */
    default void validate(RuleDefinition rule) {
    }

    /**
     * Reference layers a rule of this kind reads besides its {@code reference.layer} (named in its
     * parameters), so that a missing one stops the load or the run, not half of it.
     */
    default java.util.List<String> extraLayers(RuleDefinition rule) {
        return java.util.List.of();
    }

    RuleOutcome evaluate(RuleContext context);
}
