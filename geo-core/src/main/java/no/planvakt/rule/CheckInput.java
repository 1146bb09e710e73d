package no.planvakt.rule;

import java.util.Map;
import no.planvakt.network.NetworkEngine;
import no.planvakt.plan.Plan;
import no.planvakt.reference.ReferenceLayer;

/**
 * The inputs of a check run.
 *
 * @param adopted the plan in force; null when there is none (then status decides: framtidig = new)
 * @param layers  reference layers by id
 * @param network the engine that measures network distances (JGraphT unless the service gives pgRouting)
 */
public record CheckInput(Plan draft, Plan adopted, Map<String, ReferenceLayer> layers, NetworkEngine network) {
    public CheckInput {
        network = network == null ? NetworkEngine.JGRAPHT : network;
    }

    public CheckInput(Plan draft, Plan adopted, Map<String, ReferenceLayer> layers) {
        this(draft, adopted, layers, NetworkEngine.JGRAPHT);
    }
}
