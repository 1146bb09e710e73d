package no.planvakt.api.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.api.override.OverrideRepository;
import no.planvakt.api.plan.PlanRepository;
import no.planvakt.api.reference.ReferenceLayerRepository;
import no.planvakt.api.run.RunRepository;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.plan.Plan;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.report.HtmlReport;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.LoadedPack;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning forum's report for a stored run: the same HTML report the command writes, from the
 * run's stored findings and checked list, with the planners' verdicts shown under their findings.
 */
@Service
public class ReportService {
    private final RunRepository runs;
    private final PlanRepository plans;
    private final ReferenceLayerRepository layers;
    private final OverrideRepository overrides;
    private final int srid;
    private final LoadedPack pack;

    public ReportService(RunRepository runs, PlanRepository plans, ReferenceLayerRepository layers, OverrideRepository overrides,
                         LoadedPack pack, @Value("${planvakt.canonical-srid}") int srid) {
        this.pack = pack;
        this.runs = runs;
        this.plans = plans;
        this.layers = layers;
        this.overrides = overrides;
        this.srid = srid;
    }

    @Transactional(readOnly = true)
    public String html(long runId) {
        RunRepository.RunHeader run = runs.header(runId);
        LoadedPack ran = pack.only(run.ruleIds());
        Plan draft = plans.load(run.draftVersionId(), srid);
        Plan adopted = run.adoptedVersionId() == null ? null : plans.load(run.adoptedVersionId(), srid);
        Map<String, ReferenceLayer> loaded = new LinkedHashMap<>();
        List<String> available = layers.ids();
        for (String id : ran.referenceLayerIds()) {
            if (available.contains(id)) {
                loaded.put(id, layers.load(id, srid));
            }
        }
        List<Finding> findings = runs.findings(runId, srid);
        List<Checked> checked = runs.checked(runId);
        List<String> warnings = new ArrayList<>(draft.warnings());
        if (!pack.pack().version().equals(run.packVersion())) {
            warnings.add("Kjøringen brukte regelpakke " + run.packId() + " " + run.packVersion() + "; regeltekstene i rapporten er fra "
                    + pack.pack().version() + ".");
        }
        AreaMeasure measure = AreaMeasure.of(srid, draft.sourceSrid());
        CheckResult result = new CheckResult(run.packId(), run.packVersion(), run.reportSrid(), run.inputs(),
                ran.rules().stream().map(CompiledRule::definition).map(d -> CheckEngine.summarise(d, findings, checked)).toList(),
                findings, checked,
                adopted == null ? List.of() : CheckEngine.planDiff(draft, adopted, measure),
                warnings, runs.tables(runId));
        Map<String, String> assessments = new LinkedHashMap<>();
        overrides.forRun(runId).forEach((key, o) -> assessments.put(key, ("FALSE_POSITIVE".equals(o.get("verdict")) ? "falsk positiv" : "vurdert")
                + " – " + o.get("by") + ", " + String.valueOf(o.get("at")).substring(0, 10) + ": " + o.get("reason")
                + (Boolean.TRUE.equals(o.get("changedSince")) ? " (funnet er endret siden vurderingen)" : "")));
        return HtmlReport.render(ran, new CheckInput(draft, adopted, loaded), result, assessments);
    }
}
