package no.planvakt.rule.oracle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import no.planvakt.account.AccountSpec;
import no.planvakt.plan.LandUseStatus;
import no.planvakt.plan.PlanFeature;
import no.planvakt.plan.PlanObjectType;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.FeatureFilter;

/**
 * The area account written as PostGIS SQL, independently of the engine: the land-cover partition
 * is built as class unions minus the unions of the classes before them, every figure is an
 * ST_Area of an ST_Intersection / ST_Difference in the plan's own CRS, and the reserve change is
 * measured from the two reserves' geometries (not derived from the other figures as the engine
 * does). Works on the tables PostGisOracleTest fills (plan_obj, ref_obj in EPSG:25833).
 */
final class AccountOracle {
    /** Relative agreement, and the absolute floor for figures near zero (m²). */
    private static final double REL = 1e-4;

    private static final double ABS_M2 = 0.1;

    private final Connection db;
    private final int srid;
    private final CheckInput input;
    private final CompiledRule rule;
    private final AccountSpec spec;
    private final List<String> mismatches;
    private final OracleLedger ledger;
    private int compared;

    AccountOracle(Connection db, int srid, CheckInput input, CompiledRule rule, List<String> mismatches)
            throws SQLException {
        this.db = db;
        this.srid = srid;
        this.input = input;
        this.rule = rule;
        this.spec = rule.definition().accounts();
        this.mismatches = mismatches;
        this.ledger = new OracleLedger(mismatches);
        buildPartition();
    }

    int compared() {
        return compared + ledger.compared();
    }

    /** lc_part(k, geom): class k's land with every earlier class cut away; lc_all: all classified land. */
    private void buildPartition() throws SQLException {
        exec("DROP TABLE IF EXISTS lc_part; CREATE TEMP TABLE lc_part (k int, built boolean, geom geometry)");
        for (int k = 0; k < spec.classes().size(); k++) {
            AccountSpec.LandCoverClass c = spec.classes().get(k);
            List<String> ids = ids(c.layer(), c.filter());
            exec("INSERT INTO lc_part SELECT " + k + ", " + c.built()
                    + ", ST_CollectionExtract(ST_Difference(u.g, coalesce((SELECT ST_Union(geom) "
                    + "FROM lc_part), ST_GeomFromText('POLYGON EMPTY', " + srid
                    + ")) ), 3) FROM (SELECT coalesce(ST_Union(ST_Transform(geom, " + srid
                    + ")), ST_GeomFromText('POLYGON EMPTY', " + srid + ")) AS g FROM ref_obj WHERE layer = '"
                    + c.layer() + "' AND id IN ("
                    + quoted(ids) + ")) u");
        }
    }

    private List<String> ids(String layer, String filter) {
        FeatureFilter f = FeatureFilter.compile("oracle", filter);
        return input.layers().get(layer).features().stream()
                .filter(f::accepts)
                .map(ReferenceFeature::id)
                .toList();
    }

    void check(String kase, Finding f) throws SQLException {
        String where = kase + ": " + rule.definition().id() + " " + f.planObjectId() + " " + f.status();
        String id = f.planObjectId();
        if (id.equals("plan")) {
            List<String> all = selected(draft());
            agree(where, "plan_m2", f.figures().get("plan_m2"), sum("ST_Area(o.g)", all, "draft"));
            classes(where, f, "", "o.g", all, "draft");
            agree(
                    where,
                    "reserve_m2",
                    f.figures().get("reserve_m2"),
                    sum("ST_Area(" + unbuilt("o.g") + ")", reserve(draft()), "draft"));
        } else if (id.equals("endring")) {
            change(where, f);
        } else if (id.equals("overlapp")) {
            List<String> all = selected(draft());
            agree(
                    where,
                    "overlap_m2",
                    f.figures().get("overlap_m2"),
                    value("SELECT coalesce(sum(ST_Area(ST_Intersection(ST_Transform(a.geom, "
                            + srid + "), ST_Transform(b.geom, " + srid
                            + ")))), 0) FROM plan_obj a, plan_obj b WHERE a.version = 'draft' AND b.version = 'draft' "
                            + "AND a.id < b.id AND a.id IN (" + quoted(all) + ") AND b.id IN (" + quoted(all)
                            + ") AND ST_Intersects(a.geom, b.geom)"));
        } else if (id.equals("hull")) {
            List<String> bounds = draft().stream()
                    .filter(p -> p.type() == PlanObjectType.PLAN_OMRADE)
                    .map(PlanFeature::id)
                    .toList();
            agree(
                    where,
                    "gap_m2",
                    f.figures().get("gap_m2"),
                    value("SELECT ST_Area(ST_Difference((SELECT ST_Union(ST_Transform(geom, " + srid
                            + ")) FROM plan_obj WHERE version = 'draft' AND id IN (" + quoted(bounds)
                            + ")), (SELECT ST_Union(ST_Transform(geom, " + srid
                            + ")) FROM plan_obj WHERE version = 'draft' AND id IN (" + quoted(selected(draft()))
                            + "))))"));
        } else if (id.startsWith("kode-")) {
            int code = Integer.parseInt(id.substring(5));
            List<String> with = draft().stream()
                    .filter(rule.planFilter()::accepts)
                    .filter(p -> p.code() != null && p.code() == code)
                    .map(PlanFeature::id)
                    .toList();
            agree(where, "area", f.areaM2(), sum("ST_Area(o.g)", with, "draft"));
            agree(where, "objects", f.figures().get("objects"), with.size());
        } else if (id.equals("flisarealer")) {
            double sliver = rule.definition().number("sliverM2");
            String pieces =
                    "SELECT ST_Area(d.geom) AS a FROM plan_obj o, lc_part p, ST_Dump(ST_Intersection(ST_Transform(o.geom, "
                            + srid + "), p.geom)) d WHERE o.version = 'draft' AND o.id IN (" + quoted(selected(draft()))
                            + ")";
            double[] v =
                    row("SELECT count(*), coalesce(sum(a), 0) FROM (" + pieces + ") x WHERE a > 0 AND a < " + sliver);
            agree(where, "slivers", f.figures().get("slivers"), v[0]);
            agree(where, "sliver_m2", f.figures().get("sliver_m2"), v[1]);
        } else if (id.equals("arealdekke-overlapp")) {
            // Every land-cover area claimed more than once: the sum of the features minus their union.
            List<String> parts = new ArrayList<>();
            for (AccountSpec.LandCoverClass c : spec.classes()) {
                parts.add("SELECT ST_Transform(geom, " + srid + ") AS g FROM ref_obj WHERE layer = '" + c.layer()
                        + "' AND id IN (" + quoted(ids(c.layer(), c.filter())) + ")");
            }
            agree(
                    where,
                    "land_cover_overlap_m2",
                    f.figures().get("land_cover_overlap_m2"),
                    value("WITH f AS (" + String.join(" UNION ALL ", parts)
                            + ") SELECT sum(ST_Area(g)) - ST_Area(ST_Union(g)) FROM f"));
        } else {
            AccountSpec.Group group = spec.groups().stream()
                    .filter(g -> g.id().equals(id))
                    .findFirst()
                    .orElse(null);
            if (group == null) {
                mismatches.add(where + ": no SQL for this accounting finding");
                return;
            }
            List<String> objects = reserve(draft()).stream()
                    .filter(o -> group.codes().contains(code(o, draft())))
                    .toList();
            agree(
                    where,
                    "reserve_m2",
                    f.figures().get("reserve_m2"),
                    sum("ST_Area(" + unbuilt("o.g") + ")", objects, "draft"));
            classes(where, f, "", unbuilt("o.g"), objects, "draft");
            for (AccountSpec.Theme t : spec.themes()) {
                String theme = "(SELECT coalesce(ST_Union(ST_Transform(geom, " + srid
                        + ")), ST_GeomFromText('POLYGON EMPTY', " + srid + ")) FROM ref_obj WHERE layer = '" + t.layer()
                        + "' AND id IN (" + quoted(ids(t.layer(), t.filter())) + "))";
                agree(
                        where,
                        "theme_" + t.id() + "_m2",
                        f.figures().get("theme_" + t.id() + "_m2"),
                        sum("ST_Area(ST_Intersection(" + unbuilt("o.g") + ", " + theme + "))", objects, "draft"));
            }
        }
    }

    /** The engine's "classes sum to the plan area", recomputed: classes + unclassified against the objects' area. */
    void checkClear(String kase, Checked ch) throws SQLException {
        List<String> all = selected(draft());
        double objects = sum("ST_Area(o.g)", all, "draft");
        double classes = sum("ST_Area(ST_Intersection(o.g, (SELECT ST_Union(geom) FROM lc_part)))", all, "draft")
                + sum("ST_Area(ST_Difference(o.g, (SELECT ST_Union(geom) FROM lc_part)))", all, "draft");
        compared++;
        if (Math.abs(objects - classes) > Math.max(ABS_M2, objects * REL)) {
            mismatches.add(kase + ": " + ch.ruleId() + " clear " + ch.planObjectId() + ": PostGIS classes sum to "
                    + classes + ", objects to " + objects);
        }
    }

    /** Figures "<prefix><class>_m2" for each class and the unclassified part of {@code geom} over the objects. */
    private void classes(String where, Finding f, String prefix, String geom, List<String> objects, String version)
            throws SQLException {
        for (int k = 0; k < spec.classes().size(); k++) {
            String name = prefix + spec.classes().get(k).id() + "_m2";
            agree(
                    where,
                    name,
                    f.figures().get(name),
                    sum(
                            "ST_Area(ST_Intersection(" + geom + ", (SELECT geom FROM lc_part WHERE k = " + k + ")))",
                            objects,
                            version));
        }
        String name = prefix + AccountSpec.UNCLASSIFIED + "_m2";
        agree(
                where,
                name,
                f.figures().get(name),
                sum("ST_Area(ST_Difference(" + geom + ", (SELECT ST_Union(geom) FROM lc_part)))", objects, version));
    }

    /** Added, removed and moved reserve per class, from the two reserves' geometries. */
    private void change(String where, Finding f) throws SQLException {
        String rd = reserveUnion(reserve(draft()), "draft");
        String ra = reserveUnion(reserve(adopted()), "adopted");
        String all = "(SELECT ST_Union(geom) FROM lc_part)";
        agree(where, "draft_m2", f.figures().get("draft_m2"), value("SELECT ST_Area(" + rd + ")"));
        agree(where, "adopted_m2", f.figures().get("adopted_m2"), value("SELECT ST_Area(" + ra + ")"));
        agree(
                where,
                "added_m2",
                f.figures().get("added_m2"),
                value("SELECT ST_Area(ST_Difference(" + rd + ", " + ra + "))"));
        agree(
                where,
                "removed_m2",
                f.figures().get("removed_m2"),
                value("SELECT ST_Area(ST_Difference(" + ra + ", " + rd + "))"));
        String movedPairs = movedPairs();
        double moved = 0;
        for (int k = 0; k <= spec.classes().size(); k++) {
            String cls = k < spec.classes().size() ? spec.classes().get(k).id() : AccountSpec.UNCLASSIFIED;
            String part = k < spec.classes().size() ? "(SELECT geom FROM lc_part WHERE k = " + k + ")" : null;
            String added = "ST_Difference(" + rd + ", " + ra + ")";
            String removed = "ST_Difference(" + ra + ", " + rd + ")";
            agree(
                    where,
                    "added_" + cls + "_m2",
                    f.figures().get("added_" + cls + "_m2"),
                    value("SELECT ST_Area(" + on(added, part, all) + ")"));
            agree(
                    where,
                    "removed_" + cls + "_m2",
                    f.figures().get("removed_" + cls + "_m2"),
                    value("SELECT ST_Area(" + on(removed, part, all) + ")"));
            double m =
                    value("SELECT coalesce(sum(ST_Area(" + on("x.g", part, all) + ")), 0) FROM (" + movedPairs + ") x");
            agree(where, "moved_" + cls + "_m2", f.figures().get("moved_" + cls + "_m2"), m);
            moved += m;
        }
        agree(where, "moved_m2", f.figures().get("moved_m2"), moved);
        agree(
                where,
                "kept_m2",
                f.figures().get("kept_m2"),
                value("SELECT ST_Area(ST_Intersection(" + rd + ", " + ra + "))") - moved);
    }

    private static String on(String geom, String part, String all) {
        return part == null
                ? "ST_Difference(" + geom + ", " + all + ")"
                : "ST_Intersection(" + geom + ", " + part + ")";
    }

    /** The overlaps of draft and adopted reserve objects whose groups differ. */
    private String movedPairs() {
        List<String> rows = new ArrayList<>();
        for (String d : reserve(draft())) {
            for (String a : reserve(adopted())) {
                String gd = spec.groupOf(code(d, draft())).orElseThrow().id();
                String ga = spec.groupOf(code(a, adopted())).orElseThrow().id();
                if (!gd.equals(ga)) {
                    rows.add("SELECT ST_Intersection(" + unbuilt(obj("draft", d)) + ", " + unbuilt(obj("adopted", a))
                            + ") AS g");
                }
            }
        }
        return rows.isEmpty()
                ? "SELECT ST_GeomFromText('POLYGON EMPTY', " + srid + ") AS g"
                : String.join(" UNION ALL ", rows);
    }

    private String obj(String version, String id) {
        return "(SELECT ST_Transform(geom, " + srid + ") FROM plan_obj WHERE version = '" + version + "' AND id = '"
                + id.replace("'", "''") + "')";
    }

    private String reserveUnion(List<String> ids, String version) {
        return "(SELECT coalesce(ST_Union(" + unbuilt("ST_Transform(geom, " + srid + ")")
                + "), ST_GeomFromText('POLYGON EMPTY', " + srid + ")) FROM plan_obj WHERE version = '" + version
                + "' AND id IN (" + quoted(ids) + "))";
    }

    /** A geometry less the built classes. */
    private static String unbuilt(String geom) {
        return "ST_Difference(" + geom
                + ", coalesce((SELECT ST_Union(geom) FROM lc_part WHERE built), ST_GeomFromText('POLYGON EMPTY', ST_SRID("
                + geom + "))))";
    }

    private List<PlanFeature> draft() {
        return input.draft().features();
    }

    private List<PlanFeature> adopted() {
        return input.adopted() == null ? List.of() : input.adopted().features();
    }

    private List<String> selected(List<PlanFeature> features) {
        return features.stream()
                .filter(rule.planFilter()::accepts)
                .map(PlanFeature::id)
                .toList();
    }

    /** Ids of the selected framtidig objects of development groups. */
    private List<String> reserve(List<PlanFeature> features) {
        return features.stream()
                .filter(rule.planFilter()::accepts)
                .filter(f -> f.status() == LandUseStatus.FRAMTIDIG)
                .filter(f -> spec.groupOf(f.code())
                        .map(AccountSpec.Group::development)
                        .orElse(false))
                .map(PlanFeature::id)
                .toList();
    }

    private static Integer code(String id, List<PlanFeature> features) {
        return features.stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow()
                .code();
    }

    /** Σ expr over the objects, with o.g their geometry in the plan's CRS. */
    private double sum(String expr, List<String> ids, String version) throws SQLException {
        return value("SELECT coalesce(sum(" + expr + "), 0) FROM (SELECT ST_Transform(geom, " + srid
                + ") AS g FROM plan_obj WHERE version = '" + version + "' AND id IN (" + quoted(ids) + ")) o");
    }

    private double value(String sql) throws SQLException {
        return row(sql)[0];
    }

    private double[] row(String sql) throws SQLException {
        return OracleLedger.row(db, sql);
    }

    private void agree(String where, String figure, Double engine, double postgis) {
        ledger.agree(where, figure, engine, postgis, Math.max(Math.abs(postgis) * REL, ABS_M2));
    }

    private static String quoted(List<String> ids) {
        return ids.isEmpty()
                ? "NULL"
                : String.join(
                        ", ",
                        ids.stream().map(i -> "'" + i.replace("'", "''") + "'").toList());
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
