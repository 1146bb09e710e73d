package no.planvakt.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.diff.AreaChange;
import no.planvakt.diff.ChangeKind;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.result.RuleSummary;
import no.planvakt.result.Status;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.LoadedPack;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The report of one check run for the regional planning forum, as one model that {@link HtmlReport}
 * and {@link PdfReport} both render, so the web page's report and the PDF cannot disagree.
 *
 * <p>At county scale a rule can have thousands of findings and tens of thousands of clear objects: a
 * section lists at most {@link #LIST_LIMIT} findings (the most severe and largest first) and
 * {@link #LIST_LIMIT} clear objects and counts the rest; the CSV and GeoPackage downloads have them all.
 *
 * @param municipality kommunenummer and name, e.g. "3330 Hol"; null when the plan does not say
 * @param generated    the day the report was made; null in the command's files, which are the same byte for byte on every run
 * @param inputs       every input with its version, source, date and licence (data versions)
 * @param notChecked   what could not be checked (findings "ikke kartlagt her"), all rules
 */
public record ReportModel(
        String planName,
        String municipality,
        String packTitle,
        String packId,
        String packVersion,
        int reportSrid,
        LocalDate generated,
        Map<String, String> inputs,
        List<String> methods,
        List<RuleSummary> summary,
        List<Section> sections,
        List<Finding> notChecked,
        List<AreaChange> planDiff,
        List<String> warnings) {

    public static final int LIST_LIMIT = 40;

    /** One numbered finding of a section with the planner's verdict (null when none yet). */
    public record Entry(int number, Finding finding, Assessment assessment) {
    }

    /**
     * One rule: its text, traffic light, map, findings (numbered as on the map), what was checked
     * and found clear, and how many further findings or clear objects are left out of the lists.
     */
    public record Section(RuleDefinition rule, RuleSummary summary, MapFigure map, List<Entry> findings, int moreFindings,
                          List<ResultTable> tables, List<Checked> clear, int moreClear, List<Finding> notChecked) {
    }

    public ReportModel {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        methods = List.copyOf(methods);
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
        notChecked = List.copyOf(notChecked);
        planDiff = List.copyOf(planDiff);
        warnings = List.copyOf(warnings);
    }

    /**
     * The report with the municipality's boundary and name from the shipped boundaries.
     *
     * @param assessments planners' verdicts by finding key
     */
    public static ReportModel of(LoadedPack pack, CheckInput input, CheckResult result,
                                 Map<String, Assessment> assessments, LocalDate generated) {
        var municipality = MunicipalityBoundaries.find(input.draft().municipality(), input.draft().srid());
        return of(pack, input, result, assessments, municipality.map(MunicipalityBoundaries.Municipality::area).orElse(null),
                municipality.map(MunicipalityBoundaries.Municipality::name).orElse(null), generated);
    }

    /**
     * @param assessments planners' verdicts by finding key
     * @param boundary    the municipality boundary in the canonical CRS, drawn on every map; may be null
     */
    public static ReportModel of(LoadedPack pack, CheckInput input, CheckResult result,
                                 Map<String, Assessment> assessments, Geometry boundary, String municipalityName, LocalDate generated) {
        List<Section> sections = new ArrayList<>();
        Map<String, RuleSummary> summaries = new LinkedHashMap<>();
        result.summaries().forEach(s -> summaries.put(s.ruleId(), s));
        for (CompiledRule rule : pack.rules()) {
            RuleDefinition def = rule.definition();
            RuleSummary s = summaries.get(def.id());
            if (s != null) {
                sections.add(section(def, s, input, result, assessments, boundary));
            }
        }
        String municipality = input.draft().municipality() == null ? null
                : input.draft().municipality() + (municipalityName == null ? "" : " " + municipalityName);
        List<String> methods = new ArrayList<>();
        for (ReferenceLayer l : input.layers().values()) {
            if (l.provenance().method() != null) {
                methods.add(l.title() + ": " + l.provenance().method());
            }
        }
        return new ReportModel(input.draft().name(), municipality, pack.pack().title(), result.packId(), result.packVersion(),
                result.reportSrid(), generated, result.inputs(), methods, result.summaries(), sections,
                result.findings().stream().filter(f -> f.status() == Status.NOT_MAPPED).toList(),
                result.planDiff().stream().filter(c -> c.kind() != ChangeKind.UNCHANGED).toList(), result.warnings());
    }

    /** "Nyseter (D3)"; a finding about a reference object (R1, R5a) has no plan object, so only its name. */
    public static String objectLabel(Finding f) {
        String name = f.planObjectName() == null ? "" : f.planObjectName();
        return f.planObjectId() == null || f.planObjectId().isBlank() ? name : name + " (" + f.planObjectId() + ")";
    }

    private static Section section(RuleDefinition rule, RuleSummary summary, CheckInput input, CheckResult result,
                                   Map<String, Assessment> assessments, Geometry boundary) {
        List<Finding> all = result.findings().stream().filter(f -> f.ruleId().equals(rule.id()))
                .filter(f -> f.status() != Status.NOT_MAPPED)
                .sorted(Comparator.comparing(Finding::status).thenComparing(Comparator.comparingDouble(Finding::areaM2).reversed())
                        .thenComparing(Finding::key))
                .toList();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(LIST_LIMIT, all.size()); i++) {
            Finding f = all.get(i);
            entries.add(new Entry(i + 1, f, assessments.get(f.key())));
        }
        List<Checked> clear = result.checked().stream().filter(c -> c.ruleId().equals(rule.id())).toList();
        List<Finding> notChecked = result.findings().stream().filter(f -> f.ruleId().equals(rule.id()))
                .filter(f -> f.status() == Status.NOT_MAPPED).toList();
        List<ResultTable> tables = result.tables().stream().filter(t -> t.ruleId().equals(rule.id())).toList();
        return new Section(rule, summary, map(rule, input, entries, boundary), entries, all.size() - entries.size(), tables,
                clear.subList(0, Math.min(LIST_LIMIT, clear.size())), Math.max(0, clear.size() - LIST_LIMIT), notChecked);
    }

    /** The rule's map: its findings numbered as in the table, on the plan, its reference layer and the municipality boundary. */
    private static MapFigure map(RuleDefinition rule, CheckInput input, List<Entry> entries, Geometry boundary) {
        Envelope env = new Envelope();
        entries.forEach(e -> {
            if (e.finding().geometry() != null) {
                env.expandToInclude(e.finding().geometry().getEnvelopeInternal());
            }
        });
        if (env.isNull()) {
            input.draft().landUse().forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        }
        MapFigure map = new MapFigure(env);
        ReferenceLayer layer = input.layers().get(rule.reference().layer());
        if (layer != null) {
            layer.features().forEach(r -> map.add(r.geometry(), MapFigure.REFERENCE, layer.title(), layer.title()));
        }
        for (PlanFeature f : input.draft().features()) {
            map.add(f.geometry(), MapFigure.PLAN, f.displayName() + " – " + f.purposeLabel(), "Planforslaget");
        }
        if (boundary != null) {
            map.add(boundary.getBoundary(), MapFigure.BOUNDARY, "Kommunegrense", "Kommunegrense");
        }
        for (Entry e : entries) {
            Finding f = e.finding();
            Double abc = f.figures().get("abc_class");
            if (abc != null) {
                // The ABC overview (R6a): the business areas coloured by location class, as in the WMS; the
                // status stands beside each number in the table.
                String legend = MapFigure.abcLegend(abc.intValue());
                map.add(f.geometry(), MapFigure.abcClass(abc.intValue()), e.number() + ": " + f.planObjectName() + ", " + legend + ", "
                        + f.status().label(), legend);
                continue;
            }
            map.add(f.geometry(), MapFigure.status(f.status()), e.number() + ": " + f.planObjectName() + ", " + f.status().label(),
                    "Funn: " + f.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        for (Entry e : entries) {
            map.label(e.finding().geometry(), String.valueOf(e.number()));
        }
        return map;
    }
}
