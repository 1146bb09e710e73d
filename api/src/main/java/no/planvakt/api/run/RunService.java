package no.planvakt.api.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.api.answer.PlanVersionAnswer;
import no.planvakt.api.network.PgRoutingEngine;
import no.planvakt.api.plan.PlanRepository;
import no.planvakt.api.reference.ReferenceLayerRepository;
import no.planvakt.network.NetworkEngine;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RulePackException;
import no.planvakt.rule.RunProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A check run on stored data, in three steps: {@link #prepare} checks the request while the
 * client waits (so a bad request is a 400 and stores nothing), {@link #execute} loads the plan
 * versions and layers from PostGIS and runs the same engine the embedded command runs (on a
 * {@link RunJobs} thread), {@link #complete} stores the result in one transaction.
 */
@Service
public class RunService {
    private final PlanRepository plans;
    private final ReferenceLayerRepository layers;
    private final RunRepository runs;
    private final int srid;
    private final LoadedPack pack;
    /** Network distances on pgRouting in the service (the command uses JGraphT; they agree). */
    private final NetworkEngine network;

    public RunService(
            PlanRepository plans,
            ReferenceLayerRepository layers,
            RunRepository runs,
            LoadedPack pack,
            @Value("${planvakt.canonical-srid}") int srid,
            PgRoutingEngine network) {
        this.pack = pack;
        this.network = network;
        this.plans = plans;
        this.layers = layers;
        this.runs = runs;
        this.srid = srid;
    }

    /** A checked request: what to run. */
    public record Prepared(
            long draftVersionId, Long adoptedVersionId, List<String> rules, String municipality, LoadedPack pack) {}

    /** @param rules the rule ids to run; null or empty runs the whole pack */
    public Prepared prepare(long draftVersionId, Long adoptedVersionId, List<String> rules) {
        LoadedPack selected = rules == null || rules.isEmpty() ? this.pack : this.pack.select(rules);
        PlanVersionAnswer draft = plans.describe(draftVersionId);
        if (draft.kind() != PlanVersionKind.DRAFT) {
            throw new InputException(
                    "planversjon " + draftVersionId + " er en vedtatt plan, ikke et forslag (draftVersionId)");
        }
        if (adoptedVersionId != null && plans.describe(adoptedVersionId).kind() != PlanVersionKind.ADOPTED) {
            throw new InputException(
                    "planversjon " + adoptedVersionId + " er et forslag, ikke en vedtatt plan (adoptedVersionId)");
        }
        List<String> available = layers.ids();
        try {
            selected.requireLayers(
                    "rule pack " + selected.pack().pack() + " "
                            + selected.pack().version(),
                    available);
        } catch (RulePackException e) {
            throw new InputException(
                    e.getMessage() + " (load it with POST /api/reference-layers; loaded: " + available + ")");
        }
        return new Prepared(
                draftVersionId,
                adoptedVersionId,
                rules == null || rules.isEmpty() ? null : List.copyOf(rules),
                draft.municipality(),
                selected);
    }

    /** Loads the inputs and runs the engine; {@code progress} hears of every rule and may cancel. */
    public CheckResult execute(Prepared p, RunProgress progress) {
        Plan draft = plans.load(p.draftVersionId(), srid);
        Plan adopted = p.adoptedVersionId() == null ? null : plans.load(p.adoptedVersionId(), srid);
        Map<String, ReferenceLayer> loaded = new LinkedHashMap<>();
        for (String id : p.pack().referenceLayerIds()) {
            loaded.put(id, layers.load(id, srid));
        }
        // Networks, stops and land cover where loaded; without them the rules fall back and say so.
        List<String> available = layers.ids();
        for (String id : p.pack().optionalLayerIds()) {
            if (available.contains(id)) {
                loaded.put(id, layers.load(id, srid));
            }
        }
        return PlanCheck.run(p.pack(), new CheckInput(draft, adopted, loaded, network), progress);
    }

    @Transactional
    public void complete(long runId, CheckResult result) {
        runs.complete(runId, result, srid);
    }
}
