package no.planvakt.rule;

import java.util.List;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.diff.AreaChange;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;

/**
 * What a rule kind gets to work with.
 *
 * @param changes        the selected draft objects with their plan-diff classification
 * @param references     the reference layer's features that pass the rule's reference filter
 * @param commonTrace    trace lines that hold for every finding of the rule (selection, diff basis)
 */
public record RuleContext(
        RuleDefinition rule,
        List<AreaChange> changes,
        ReferenceLayer layer,
        List<ReferenceFeature> references,
        AreaMeasure measure,
        List<String> commonTrace) {
}
