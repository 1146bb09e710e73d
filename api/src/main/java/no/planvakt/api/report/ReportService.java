package no.planvakt.api.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.api.answer.OverrideAnswer;
import no.planvakt.api.override.OverrideRepository;
import no.planvakt.api.plan.PlanRepository;
import no.planvakt.api.reference.ReferenceLayerRepository;
import no.planvakt.api.run.RunRepository;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.plan.Plan;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.report.Assessment;
import no.planvakt.report.ReportModel;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.FindingsExport;
import no.planvakt.result.RuleSummary;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.LoadedPack;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning forum's report for a stored run, as the one {@link ReportModel} that the HTML page
 * and the PDF are rendered from: the run's stored findings and checked list, the plan and layers it
 * ran on, and the planners' verdicts under their findings.
 */
@Service
public class ReportService {
    /** Dates in the report are Norwegian dates. */
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final RunRepository runs;
    private final PlanRepository plans;
    private final ReferenceLayerRepository layers;
    private final OverrideRepository overrides;
    private final int srid;
    private final LoadedPack pack;

    public ReportService(
            RunRepository runs,
            PlanRepository plans,
            ReferenceLayerRepository layers,
            OverrideRepository overrides,
            LoadedPack pack,
            @Value("${planvakt.canonical-srid}") int srid) {
        this.pack = pack;
        this.runs = runs;
        this.plans = plans;
        this.layers = layers;
        this.overrides = overrides;
        this.srid = srid;
    }

    @Transactional(readOnly = true)
    public ReportModel model(long runId) {
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
            warnings.add("Kjøringen brukte regelpakke " + run.packId() + " " + run.packVersion()
                    + "; regeltekstene i rapporten er fra " + pack.pack().version() + ".");
        }
        List<RuleSummary> summaries = new ArrayList<>(ran.rules().stream()
                .map(CompiledRule::definition)
                .map(d -> CheckEngine.summarise(d, findings, checked))
                .toList());
        summaries.addAll(missingRules(run, findings, checked, warnings));
        AreaMeasure measure = AreaMeasure.of(srid, draft.sourceSrid());
        CheckResult result = new CheckResult(
                run.packId(),
                run.packVersion(),
                run.reportSrid(),
                run.inputs(),
                summaries,
                findings,
                checked,
                adopted == null ? List.of() : CheckEngine.planDiff(draft, adopted, measure),
                warnings,
                runs.tables(runId));
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        overrides
                .forRun(runId)
                .forEach((key, o) -> assessments.put(
                        key,
                        new Assessment(
                                o.verdict(), o.by(), LocalDate.ofInstant(o.at(), OSLO), o.reason(), o.changedSince())));
        return ReportModel.of(ran, new CheckInput(draft, adopted, loaded), result, assessments, LocalDate.now(OSLO));
    }

    /**
     * The run's rules that the current pack no longer has: still in the summary (from the stored
     * findings, titled as stored), and named in a warning, rather than silently left out.
     */
    private List<RuleSummary> missingRules(
            RunRepository.RunHeader run, List<Finding> findings, List<Checked> checked, List<String> warnings) {
        List<String> known = pack.rules().stream().map(r -> r.definition().id()).toList();
        List<String> missing =
                run.ruleIds().stream().filter(id -> !known.contains(id)).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        warnings.add("Regel " + String.join(", ", missing) + " fra kjøringen (regelpakke " + run.packId() + " "
                + run.packVersion()
                + ") finnes ikke i gjeldende regelpakke " + pack.pack().pack() + " "
                + pack.pack().version()
                + ": funnene står i sammendraget, men uten regeltekst og sitat.");
        return missing.stream()
                .map(id -> {
                    String title = findings.stream()
                            .filter(f -> f.ruleId().equals(id))
                            .map(Finding::ruleTitle)
                            .findFirst()
                            .orElse("(ikke i gjeldende regelpakke)");
                    return CheckEngine.summarise(id, title, "ikke i gjeldende regelpakke", findings, checked);
                })
                .toList();
    }

    /** Every finding of the run with its verdict, for the CSV and GeoPackage downloads. */
    @Transactional(readOnly = true)
    public List<FindingsExport.Row> exportRows(long runId) {
        Map<String, OverrideAnswer> byKey = overrides.forRun(runId);
        return runs.findings(runId, srid).stream()
                .map(f -> {
                    OverrideAnswer o = byKey.get(f.key());
                    return o == null
                            ? new FindingsExport.Row(f, null, null, null, null)
                            : new FindingsExport.Row(f, o.verdict().name(), o.reason(), o.by(), o.at().toString());
                })
                .toList();
    }

    public int srid() {
        return srid;
    }
}
