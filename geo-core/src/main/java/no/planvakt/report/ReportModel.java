package no.planvakt.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.diff.AreaChange;
import no.planvakt.diff.ChangeKind;
import no.planvakt.plan.MunicipalityBoundaries;
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
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RuleDefinition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The report of one check run for the regional planning forum, as one model that {@link HtmlReport}
 * and {@link PdfReport} both render, so the web page's report and the PDF cannot disagree.
 *
 * <p>At county scale a rule can have thousands of findings and tens of thousands of clear objects: a
 * section lists at most {@link #LIST_LIMIT} findings (the most severe and largest first) and
 * {@link #LIST_LIMIT} clear objects and counts the rest; the CSV and GeoPackage downloads have them all.
 * A run with many findings or plan objects, or over several municipalities, is {@code summarised}:
 * a table of findings per municipality and rule first, then per rule a generalised overview map
 * (the listed findings numbered, the rest as a density grid) and detail maps of its
 * {@link #DETAIL_MAPS} largest findings; lists of changes, unchecked objects and import notes are cut
 * to their largest or first {@link #LIST_LIMIT}. The report stays a few megabytes whatever the run's size.
 *
 * @param municipality kommunenummer and name, e.g. "3330 Hol"; null when the plan does not say
 * @param generated    the day the report was made; null in the command's files, which are the same byte for byte on every run
 * @param inputs       every input with its version, source, date and licence (data versions)
 * @param notChecked   what could not be checked (findings "ikke kartlagt her"), all rules (at most {@link #LIST_LIMIT})
 * @param summarised   the run is county-sized (see above)
 * @param byMunicipality findings per municipality and rule; null unless summarised
 * @param attachments  the files or downloads with every finding, linked from the report
 * @param omitted      how many entries of notChecked, planDiff and warnings were cut, in that order
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
        List<String> warnings,
        boolean summarised,
        ResultTable byMunicipality,
        List<Attachment> attachments,
        List<Integer> omitted) {

    public static final int LIST_LIMIT = 40;
    /** How many of a rule's largest findings get their own map in a summarised report. */
    public static final int DETAIL_MAPS = 4;
    /** A run with more findings than this, or more plan objects than {@link #SUMMARY_OBJECTS}, is summarised. */
    public static final int SUMMARY_FINDINGS = 200;

    public static final int SUMMARY_OBJECTS = 2000;
    /** Generalisation of summarised maps, in figure units (half a pixel). */
    static final double GENERALISE_PX = 0.5;
    /**
     * A summarised map draws a context layer (plan objects, the rule's reference layer) only when
     * it has at most this many objects of at least {@link #CONTEXT_MIN_PX} in view: a detail map of a
     * county-sized finding would otherwise hold thousands of plan objects and make the report large.
     */
    static final int CONTEXT_LIMIT = 400;

    static final double CONTEXT_MIN_PX = 1.5;

    /** A file (or download) with every finding: its label and a link relative to the report. */
    public record Attachment(String label, String href) {}

    /** The command writes these beside report.html; the service serves them beside /report.html under the same names. */
    public static final List<Attachment> FINDINGS_FILES = List.of(
            new Attachment("findings.csv (regneark, én rad per funn)", "findings.csv"),
            new Attachment(
                    "findings.gpkg (GeoPackage for QGIS og andre GIS-verktøy, lag «findings»)", "findings.gpkg"));

    /** One of a rule's largest findings on its own map (summarised reports). */
    public record Detail(Entry entry, MapFigure map) {}

    /** One numbered finding of a section with the planner's verdict (null when none yet). */
    public record Entry(int number, Finding finding, Assessment assessment) {}

    /**
     * One rule: its text, traffic light, map, findings (numbered as on the map), what was checked
     * and found clear, and how many further findings or clear objects are left out of the lists.
     */
    public record Section(
            RuleDefinition rule,
            RuleSummary summary,
            MapFigure map,
            List<Entry> findings,
            int moreFindings,
            List<ResultTable> tables,
            List<Checked> clear,
            int moreClear,
            List<Finding> notChecked,
            List<Detail> largest) {}

    public ReportModel {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        methods = List.copyOf(methods);
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
        notChecked = List.copyOf(notChecked);
        planDiff = List.copyOf(planDiff);
        warnings = List.copyOf(warnings);
        attachments = List.copyOf(attachments);
        omitted = List.copyOf(omitted);
    }

    /**
     * The report with the municipality's boundary and name from the shipped boundaries.
     *
     * @param assessments planners' verdicts by finding key
     */
    public static ReportModel of(
            LoadedPack pack,
            CheckInput input,
            CheckResult result,
            Map<String, Assessment> assessments,
            LocalDate generated) {
        var municipality = MunicipalityBoundaries.find(
                input.draft().municipality(), input.draft().srid());
        return of(
                pack,
                input,
                result,
                assessments,
                municipality.map(MunicipalityBoundaries.Municipality::area).orElse(null),
                municipality.map(MunicipalityBoundaries.Municipality::name).orElse(null),
                generated);
    }

    /**
     * @param assessments planners' verdicts by finding key
     * @param boundary    the municipality boundary in the canonical CRS, drawn on every map; may be null
     */
    public static ReportModel of(
            LoadedPack pack,
            CheckInput input,
            CheckResult result,
            Map<String, Assessment> assessments,
            Geometry boundary,
            String municipalityName,
            LocalDate generated) {
        boolean summarised = result.findings().size() > SUMMARY_FINDINGS
                || input.draft().features().size() > SUMMARY_OBJECTS;
        ResultTable byMunicipality = null;
        if (summarised) {
            byMunicipality = MunicipalityTable.of(
                    pack.rules().stream().map(r -> r.definition().id()).toList(),
                    result.findings(),
                    new MunicipalityTable.Locator(input.draft()));
        }
        List<Geometry> boundaries = new ArrayList<>();
        if (summarised) {
            MunicipalityBoundaries.all(input.draft().srid()).forEach(m -> boundaries.add(m.area()));
        } else if (boundary != null) {
            boundaries.add(boundary);
        }
        List<Section> sections = new ArrayList<>();
        Map<String, RuleSummary> summaries = new LinkedHashMap<>();
        result.summaries().forEach(s -> summaries.put(s.ruleId(), s));
        for (CompiledRule rule : pack.rules()) {
            RuleDefinition def = rule.definition();
            RuleSummary s = summaries.get(def.id());
            if (s != null) {
                sections.add(section(def, s, input, result, assessments, boundaries, summarised));
            }
        }
        String municipality = input.draft().municipality() == null
                ? null
                : input.draft().municipality() + (municipalityName == null ? "" : " " + municipalityName);
        if (byMunicipality != null && byMunicipality.rows().size() > 2) {
            // A county's plans in one run: the first object's municipality is not the run's.
            municipality = (byMunicipality.rows().size() - 1) + " kommuner med funn (se funn per kommune)";
        }
        List<String> methods = new ArrayList<>();
        for (ReferenceLayer l : input.layers().values()) {
            if (l.provenance().method() != null) {
                methods.add(l.title() + ": " + l.provenance().method());
            }
        }
        List<Finding> notChecked = result.findings().stream()
                .filter(f -> f.status() == Status.NOT_MAPPED)
                .toList();
        List<AreaChange> changes = result.planDiff().stream()
                .filter(c -> c.kind() != ChangeKind.UNCHANGED)
                .toList();
        List<String> warnings = result.warnings();
        List<Integer> omitted = List.of(0, 0, 0);
        if (summarised) {
            // The largest changes, the first unchecked objects and import notes; the rest are counted.
            omitted = List.of(
                    Math.max(0, notChecked.size() - LIST_LIMIT),
                    Math.max(0, changes.size() - LIST_LIMIT),
                    Math.max(0, warnings.size() - LIST_LIMIT));
            notChecked = notChecked.subList(0, Math.min(LIST_LIMIT, notChecked.size()));
            changes = changes.stream()
                    .sorted(Comparator.comparingDouble(AreaChange::changedAreaM2)
                            .reversed())
                    .limit(LIST_LIMIT)
                    .toList();
            warnings = warnings.subList(0, Math.min(LIST_LIMIT, warnings.size()));
        }
        return new ReportModel(
                input.draft().name(),
                municipality,
                pack.pack().title(),
                result.packId(),
                result.packVersion(),
                result.reportSrid(),
                generated,
                result.inputs(),
                methods,
                result.summaries(),
                sections,
                notChecked,
                changes,
                warnings,
                summarised,
                byMunicipality,
                FINDINGS_FILES,
                omitted);
    }

    /** "Nyseter (D3)"; a finding about a reference object (R1, R5a) has no plan object, so only its name. */
    public static String objectLabel(Finding f) {
        String name = f.planObjectName() == null ? "" : f.planObjectName();
        return f.planObjectId() == null || f.planObjectId().isBlank() ? name : name + " (" + f.planObjectId() + ")";
    }

    private static Section section(
            RuleDefinition rule,
            RuleSummary summary,
            CheckInput input,
            CheckResult result,
            Map<String, Assessment> assessments,
            List<Geometry> boundaries,
            boolean summarised) {
        List<Finding> all = result.findings().stream()
                .filter(f -> f.ruleId().equals(rule.id()))
                .filter(f -> f.status() != Status.NOT_MAPPED)
                .sorted(Comparator.comparing(Finding::status)
                        .thenComparing(
                                Comparator.comparingDouble(Finding::areaM2).reversed())
                        .thenComparing(Finding::key))
                .toList();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(LIST_LIMIT, all.size()); i++) {
            Finding f = all.get(i);
            entries.add(new Entry(i + 1, f, assessments.get(f.key())));
        }
        List<Checked> clear = result.checked().stream()
                .filter(c -> c.ruleId().equals(rule.id()))
                .toList();
        List<Finding> notChecked = result.findings().stream()
                .filter(f -> f.ruleId().equals(rule.id()))
                .filter(f -> f.status() == Status.NOT_MAPPED)
                .toList();
        List<ResultTable> tables = result.tables().stream()
                .filter(t -> t.ruleId().equals(rule.id()))
                .toList();
        MapFigure map = summarised ? overview(input, entries, all, boundaries) : map(rule, input, entries, boundaries);
        List<Detail> largest = new ArrayList<>();
        if (summarised) {
            entries.stream()
                    .filter(e -> e.finding().geometry() != null
                            && !e.finding().geometry().isEmpty())
                    .limit(DETAIL_MAPS)
                    .forEach(e -> largest.add(new Detail(e, detail(rule, input, e, boundaries))));
            notChecked = notChecked.subList(0, Math.min(LIST_LIMIT, notChecked.size()));
        }
        return new Section(
                rule,
                summary,
                map,
                entries,
                all.size() - entries.size(),
                tables,
                clear.subList(0, Math.min(LIST_LIMIT, clear.size())),
                Math.max(0, clear.size() - LIST_LIMIT),
                notChecked,
                largest);
    }

    /** The rule's map: its findings numbered as in the table, on the plan, its reference layer and the municipality boundary. */
    private static MapFigure map(
            RuleDefinition rule, CheckInput input, List<Entry> entries, List<Geometry> boundaries) {
        Envelope env = new Envelope();
        entries.forEach(e -> {
            if (e.finding().geometry() != null) {
                env.expandToInclude(e.finding().geometry().getEnvelopeInternal());
            }
        });
        if (env.isNull()) {
            input.draft()
                    .landUse()
                    .forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        }
        MapFigure map = new MapFigure(env);
        context(map, rule, input, boundaries);
        numbered(map, entries);
        return map;
    }

    /**
     * A summarised rule's overview: every finding of the rule as a density grid, the listed ones
     * drawn and numbered, the municipality boundaries; no plan objects or reference features (a
     * county has hundreds of thousands; the detail maps show them where it matters).
     */
    private static MapFigure overview(
            CheckInput input, List<Entry> entries, List<Finding> all, List<Geometry> boundaries) {
        Envelope env = new Envelope();
        all.forEach(f -> {
            if (f.geometry() != null) {
                env.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        });
        if (env.isNull()) {
            input.draft()
                    .landUse()
                    .forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        }
        MapFigure map = new MapFigure(env, GENERALISE_PX);
        for (Geometry b : boundaries) {
            map.add(b.getBoundary(), MapFigure.BOUNDARY, "Kommunegrense", "Kommunegrense");
        }
        List<org.locationtech.jts.geom.Coordinate> rest = new ArrayList<>();
        for (int i = entries.size(); i < all.size(); i++) {
            Geometry g = all.get(i).geometry();
            if (g != null && !g.isEmpty()) {
                rest.add(g.getEnvelopeInternal().centre());
            }
        }
        if (!rest.isEmpty()) {
            map.density(
                    rest, MapFigure.colour(all.get(entries.size()).status()), 16, "Funn som ikke er listet (tetthet)");
        }
        numbered(map, entries);
        return map;
    }

    /** One finding close up: its surroundings in the plan and the reference layer, generalised like the overview. */
    private static MapFigure detail(RuleDefinition rule, CheckInput input, Entry e, List<Geometry> boundaries) {
        MapFigure map = new MapFigure(e.finding().geometry().getEnvelopeInternal(), GENERALISE_PX);
        ReferenceLayer layer = input.layers().get(rule.reference().layer());
        if (layer != null) {
            limited(
                    map,
                    layer.features().stream().map(r -> r.geometry()).toList(),
                    layer.title(),
                    (m, g) -> m.add(g, MapFigure.REFERENCE, layer.title(), layer.title()));
        }
        limited(
                map,
                input.draft().features(),
                "Planforslaget",
                (m, f) -> m.add(
                        f.geometry(), MapFigure.PLAN, f.displayName() + " – " + f.purposeLabel(), "Planforslaget"));
        for (Geometry b : boundaries) {
            map.add(b.getBoundary(), MapFigure.BOUNDARY, "Kommunegrense", "Kommunegrense");
        }
        numbered(map, List.of(e));
        return map;
    }

    /** Draws the items of one context layer that are visible on the map, unless there are more than {@link #CONTEXT_LIMIT}. */
    private static <T> void limited(
            MapFigure map, List<T> items, String title, java.util.function.BiConsumer<MapFigure, T> draw) {
        List<T> shown = new ArrayList<>();
        for (T item : items) {
            Geometry g = item instanceof PlanFeature f ? f.geometry() : (Geometry) item;
            if (g != null && !g.isEmpty() && map.visible(g, CONTEXT_MIN_PX)) {
                shown.add(item);
            }
        }
        if (shown.size() > CONTEXT_LIMIT) {
            map.note(title + ": " + shown.size()
                    + " objekter i utsnittet, ikke tegnet (se findings.gpkg i et GIS-verktøy).");
            return;
        }
        shown.forEach(item -> draw.accept(map, item));
    }

    private static void context(MapFigure map, RuleDefinition rule, CheckInput input, List<Geometry> boundaries) {
        ReferenceLayer layer = input.layers().get(rule.reference().layer());
        if (layer != null) {
            layer.features().forEach(r -> map.add(r.geometry(), MapFigure.REFERENCE, layer.title(), layer.title()));
        }
        for (PlanFeature f : input.draft().features()) {
            map.add(f.geometry(), MapFigure.PLAN, f.displayName() + " – " + f.purposeLabel(), "Planforslaget");
        }
        for (Geometry b : boundaries) {
            map.add(b.getBoundary(), MapFigure.BOUNDARY, "Kommunegrense", "Kommunegrense");
        }
    }

    private static void numbered(MapFigure map, List<Entry> entries) {
        for (Entry e : entries) {
            Finding f = e.finding();
            Double abc = f.figures().get("abc_class");
            if (abc != null) {
                // The ABC overview (R6a): the business areas coloured by location class, as in the WMS; the
                // status stands beside each number in the table.
                String legend = MapFigure.abcLegend(abc.intValue());
                map.add(
                        f.geometry(),
                        MapFigure.abcClass(abc.intValue()),
                        e.number() + ": " + f.planObjectName() + ", " + legend + ", "
                                + f.status().label(),
                        legend);
                continue;
            }
            map.add(
                    f.geometry(),
                    MapFigure.status(f.status()),
                    e.number() + ": " + f.planObjectName() + ", " + f.status().label(),
                    "Funn: " + f.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        for (Entry e : entries) {
            map.label(e.finding().geometry(), String.valueOf(e.number()));
        }
    }
}
