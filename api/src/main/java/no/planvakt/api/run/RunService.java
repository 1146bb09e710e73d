package no.planvakt.api.run;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.api.plan.PlanRepository;
import no.planvakt.api.reference.ReferenceLayerRepository;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A check run on stored data: load the plan versions and the layers the pack needs from PostGIS,
 * run the same engine the embedded command runs, store the result in one transaction.
 */
@Service
public class RunService {
    private final PlanRepository plans;
    private final ReferenceLayerRepository layers;
    private final RunRepository runs;
    private final int srid;
    private final LoadedPack pack;

    public RunService(PlanRepository plans, ReferenceLayerRepository layers, RunRepository runs,
                      LoadedPack pack, @Value("${planvakt.canonical-srid}") int srid) {
        this.pack = pack;
        this.plans = plans;
        this.layers = layers;
        this.runs = runs;
        this.srid = srid;
    }

    /** @param rules the rule ids to run; null or empty runs the whole pack */
    @Transactional
    public long run(long draftVersionId, Long adoptedVersionId, List<String> rules) {
        LoadedPack pack = rules == null || rules.isEmpty() ? this.pack : this.pack.select(rules);
        Instant started = Instant.now();
        Plan draft = plans.load(draftVersionId, srid);
        if (draft.kind() != PlanVersionKind.DRAFT) {
            throw new InputException("plan version " + draftVersionId + " is an adopted plan, not a draft");
        }
        Plan adopted = adoptedVersionId == null ? null : plans.load(adoptedVersionId, srid);
        if (adopted != null && adopted.kind() != PlanVersionKind.ADOPTED) {
            // A draft as the plan in force turns its own new areas into unchanged ones: RED findings would become INFO.
            throw new InputException("plan version " + adoptedVersionId + " is a draft, not an adopted plan; pass the plan in force"
                    + " as adoptedVersionId (upload it with kind=adopted)");
        }
        Map<String, ReferenceLayer> loaded = new LinkedHashMap<>();
        List<String> available = layers.ids();
        try {
            pack.requireLayers("rule pack " + pack.pack().pack() + " " + pack.pack().version(), available);
        } catch (no.planvakt.rule.RulePackException e) {
            throw new InputException(e.getMessage() + " (load it with POST /api/reference-layers; loaded: " + available + ")");
        }
        for (String id : pack.referenceLayerIds()) {
            loaded.put(id, layers.load(id, srid));
        }
        CheckResult result = PlanCheck.run(pack, new CheckInput(draft, adopted, loaded));
        return runs.insert(result, draftVersionId, adoptedVersionId, draft.municipality(), started, srid);
    }
}
