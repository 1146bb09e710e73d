package no.planvakt.rule;

import java.util.Map;
import no.planvakt.plan.Plan;
import no.planvakt.reference.ReferenceLayer;

/**
 * The inputs of a check run.
 *
 * @param adopted the plan in force; null when there is none (then status decides: framtidig = new)
 * @param layers  reference layers by id
 */
public record CheckInput(Plan draft, Plan adopted, Map<String, ReferenceLayer> layers) {
}
