package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.planvakt.account.AccountSpec;
import no.planvakt.account.AccountTables;
import no.planvakt.account.AreaAccount;
import no.planvakt.account.ClassAreas;
import no.planvakt.account.LandCover;
import no.planvakt.account.ObjectAccount;
import no.planvakt.account.PlanOverlaps;
import no.planvakt.account.ReserveChange;
import no.planvakt.plan.PlanFeature;
import no.planvakt.plan.PlanObjectType;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.result.Status;
import no.planvakt.rule.FeatureFilter;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RuleOutcome;
import no.planvakt.rule.RulePackException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Accounting: the area account (arealregnskap) of the selected land-use objects, after KDD's guide
 * "Arealregnskap i kommuneplan". Every object is split by the pack's land-cover classes (first
 * class wins where layers overlap; what none covers is "uklassifisert"), so the classes sum to
 * the plan area. The reserve is the framtidig area of development groups not on a built class.
 * <p>
 * Findings are INFO, one per development group with reserve (figures {@code reserve_m2},
 * {@code <class>_m2}, {@code theme_<id>_m2}) and, with an adopted plan, one for the change of the
 * reserve ({@code added_m2}, {@code removed_m2}, {@code moved_m2}, {@code kept_m2}, per class
 * {@code added_<class>_m2} …). What makes the account unreliable is YELLOW: objects that overlap
 * (counted twice), gaps inside the plan boundary, plan codes no group names. Overlay slivers and
 * overlapping land cover are INFO with their count and area. The objects' classes summing to the
 * plan area is listed as checked.
 */
public final class AccountingRule implements RuleKind {
    static final String SLIVER = "sliverM2";
    private static final double DEFAULT_SLIVER_M2 = 1;
    private static final GeometryFactory GF = new GeometryFactory();
    /** Classes under 0.05 daa would read "0,0 daa" in a message; the figures keep them. */
    private static final double SHOWN_M2 = 50;

    @Override
    public String name() {
        return "accounting";
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of();
    }

    @Override
    public Set<Status> requiredMessages() {
        return Set.of(Status.INFO);
    }

    /** The INFO message of a group's reserve fills these; the other findings' texts are the kind's own. */
    @Override
    public Set<String> placeholders() {
        return Placeholders.with("group", "objects", "classes", "themes");
    }

    @Override
    public void validate(RuleDefinition rule) {
        String where = "rule " + rule.id() + ": field accounts";
        if (rule.accounts() == null) {
            throw new RulePackException(where + ": accounting rules need an accounts section (groups, classes)");
        }
        rule.accounts().validate(where);
        for (int k = 0; k < rule.accounts().classes().size(); k++) {
            FeatureFilter.compile(
                    where + ".classes[" + k + "].filter",
                    rule.accounts().classes().get(k).filter());
        }
        for (int t = 0; t < rule.accounts().themes().size(); t++) {
            FeatureFilter.compile(
                    where + ".themes[" + t + "].filter",
                    rule.accounts().themes().get(t).filter());
        }
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        AccountSpec spec = rule.accounts();
        String where = rule.id() + ": accounts";
        double sliver = rule.parameters().containsKey(SLIVER) ? rule.number(SLIVER) : DEFAULT_SLIVER_M2;
        List<PlanFeature> draft = ctx.selection();
        List<PlanFeature> bounds = ctx.draft().stream()
                .filter(f -> f.type() == PlanObjectType.PLAN_OMRADE)
                .toList();
        Envelope extent = new Envelope();
        draft.forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
        bounds.forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
        if (ctx.adopted() != null) {
            ctx.adopted().forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
        }
        extent.expandBy(10);
        LandCover cover = LandCover.of(spec.classes(), ctx.layers(), where, extent, ctx.measure());
        // The themes are measured inside the reserve alone: their features near an object that may hold it.
        STRtree reserveObjects = new STRtree();
        for (List<PlanFeature> plan : ctx.adopted() == null ? List.of(draft) : List.of(draft, ctx.adopted())) {
            plan.stream()
                    .filter(f -> AreaAccount.mayHoldReserve(spec, f))
                    .forEach(f -> reserveObjects.insert(f.geometry().getEnvelopeInternal(), f));
        }
        reserveObjects.build();
        List<LandCover> themes = new ArrayList<>();
        for (AccountSpec.Theme t : spec.themes()) {
            themes.add(LandCover.of(
                    List.of(new AccountSpec.LandCoverClass(t.id(), t.title(), t.layer(), t.filter(), false, null)),
                    ctx.layers(),
                    where + ".themes",
                    extent,
                    env -> !reserveObjects.query(env).isEmpty(),
                    ctx.measure()));
        }
        ctx.checkpoint(); // the account's overlays cannot stop midway: the run stops between them
        Municipality municipality = new Municipality(spec, ctx);
        // The adopted plan's account takes the overlaps of the objects it shares with the draft from the draft's.
        PlanOverlaps overlaps = new PlanOverlaps();
        AreaAccount account =
                AreaAccount.of(spec, cover, themes, draft, bounds, municipality::of, ctx.measure(), sliver, overlaps);
        List<String> trace = new ArrayList<>(ctx.commonTrace());
        trace.add(describeClasses(spec, ctx));
        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        // The plan's findings are drawn over its objects (a collection, not a union: a county plan has many).
        Geometry planGeometry =
                GF.buildGeometry(draft.stream().map(PlanFeature::geometry).toList());
        findings.add(planFinding(ctx, account, trace, planGeometry));
        Map<String, Geometry> reserveGeometry = reserveGeometry(account);
        // A group whose framtidig area all lies on built land holds no reserve: no finding, its 0 is in the tables.
        account.reserveByGroup().entrySet().stream()
                .filter(e -> e.getValue().total() > 0)
                .forEach(e -> findings.add(
                        groupFinding(ctx, account, e.getKey(), e.getValue(), reserveGeometry.get(e.getKey()), trace)));
        AccountTables tables = new AccountTables(rule.id(), account);
        List<ResultTable> out = new ArrayList<>(List.of(tables.byGroup(), tables.reserve()));
        ctx.checkpoint();
        if (ctx.adopted() != null) {
            AreaAccount adopted = AreaAccount.of(
                    spec, cover, themes, ctx.adopted(), List.of(), municipality::of, ctx.measure(), sliver, overlaps);
            ReserveChange change = ReserveChange.between(adopted, account, cover, ctx.measure());
            findings.add(changeFinding(ctx, account, adopted, change, trace));
            out.add(AccountTables.change(rule.id(), spec, change));
        }
        out.add(tables.municipalities(spec.names()));
        out.add(tables.objects());
        out.add(tables.reserveMap(cover));
        quality(ctx, account, sliver, trace, findings, checked, planGeometry, draft, bounds);
        return new RuleOutcome(findings, checked, out);
    }

    private static String describeClasses(AccountSpec spec, RuleContext ctx) {
        List<String> parts = new ArrayList<>();
        for (AccountSpec.LandCoverClass c : spec.classes()) {
            ReferenceLayer l = ctx.layers().get(c.layer());
            parts.add(c.title() + (c.built() ? " (bebygd)" : "") + " = " + l.id()
                    + (c.filter() == null ? "" : " [" + c.filter() + "]") + " ("
                    + l.provenance().source() + ", lisens " + l.provenance().licence() + ")");
        }
        return "Arealdekke i prioritert rekkefølge (første klasse vinner der lag overlapper): "
                + String.join("; ", parts)
                + "; resten er «uklassifisert». Arealreserve = framtidig areal i utbyggingsgrupper som ikke ligger på bebygd klasse.";
    }

    /** The whole plan's land-use area by class: the account's bottom line. */
    private static Finding planFinding(
            RuleContext ctx, AreaAccount account, List<String> trace, Geometry planGeometry) {
        AccountSpec spec = account.spec();
        ClassAreas total = account.total();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("plan_m2", account.totalM2());
        List<String> byClass = new ArrayList<>();
        for (int k = 0; k < total.size(); k++) {
            figures.put(classId(spec, k) + "_m2", total.get(k));
            if (total.get(k) >= SHOWN_M2) {
                byClass.add(
                        classTitle(spec, k).toLowerCase(Locale.ROOT) + " " + FindingText.daa(total.get(k)) + " daa");
            }
        }
        figures.put("reserve_m2", account.reserve().total());
        String text = String.format(
                "Arealformålene i forslaget dekker %s daa: %s. Arealreserven (framtidig utbygging, ikke bebygd) er %s daa.",
                FindingText.daa(account.totalM2()),
                String.join(", ", byClass),
                FindingText.daa(account.reserve().total()));
        return finding(
                ctx,
                Status.INFO,
                "plan",
                "Hele planen",
                "Arealformål",
                account.totalM2(),
                text,
                trace,
                planGeometry,
                figures);
    }

    static String classId(AccountSpec spec, int k) {
        return k < spec.classes().size() ? spec.classes().get(k).id() : AccountSpec.UNCLASSIFIED;
    }

    static String classTitle(AccountSpec spec, int k) {
        return k < spec.classes().size() ? spec.classes().get(k).title() : "Uklassifisert";
    }

    /** The reserve of each group as one geometry (the map and the finding show it): collected, not unioned. */
    private static Map<String, Geometry> reserveGeometry(AreaAccount account) {
        Map<String, List<Geometry>> parts = new TreeMap<>();
        for (ObjectAccount o : account.objects()) {
            if (o.holdsReserve() && !o.unbuilt().isEmpty()) {
                parts.computeIfAbsent(o.group(), k -> new ArrayList<>()).add(o.unbuilt());
            }
        }
        Map<String, Geometry> out = new HashMap<>();
        parts.forEach((g, list) -> out.put(g, GF.buildGeometry(list)));
        return out;
    }

    private static Map<String, Double> sliverFigures(AreaAccount account) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("slivers", (double) account.slivers());
        figures.put("sliver_m2", account.sliverM2());
        return figures;
    }

    private static Finding groupFinding(
            RuleContext ctx,
            AreaAccount account,
            String group,
            ClassAreas areas,
            Geometry geometry,
            List<String> common) {
        AccountSpec spec = account.spec();
        String title = account.groupTitles().get(group);
        List<String> trace = new ArrayList<>(common);
        Map<String, Double> figures = new LinkedHashMap<>();
        double reserve = areas.total();
        figures.put("reserve_m2", reserve);
        List<String> byClass = new ArrayList<>();
        for (int k = 0; k < areas.size(); k++) {
            String id = k < spec.classes().size() ? spec.classes().get(k).id() : AccountSpec.UNCLASSIFIED;
            String label = k < spec.classes().size() ? spec.classes().get(k).title() : "uklassifisert";
            figures.put(id + "_m2", areas.get(k));
            if (areas.get(k) >= SHOWN_M2) {
                byClass.add(label.toLowerCase(Locale.ROOT) + " " + FindingText.daa(areas.get(k)) + " daa");
            }
        }
        List<String> byTheme = new ArrayList<>();
        int objects = 0;
        double[] themes = new double[spec.themes().size()];
        for (ObjectAccount o : account.objects()) {
            if (o.holdsReserve() && o.group().equals(group)) {
                objects++;
                trace.add(String.format(
                        Locale.ROOT,
                        "%s «%s» (%s): %.1f m², herav reserve %.1f m²",
                        o.id(),
                        o.name(),
                        o.code(),
                        o.areaM2(),
                        o.reserveM2()));
                for (int t = 0; t < themes.length; t++) {
                    themes[t] += o.themeM2(t);
                }
            }
        }
        for (int t = 0; t < themes.length; t++) {
            AccountSpec.Theme th = spec.themes().get(t);
            figures.put("theme_" + th.id() + "_m2", themes[t]);
            if (themes[t] >= SHOWN_M2) {
                byTheme.add(th.title().toLowerCase(Locale.ROOT) + " " + FindingText.daa(themes[t]) + " daa");
            }
        }
        Map<String, String> values = new HashMap<>();
        values.put("object", title);
        values.put("group", title);
        values.put("purpose", "Arealreserve");
        values.put("change", "");
        values.put("area_daa", FindingText.daa(reserve));
        values.put("objects", String.valueOf(objects));
        values.put("classes", byClass.isEmpty() ? "ingen" : String.join(", ", byClass));
        values.put("themes", byTheme.isEmpty() ? "ingen av temaene" : String.join(", ", byTheme));
        values.put("reference", "");
        values.put("reference_id", "");
        String text = FindingText.fill(ctx.rule().messages().get(Status.INFO), values);
        return finding(
                ctx,
                Status.INFO,
                group,
                title,
                "Arealreserve",
                reserve,
                text,
                trace,
                geometry == null ? GF.createEmpty(2) : geometry,
                figures);
    }

    private static Finding changeFinding(
            RuleContext ctx, AreaAccount draft, AreaAccount adopted, ReserveChange change, List<String> common) {
        AccountSpec spec = draft.spec();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("adopted_m2", change.adopted().total());
        figures.put("draft_m2", change.draft().total());
        figures.put("added_m2", change.added().total());
        figures.put("removed_m2", change.removed().total());
        figures.put("moved_m2", change.moved().total());
        figures.put("kept_m2", change.kept().total());
        List<String> added = new ArrayList<>();
        for (int k = 0; k <= spec.classes().size(); k++) {
            String id = k < spec.classes().size() ? spec.classes().get(k).id() : AccountSpec.UNCLASSIFIED;
            String label = k < spec.classes().size() ? spec.classes().get(k).title() : "uklassifisert";
            figures.put("added_" + id + "_m2", change.added().get(k));
            figures.put("removed_" + id + "_m2", change.removed().get(k));
            figures.put("moved_" + id + "_m2", change.moved().get(k));
            if (change.added().get(k) >= SHOWN_M2) {
                added.add(label.toLowerCase(Locale.ROOT) + " "
                        + FindingText.daa(change.added().get(k)) + " daa");
            }
        }
        List<String> trace = new ArrayList<>(common);
        trace.add(String.format(
                Locale.ROOT,
                "Reserve i gjeldende plan %.1f m², i forslaget %.1f m²: lagt til %.1f, tatt ut %.1f, "
                        + "flyttet mellom formålsgrupper %.1f, beholdt %.1f m² (overlapp mellom reservene, delt på arealdekke)",
                change.adopted().total(),
                change.draft().total(),
                change.added().total(),
                change.removed().total(),
                change.moved().total(),
                change.kept().total()));
        String text = String.format(
                "Forslaget legger %s daa til arealreserven (%s), tar ut %s daa og flytter %s daa mellom formålsgrupper; "
                        + "reserven endres fra %s til %s daa.",
                FindingText.daa(change.added().total()),
                added.isEmpty() ? "ingen" : String.join(", ", added),
                FindingText.daa(change.removed().total()),
                FindingText.daa(change.moved().total()),
                FindingText.daa(change.adopted().total()),
                FindingText.daa(change.draft().total()));
        Geometry addedGeometry = difference(draft, adopted);
        if (addedGeometry.isEmpty()) {
            // No reserve in the draft: show where the adopted reserve was (what the draft removes).
            addedGeometry = GF.buildGeometry(adopted.objects().stream()
                    .filter(ObjectAccount::holdsReserve)
                    .map(ObjectAccount::geometry)
                    .toList());
        }
        return finding(
                ctx,
                Status.INFO,
                "endring",
                "Endring i arealreserven",
                "Arealreserve",
                change.added().total(),
                text,
                trace,
                addedGeometry,
                figures);
    }

    /**
     * The draft's reserve, drawn with the change finding (a collection: subtracting the adopted
     * reserve would union a county's objects for a picture the tables already give).
     */
    private static Geometry difference(AreaAccount draft, AreaAccount adopted) {
        return GF.buildGeometry(draft.objects().stream()
                .filter(ObjectAccount::holdsReserve)
                .map(ObjectAccount::unbuilt)
                .filter(g -> !g.isEmpty())
                .toList());
    }

    private static void quality(
            RuleContext ctx,
            AreaAccount account,
            double sliver,
            List<String> common,
            List<Finding> findings,
            List<Checked> checked,
            Geometry planGeometry,
            List<PlanFeature> draft,
            List<PlanFeature> bounds) {
        String rule = ctx.rule().id();
        double total = account.totalM2();
        double classes = account.total().total();
        List<String> trace = new ArrayList<>(common);
        trace.add(String.format(
                Locale.ROOT,
                "Sum av objektenes areal %.3f m²; sum av klassene %.3f m² (differanse %.6f m²)",
                total,
                classes,
                classes - total));
        if (account.overlapM2() > sliver) {
            findings.add(plain(
                    ctx,
                    "overlapp",
                    Status.YELLOW,
                    account.overlapM2(),
                    String.format(
                            "Arealformål i forslaget overlapper hverandre: %s daa er regnet med to ganger i arealregnskapet. Rett opp plankartet.",
                            FindingText.daa(account.overlapM2())),
                    trace,
                    Map.of("overlap_m2", account.overlapM2()),
                    planGeometry));
        }
        if (account.gapM2() != null && account.gapM2() > sliver) {
            findings.add(plain(
                    ctx,
                    "hull",
                    Status.YELLOW,
                    account.gapM2(),
                    String.format(
                            "%s daa innenfor planområdet har ikke arealformål og er ikke med i arealregnskapet.",
                            FindingText.daa(account.gapM2())),
                    trace,
                    Map.of("gap_m2", account.gapM2()),
                    gap(draft, bounds)));
        }
        Map<Integer, double[]> ungrouped = new TreeMap<>();
        for (ObjectAccount o : account.objects()) {
            if (o.group().equals(AccountSpec.UNGROUPED)) {
                double[] v = ungrouped.computeIfAbsent(o.code() == null ? -1 : o.code(), c -> new double[2]);
                v[0]++;
                v[1] += o.areaM2();
            }
        }
        ungrouped.forEach((code, v) -> findings.add(plain(
                ctx,
                "kode-" + code,
                Status.YELLOW,
                v[1],
                String.format(
                        "Arealformål %s (%d objekt(er), %s daa) står ikke i noen gruppe i regelpakken og regnes som «uten gruppe».",
                        code < 0 ? "uten kode" : code, (long) v[0], FindingText.daa(v[1])),
                trace,
                Map.of("objects", v[0]),
                GF.buildGeometry(draft.stream()
                        .filter(f -> code.equals(f.code() == null ? -1 : f.code()))
                        .map(PlanFeature::geometry)
                        .toList()))));
        if (account.slivers() > 0) {
            findings.add(plain(
                    ctx,
                    "flisarealer",
                    Status.INFO,
                    account.sliverM2(),
                    String.format(
                            "%d flisarealer under %s m² i overlaget mellom plan og arealdekke, til sammen %s m²: de er talt med i sin klasse.",
                            account.slivers(), FindingText.metres(sliver), FindingText.metres(account.sliverM2())),
                    trace,
                    // In a fixed order: Map.of's order changes from one JVM to the next, and result.json with it.
                    sliverFigures(account),
                    planGeometry));
        }
        if (account.landCoverOverlapM2() > sliver) {
            findings.add(plain(
                    ctx,
                    "arealdekke-overlapp",
                    Status.INFO,
                    account.landCoverOverlapM2(),
                    String.format(
                            "Arealdekkelagene overlapper med %s m²: området er regnet til klassen som står først i regelpakken, og bare én gang.",
                            FindingText.metres(account.landCoverOverlapM2())),
                    trace,
                    Map.of("land_cover_overlap_m2", account.landCoverOverlapM2()),
                    planGeometry));
        }
        checked.add(new Checked(
                rule,
                "arealregnskap",
                "Arealregnskap",
                String.format(
                        Locale.ROOT,
                        "%d arealformålsobjekter, %s daa: klassene summerer til planarealet (avvik %.3f m²)",
                        account.objects().size(),
                        FindingText.daa(total),
                        classes - total)));
    }

    private static Finding plain(
            RuleContext ctx,
            String aspect,
            Status status,
            double area,
            String text,
            List<String> trace,
            Map<String, Double> figures,
            Geometry geometry) {
        return finding(ctx, status, aspect, "Arealregnskap", "Kvalitet", area, text, trace, geometry, figures);
    }

    /** The part of the plan boundary no selected object covers. */
    private static Geometry gap(List<PlanFeature> draft, List<PlanFeature> bounds) {
        Geometry boundary =
                UnaryUnionOp.union(bounds.stream().map(PlanFeature::geometry).toList());
        return OverlayNGRobust.overlay(
                boundary,
                UnaryUnionOp.union(draft.stream().map(PlanFeature::geometry).toList()),
                OverlayNG.DIFFERENCE);
    }

    /**
     * An account finding: its "object" is what it sums up (the plan, a group, the change, a check),
     * so that the spec and the report name it; it is about no single reference feature.
     */
    private static Finding finding(
            RuleContext ctx,
            Status status,
            String id,
            String name,
            String purpose,
            double area,
            String text,
            List<String> trace,
            Geometry geometry,
            Map<String, Double> figures) {
        return ctx.finding(status)
                .key(FindingText.key(ctx.rule().id(), id))
                .planObject(id, name, purpose)
                .reference(null, null)
                .area(area)
                .message(text)
                .trace(new ArrayList<>(trace))
                .geometry(geometry)
                .figures(figures)
                .build();
    }

    /** An object's municipality: its own attribute, else the boundary layer at an inner point, else the plan's. */
    private static final class Municipality {
        private static final List<String> ATTRIBUTES =
                List.of("kommunenummer", "KOMM", "komm", "kommune", "KOMMUNENUMMER");
        private final List<ReferenceFeature> boundaries;
        private final String attribute;
        private final String planMunicipality;

        Municipality(AccountSpec spec, RuleContext ctx) {
            this.boundaries = spec.municipalities() == null
                    ? List.of()
                    : ctx.layers().get(spec.municipalities().layer()).features();
            this.attribute =
                    spec.municipalities() == null ? null : spec.municipalities().attribute();
            this.planMunicipality = ctx.municipality();
        }

        String of(PlanFeature f) {
            for (String a : ATTRIBUTES) {
                Object v = f.attributes().get(a);
                if (v != null && !String.valueOf(v).isBlank()) {
                    return String.valueOf(v);
                }
            }
            if (!boundaries.isEmpty() && !f.geometry().isEmpty()) {
                Point p = f.geometry().getInteriorPoint();
                for (ReferenceFeature b : boundaries) {
                    if (b.geometry().covers(p) && b.attributes().get(attribute) != null) {
                        return String.valueOf(b.attributes().get(attribute));
                    }
                }
            }
            return planMunicipality == null ? "ukjent" : planMunicipality;
        }
    }
}
