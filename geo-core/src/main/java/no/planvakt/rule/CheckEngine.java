package no.planvakt.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.planvakt.InputException;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.diff.AreaChange;
import no.planvakt.diff.ChangeKind;
import no.planvakt.diff.PlanDiff;
import no.planvakt.plan.LandUseStatus;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.result.RuleSummary;
import no.planvakt.result.Status;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Runs a rule pack over a draft plan (and the adopted plan it replaces). Pure: the same inputs
 * give the same result, whether they came from files or from PostGIS.
 */
public final class CheckEngine {
    private static final double DEFAULT_SLIVER_M2 = 100;
    private static final GeometryFactory GF = new GeometryFactory();

    private final LoadedPack pack;

    public CheckEngine(LoadedPack pack) {
        this.pack = pack;
    }

    public CheckResult run(CheckInput input) {
        return run(input, RunProgress.NONE);
    }

    /** As {@link #run(CheckInput)}, telling {@code progress} before each rule (which may cancel the run). */
    public CheckResult run(CheckInput input, RunProgress progress) {
        // Every layer is checked before any rule runs: a missing layer stops the run, not half of it.
        try {
            pack.requireLayers(pack.pack().pack(), input.layers().keySet());
        } catch (RulePackException e) {
            throw new InputException(e.getMessage(), e);
        }
        AreaMeasure measure = AreaMeasure.of(input.draft().srid(), input.draft().sourceSrid());
        List<String> warnings = new ArrayList<>(input.draft().warnings());
        if (input.adopted() != null) {
            warnings.addAll(input.adopted().warnings());
        } else {
            warnings.add("Ingen gjeldende plan oppgitt: framtidige områder regnes som nye, nåværende som videreført.");
        }
        // The report's change table and the rules are independent: they run side by side on the
        // common pool (both cores of a small machine), and rules with the same plan selection share
        // one plan diff. Output is sorted below, so the order they finish in does not matter.
        CompletableFuture<List<AreaChange>> planDiff = input.adopted() == null
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> planDiff(input.draft(), input.adopted(), measure));
        Map<String, List<AreaChange>> diffs = new ConcurrentHashMap<>();
        List<CompiledRule> rules = pack.rules();
        AtomicInteger started = new AtomicInteger();
        List<RuleOutcome> outcomes = rules.parallelStream()
                .map(rule -> {
                    progress.beforeRule(
                            started.getAndIncrement(),
                            rules.size(),
                            rule.definition().id());
                    return runRule(rule, input, measure, diffs, progress);
                })
                .toList();
        List<AreaChange> changeTable = planDiff.join();
        progress.checkpoint();
        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        List<ResultTable> tables = new ArrayList<>();
        for (RuleOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            checked.addAll(outcome.checked());
            tables.addAll(outcome.tables());
        }
        findings.sort(Comparator.comparing(Finding::ruleId)
                .thenComparing(Finding::planObjectId)
                .thenComparing(f -> String.valueOf(f.referenceFeatureId()))
                .thenComparing(Finding::status));
        checked.sort(Comparator.comparing(Checked::ruleId).thenComparing(Checked::planObjectId));
        List<RuleSummary> summaries = pack.rules().stream()
                .map(r -> summarise(r.definition(), findings, checked))
                .toList();
        return new CheckResult(
                pack.pack().pack(),
                pack.pack().version(),
                measure.reportSrid(),
                inputs(input),
                summaries,
                findings,
                checked,
                changeTable,
                warnings,
                tables);
    }

    /** The report's change table: every land-use object against the adopted plan, per arealformål. */
    public static List<AreaChange> planDiff(
            no.planvakt.plan.Plan draft, no.planvakt.plan.Plan adopted, AreaMeasure measure) {
        return new PlanDiff(DEFAULT_SLIVER_M2, measure).byPurpose(draft.features(), adopted.features());
    }

    private RuleOutcome runRule(
            CompiledRule rule,
            CheckInput input,
            AreaMeasure measure,
            Map<String, List<AreaChange>> diffs,
            RunProgress progress) {
        RuleDefinition def = rule.definition();
        List<PlanFeature> draft = input.draft().features().stream()
                .filter(rule.planFilter()::accepts)
                .toList();
        List<String> trace = new ArrayList<>();
        trace.add("Regelpakke " + pack.pack().pack() + " " + pack.pack().version() + ", regel " + def.id() + " ("
                + def.kind() + ")");
        trace.add("Utvalg i planforslaget: " + rule.planFilter().text() + " → " + draft.size() + " objekt(er)");
        // The diff is computed when a kind first asks for it (the account reads the selection
        // alone), once per plan selection and sliver size for all rules that share them.
        Supplier<List<AreaChange>> changes;
        List<PlanFeature> adoptedSelection = null;
        double sliver = def.parameters().containsKey("sliverM2") ? def.number("sliverM2") : DEFAULT_SLIVER_M2;
        if (input.adopted() != null) {
            List<PlanFeature> adopted = input.adopted().features().stream()
                    .filter(rule.planFilter()::accepts)
                    .toList();
            adoptedSelection = adopted;
            trace.add("Sammenlignet med gjeldende plan «" + input.adopted().name() + "»: " + adopted.size()
                    + " objekt(er) med samme utvalg; ignorerer flisområder under " + sliver + " m²");
            String key = rule.planFilter().text() + "\u001f" + sliver;
            changes = () -> diffs.computeIfAbsent(
                    key, k -> List.copyOf(new PlanDiff(sliver, measure).draftChanges(draft, adopted)));
        } else {
            trace.add("Ingen gjeldende plan: arealbruksstatus framtidig regnes som nytt");
            String key = rule.planFilter().text() + "\u001f" + "uten gjeldende plan";
            changes = () -> diffs.computeIfAbsent(
                    key, k -> draft.stream().map(f -> byStatus(f, measure)).toList());
        }
        progress.checkpoint();
        ReferenceLayer layer = input.layers().get(def.reference().layer());
        if (layer.coverage() != null) {
            trace.add(
                    "Referanselaget er kartlagt innenfor en egen dekningsflate; deler utenfor meldes som «Ikke kartlagt her»");
        }
        List<ReferenceFeature> refs = layer.features().stream()
                .filter(rule.referenceFilter()::accepts)
                .toList();
        trace.add("Referanselag " + layer.id() + " «" + layer.title() + "» ("
                + layer.provenance().source()
                + (layer.provenance().date() == null
                        ? ""
                        : ", " + layer.provenance().date()) + ", lisens "
                + layer.provenance().licence()
                + "): " + rule.referenceFilter().text() + " → " + refs.size() + " objekt(er)");
        if (layer.provenance().method() != null) {
            trace.add("Metode for " + layer.id() + ": " + layer.provenance().method());
        }
        trace.add(String.format(
                java.util.Locale.ROOT,
                "Areal målt i EPSG:%d (planens eget koordinatsystem); lagret i EPSG:%d",
                measure.reportSrid(),
                measure.storedSrid()));
        return rule.kind()
                .evaluate(new RuleContext(
                        rule,
                        draft,
                        changes,
                        layer,
                        refs,
                        measure,
                        trace,
                        input.draft().features(),
                        input.layers(),
                        adoptedSelection,
                        input.draft().municipality(),
                        input.network(),
                        progress));
    }

    /** Summarises one rule: worst status of its findings, GREEN when it found nothing. */
    public static RuleSummary summarise(RuleDefinition rule, List<Finding> findings, List<Checked> checked) {
        return summarise(rule.id(), rule.title(), rule.citation().shortForm(), findings, checked);
    }

    /** The same for a rule known only by id, title and citation (a stored run's rule the pack no longer has). */
    public static RuleSummary summarise(
            String ruleId, String title, String citation, List<Finding> findings, List<Checked> checked) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Status worst = Status.GREEN;
        double area = 0;
        for (Finding f : findings) {
            if (f.ruleId().equals(ruleId)) {
                counts.merge(f.status(), 1, Integer::sum);
                worst = worst.worst(f.status());
                if (f.status() == Status.RED || f.status() == Status.YELLOW) {
                    area += f.areaM2();
                }
            }
        }
        int clear =
                (int) checked.stream().filter(c -> c.ruleId().equals(ruleId)).count();
        return new RuleSummary(ruleId, title, worst, counts, clear, area, citation);
    }

    private static AreaChange byStatus(PlanFeature f, AreaMeasure measure) {
        double area = measure.area(f.geometry());
        return f.status() == LandUseStatus.FRAMTIDIG
                ? new AreaChange(f, ChangeKind.NEW, f.geometry(), GF.createEmpty(2), area, area)
                : new AreaChange(f, ChangeKind.UNCHANGED, GF.createEmpty(2), f.geometry(), area, 0);
    }

    private Map<String, String> inputs(CheckInput input) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("regelpakke", pack.pack().pack() + " " + pack.pack().version());
        m.put(
                "planforslag",
                input.draft().name() + " (EPSG:" + input.draft().sourceSrid() + ", "
                        + input.draft().features().size() + " objekter)");
        if (input.adopted() != null) {
            m.put(
                    "gjeldende plan",
                    input.adopted().name() + " (EPSG:" + input.adopted().sourceSrid() + ", "
                            + input.adopted().features().size() + " objekter)");
        }
        input.layers().values().stream()
                .sorted(Comparator.comparing(ReferenceLayer::id))
                .forEach(l -> m.put(
                        "lag " + l.id(),
                        l.title() + " – " + l.provenance().source()
                                + (l.provenance().date() == null
                                        ? ""
                                        : ", " + l.provenance().date()) + ", lisens "
                                + l.provenance().licence()));
        return m;
    }
}
