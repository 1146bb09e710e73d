package no.planvakt.rule.kind;

import java.util.Map;
import java.util.Set;
import no.planvakt.diff.ChangeKind;
import no.planvakt.result.Status;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RuleOutcome;
import no.planvakt.rule.RulePackException;

/**
 * A kind of rule (exclusion, coverage, proximity, …): one small class each, chosen by the pack's
 * {@code kind}. Sealed, so that the set of kinds a pack may name is the set compiled here; a new
 * kind is a class in this package, named in {@code permits} and listed in {@link RuleKinds}.
 */
public sealed interface RuleKind
        permits AccountingRule,
                CoverageRule,
                ExclusionRule,
                FragmentationRule,
                ProximityRule,
                SitingRule,
                ClassificationRule,
                NearnessRule,
                InsideShareRule {
    /** Common placeholders every kind fills (the finding's plan object and reference). */
    Set<String> COMMON_PLACEHOLDERS =
            Set.of("object", "purpose", "change", "area_daa", "share_pct", "reference", "reference_id");

    /** What a filter-valued parameter filters: plan objects or features of the rule's reference layer. */
    enum FilterOn {
        PLAN,
        REFERENCE
    }

    String name();

    /** Parameters a rule of this kind must define (checked when the pack is loaded). */
    Set<String> requiredParameters();

    /** Statuses whose message template the pack must give (the kind's findings use them). */
    default Set<Status> requiredMessages() {
        return Set.of(Status.RED);
    }

    /**
     * The {name} placeholders this kind fills in its messages; a pack message naming any other is
     * refused when the pack is loaded, not printed in a planner's report.
     */
    Set<String> placeholders();

    /**
     * The plan-diff kinds this kind can honour in {@code plan.change}; a pack asking for another is
     * refused when it is loaded, naming rule and field.
     */
    default Set<ChangeKind> honouredChanges() {
        return Set.of(ChangeKind.NEW, ChangeKind.EXPANDED, ChangeKind.UNCHANGED);
    }

    /** Parameters holding ECQL filters, compiled once when the pack is loaded (see RuleContext#filter). */
    default Map<String, FilterOn> filterParameters() {
        return Map.of();
    }

    /**
     * Parameters naming further layers the kind uses when they are loaded (a road network, stops, land
     * cover): "a, b" or "a=label, b=label". Without them the kind falls back (e.g. to straight lines)
     * and says so, so they are not required; the service loads those that are available.
     */
    default Set<String> layerParameters() {
        return Set.of();
    }

    /** Kind-specific checks of a rule's parameters at load time; throws {@link RulePackException}. */
    default void validate(RuleDefinition rule) {}

    /**
     * Reference layers a rule of this kind reads besides its {@code reference.layer} (named in its
     * parameters), so that a missing one stops the load or the run, not half of it.
     */
    default java.util.List<String> extraLayers(RuleDefinition rule) {
        return java.util.List.of();
    }

    RuleOutcome evaluate(RuleContext context);
}
