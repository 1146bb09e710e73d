package no.planvakt.rule.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.plan.PlanFeature;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.FeatureFilter;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.Parameter;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RulePackLoader;
import no.planvakt.rule.spec.PackSpec;
import no.planvakt.rule.spec.PackSpecVerifier;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKBWriter;

/**
 * The engine's figures for every spec case agree with the same overlay written as PostGIS SQL to
 * 0.01 %. The SQL gets the engine's stored geometries as WKB (UTM 33), transforms them to the
 * plan's own CRS and does the whole overlay there, as a planner's GIS would; only which objects
 * a rule selects is taken from the rule's ECQL filters. The demo is recomputed the same way. Needs
 * PLANVAKT_DB_URL (scripts/postgis.sh).
 */
class PostGisOracleTest {
    private static final double REL = 1e-4;

    private final LoadedPack pack = RulePackLoader.buskerud();
    private final PackSpec spec = PackSpecVerifier.buskerudSpec();
    private final List<String> mismatches = new ArrayList<>();
    private final OracleLedger ledger = new OracleLedger(mismatches);
    private int compared;
    private final java.util.Set<String> rulesCompared = new java.util.TreeSet<>();
    private Connection db;
    private int srid;
    private CheckInput current;

    @Test
    void everyFigureAgreesWithPostGis() throws SQLException {
        String url = System.getenv("PLANVAKT_DB_URL");
        if (url == null || url.isBlank()) {
            fail("PLANVAKT_DB_URL is not set: the PostGIS oracle needs a database. Start one with "
                    + "`scripts/postgis.sh start` and `export PLANVAKT_DB_URL=$(scripts/postgis.sh url)`.");
        }
        PackSpecVerifier verifier = new PackSpecVerifier(pack, Crs.DEFAULT_CANONICAL_SRID);
        try (Connection c = DriverManager.getConnection(url)) {
            db = c;
            // The network distances are recomputed with pgRouting; this test must not depend on
            // another test having created the extension first.
            exec("CREATE EXTENSION IF NOT EXISTS pgrouting");
            exec("CREATE TEMP TABLE plan_obj (version text, id text, geom geometry)");
            exec("CREATE TEMP TABLE ref_obj (layer text, id text, geom geometry)");
            exec("CREATE TEMP TABLE ref_cov (layer text, geom geometry)");
            for (PackSpec.Case k : spec.cases()) {
                compare(k.name(), PackSpecVerifier.srid(spec, k), verifier.input(spec, k), verifier.run(spec, k));
            }
            // The demo too: real reading path, a coverage file, all rules at once.
            CheckInput demo = demoInput();
            compare("demo", demo.draft().sourceSrid(), demo, new CheckEngine(pack).run(demo));
        }
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
        // Every rule's findings were recomputed, with their figures, and the clear objects checked.
        assertThat(rulesCompared)
                .containsExactlyInAnyOrderElementsOf(
                        pack.rules().stream().map(r -> r.definition().id()).toList());
        assertThat(compared + ledger.compared()).isGreaterThan(60);
        // The accounts' figures too (AccountOracle counts its own comparisons).
        assertThat(accountComparisons.stream().mapToInt(AccountOracle::compared).sum())
                .isGreaterThan(80);
    }

    private void compare(String name, int caseSrid, CheckInput input, CheckResult result) throws SQLException {
        srid = caseSrid;
        current = input;
        load(input);
        for (Finding f : result.findings()) {
            check(name, rule(f.ruleId()), input, f);
            rulesCompared.add(f.ruleId());
        }
        for (Checked ch : result.checked()) {
            checkClear(name, rule(ch.ruleId()), input, ch);
        }
    }

    private static CheckInput demoInput() {
        Path dir;
        try {
            dir = DemoData.extractTo(Files.createTempDirectory("planvakt-oracle-demo"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PlanReader reader = new PlanReader(Crs.DEFAULT_CANONICAL_SRID);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID)
                .readManifest(dir.resolve(DemoData.LAYERS))
                .forEach(l -> layers.put(l.id(), l));
        return new CheckInput(
                reader.read(dir.resolve(DemoData.DRAFT), PlanVersionKind.DRAFT),
                reader.read(dir.resolve(DemoData.ADOPTED), PlanVersionKind.ADOPTED),
                layers);
    }

    private CompiledRule rule(String id) {
        return pack.rules().stream()
                .filter(r -> r.definition().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private void load(CheckInput input) throws SQLException {
        exec("TRUNCATE plan_obj; TRUNCATE ref_obj; TRUNCATE ref_cov");
        WKBWriter wkb = new WKBWriter();
        try (PreparedStatement p =
                db.prepareStatement("INSERT INTO plan_obj VALUES (?, ?, ST_SetSRID(ST_GeomFromWKB(?), 25833))")) {
            for (PlanFeature f : input.draft().features()) {
                p.setString(1, "draft");
                p.setString(2, f.id());
                p.setBytes(3, wkb.write(f.geometry()));
                p.addBatch();
            }
            if (input.adopted() != null) {
                for (PlanFeature f : input.adopted().features()) {
                    p.setString(1, "adopted");
                    p.setString(2, f.id());
                    p.setBytes(3, wkb.write(f.geometry()));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
        try (PreparedStatement p =
                        db.prepareStatement("INSERT INTO ref_obj VALUES (?, ?, ST_SetSRID(ST_GeomFromWKB(?), 25833))");
                PreparedStatement cov =
                        db.prepareStatement("INSERT INTO ref_cov VALUES (?, ST_SetSRID(ST_GeomFromWKB(?), 25833))")) {
            for (ReferenceLayer l : input.layers().values()) {
                for (ReferenceFeature f : l.features()) {
                    p.setString(1, l.id());
                    p.setString(2, f.id());
                    p.setBytes(3, wkb.write(f.geometry()));
                    p.addBatch();
                }
                if (l.coverage() != null) {
                    cov.setString(1, l.id());
                    cov.setBytes(2, wkb.write(l.coverage()));
                    cov.addBatch();
                }
            }
            p.executeBatch();
            cov.executeBatch();
        }
    }

    /** SQL for the examined part of a draft object: all of it, or what the adopted selection does not cover. */
    private String part(List<String> adoptedIds, boolean existing) {
        String d = "(SELECT ST_Transform(geom, " + srid + ") FROM plan_obj WHERE version = 'draft' AND id = ?)";
        if (adoptedIds.isEmpty()) {
            return existing ? "ST_GeomFromText('POLYGON EMPTY', " + srid + ")" : d;
        }
        String a = "(SELECT ST_Transform(ST_Union(geom), " + srid
                + ") FROM plan_obj WHERE version = 'adopted' AND id IN (" + quoted(adoptedIds) + "))";
        return existing ? "ST_Intersection(" + d + ", " + a + ")" : "ST_Difference(" + d + ", " + a + ")";
    }

    private String jointPart(List<String> adoptedIds, String ids) {
        String d = "(SELECT ST_Transform(ST_Union(geom), " + srid
                + ") FROM plan_obj WHERE version = 'draft' AND id IN (" + quoted(List.of(ids.split("\\+"))) + "))";
        if (adoptedIds.isEmpty()) {
            return d;
        }
        return "ST_Difference(" + d + ", (SELECT ST_Transform(ST_Union(geom), " + srid
                + ") FROM plan_obj WHERE version = 'adopted' AND id IN (" + quoted(adoptedIds) + ")))";
    }

    private String ref(String layer, String id) {
        return "(SELECT ST_Transform(geom, " + srid + ") FROM ref_obj WHERE layer = '" + layer + "' AND id = '" + id
                + "')";
    }

    private List<String> adoptedSelection(CompiledRule r, CheckInput input) {
        return input.adopted() == null
                ? List.of()
                : input.adopted().features().stream()
                        .filter(r.planFilter()::accepts)
                        .map(PlanFeature::id)
                        .toList();
    }

    private void check(String kase, CompiledRule r, CheckInput input, Finding f) throws SQLException {
        RuleDefinition d = r.definition();
        String where = kase + ": " + d.id() + " " + f.planObjectId() + "/" + f.referenceFeatureId() + " " + f.status();
        String layer = d.reference().layer();
        if (f.status() == Status.NOT_MAPPED && !r.kind().name().equals("coverage")) {
            // The examined part outside the layer's coverage.
            double[] v = query(
                    "WITH p AS (SELECT " + part(adoptedSelection(r, input), false)
                            + " AS g) SELECT ST_Area(ST_Difference(p.g, " + "(SELECT ST_Transform(geom, " + srid
                            + ") FROM ref_cov WHERE layer = '" + layer + "'))), ST_Area(p.g) FROM p",
                    f.planObjectId());
            agree(where, "area outside coverage", f.areaM2(), v[0]);
            agree(where, "share outside coverage", f.share(), v[0] / v[1]);
            return;
        }
        switch (r.kind().name()) {
            case "accounting" -> account(r, input).check(kase, f);
            case "exclusion" -> {
                String part = part(adoptedSelection(r, input), f.status() == Status.INFO);
                double buffer = d.parameters().containsKey("bufferM") ? d.number("bufferM") : 0;
                double[] v = query(
                        "WITH p AS (SELECT " + part + " AS g) SELECT ST_Area(ST_Intersection(p.g, ST_Buffer("
                                + ref(layer, f.referenceFeatureId()) + ", " + buffer + "))), ST_Area(p.g) FROM p",
                        f.planObjectId());
                agree(where, "area", f.areaM2(), v[0]);
                agree(where, "share", f.share(), v[0] / v[1]);
            }
            case "coverage" -> {
                String plan = planArea(input);
                if (f.status() == Status.NOT_MAPPED) {
                    double[] v = query("WITH r AS (SELECT " + ref(layer, f.referenceFeatureId())
                            + " AS g) SELECT ST_Area(ST_Difference(r.g, " + plan + ")), ST_Area(r.g) FROM r");
                    agree(where, "area outside the plan", f.areaM2(), v[0]);
                    agree(where, "share outside the plan", f.share(), v[0] / v[1]);
                    return;
                }
                String zones = f.planObjectId().isEmpty()
                        ? "ST_GeomFromText('POLYGON EMPTY', " + srid + ")"
                        : "(SELECT ST_Transform(ST_Union(geom), " + srid
                                + ") FROM plan_obj WHERE version = 'draft' AND id IN ("
                                + quoted(List.of(f.planObjectId().split("\\+"))) + "))";
                double[] v = query("WITH r AS (SELECT ST_Intersection(" + ref(layer, f.referenceFeatureId()) + ", "
                        + plan + ") AS g) SELECT ST_Area(ST_Difference(r.g, " + zones + ")), ST_Area(r.g) FROM r");
                agree(where, "uncovered area", f.areaM2(), v[0]);
                agree(where, "uncovered share", f.share(), v[0] / v[1]);
                agree(where, "covered share", f.figures().get("covered_share"), 1 - v[0] / v[1]);
            }
            case "proximity" -> {
                ReferenceFeature rf = feature(input, layer, f.referenceFeatureId());
                double safety = safety(d, rf);
                double limit = limit(d, f.planObjectId());
                String part = part(adoptedSelection(r, input), false);
                double[] v = query(
                        "WITH p AS (SELECT " + part + " AS g), k AS (SELECT ST_Buffer(" + ref(layer, rf.id()) + ", "
                                + safety
                                + ") AS g) SELECT ST_Distance(p.g, k.g), ST_Area(ST_Intersection(p.g, k.g)), "
                                + "CASE WHEN ST_DWithin(p.g, k.g, " + limit + ") THEN 1 ELSE 0 END FROM p, k",
                        f.planObjectId());
                agree(where, "distance", f.distanceM(), v[0]);
                agree(where, "overlap area", f.areaM2(), v[1]);
                agree(where, "within limit (ST_DWithin)", 1.0, v[2]);
                String zoneFilter = d.parameters().get("zoneFilter").asText();
                List<String> zones = input.draft().features().stream()
                        .filter(FeatureFilter.compile("oracle", zoneFilter)::accepts)
                        .map(PlanFeature::id)
                        .toList();
                double[] z = query(
                        "WITH k AS (SELECT ST_Buffer(" + ref(layer, rf.id()) + ", " + safety + ") AS g), "
                                + "z AS (SELECT coalesce(ST_Transform(ST_Union(geom), " + srid
                                + "), ST_GeomFromText('POLYGON EMPTY', " + srid
                                + ")) AS g FROM plan_obj WHERE version = 'draft' AND id IN (" + quoted(zones)
                                + ") AND ST_Intersects(geom, "
                                + "(SELECT ST_Transform(g, 25833) FROM k))) SELECT 1 - ST_Area(ST_Difference(k.g, z.g)) / ST_Area(k.g) FROM k, z");
                agree(where, "zone share", f.figures().get("zone_share"), z[0]);
            }
            case "fragmentation" -> {
                // A joint finding ("D1+D2") is about the union of the objects' new parts.
                String part = f.planObjectId().contains("+")
                        ? jointPart(adoptedSelection(r, input), f.planObjectId())
                        : part(adoptedSelection(r, input), false);
                double minPart = d.number("minPartM2");
                double[] v = query(
                        "WITH p AS (SELECT " + part + " AS g), n AS (SELECT " + ref(layer, f.referenceFeatureId())
                                + " AS g), "
                                + "rest AS (SELECT ST_Difference(n.g, p.g) AS g FROM n, p) "
                                + "SELECT ST_Area(ST_Intersection(p.g, n.g)), ST_Area(p.g), "
                                + "(SELECT count(*) FROM (SELECT (ST_Dump(ST_Buffer(ST_Buffer(rest.g, -0.1), 0.1))).geom AS g FROM rest) x WHERE ST_Area(x.g) >= "
                                + minPart + "), "
                                + "(SELECT coalesce(max(ST_Area(x.g)), 0) FROM (SELECT (ST_Dump(ST_Buffer(ST_Buffer(rest.g, -0.1), 0.1))).geom AS g FROM rest) x WHERE ST_Area(x.g) >= "
                                + minPart + ") "
                                + "FROM p, n",
                        f.planObjectId());
                agree(where, "overlap area", f.areaM2(), v[0]);
                agree(where, "share", f.share(), v[0] / v[1]);
                agree(where, "parts after", f.figures().get("parts_after"), v[2]);
                agree(where, "largest part", f.figures().get("largest_part_m2"), v[3]);
                if (d.parameters().containsKey("corridorWidthM")) {
                    double half = d.number("corridorWidthM") / 2;
                    double[] w = query(
                            "WITH p AS (SELECT " + part + " AS g), n AS (SELECT " + ref(layer, f.referenceFeatureId())
                                    + " AS g) "
                                    + "SELECT (SELECT count(*) FROM ST_Dump(ST_Buffer(n.g, -" + half
                                    + ")) x WHERE NOT ST_IsEmpty(x.geom)), "
                                    + "(SELECT count(*) FROM ST_Dump(ST_Buffer(ST_Difference(n.g, p.g), -" + half
                                    + ")) x WHERE NOT ST_IsEmpty(x.geom)) "
                                    + "FROM p, n",
                            f.planObjectId());
                    agree(where, "corridor parts before", f.figures().get("corridor_parts_before"), w[0]);
                    agree(where, "corridor parts after", f.figures().get("corridor_parts_after"), w[1]);
                }
            }
            case "classification", "nearness" -> checkDistances(where, r, input, f);
            case "inside_share" -> {
                double[] v = query(insideSql(r, input, layer), f.planObjectId());
                agree(where, "area outside", f.areaM2(), v[0]);
                agree(where, "share outside", f.share(), v[0] / v[1]);
                agree(where, "inside", f.figures().get("inside_m2"), v[1] - v[0]);
            }
            case "siting" -> siting(r, input).check(where, f, this::agree);
            default ->
                mismatches.add(where + ": no SQL for rule kind " + r.kind().name());
        }
    }

    /** Outside area and whole area of the examined part against the union of the built-up polygons. */
    private String insideSql(CompiledRule r, CheckInput input, String layer) {
        return "WITH p AS (SELECT " + part(adoptedSelection(r, input), false)
                + " AS g), b AS (SELECT ST_Transform(ST_Union(geom), " + srid
                + ") AS g FROM ref_obj WHERE layer = '" + layer + "') SELECT ST_Area(ST_Difference(p.g, coalesce(b.g, "
                + "ST_GeomFromText('POLYGON EMPTY', " + srid + ")))), ST_Area(p.g) FROM p, b";
    }

    private final Map<String, NetworkOracle> networks = new java.util.HashMap<>();

    /**
     * Classification and nearness: the examined area, and every distance the finding states
     * (to hubs/centres, to stops with enough departures, to main-road junctions) recomputed with
     * pgRouting to 1 m; a finding without them must be unreachable in SQL too (no link within snapM,
     * or no path to any target).
     */
    private void checkDistances(String where, CompiledRule r, CheckInput input, Finding f) throws SQLException {
        RuleDefinition d = r.definition();
        String part = part(adoptedSelection(r, input), false);
        agree(where, "area", f.areaM2(), query("SELECT ST_Area(" + part + ")", f.planObjectId())[0]);
        List<ReferenceLayer> net = list(d, "networkLayers").stream()
                .map(input.layers()::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        NetworkOracle oracle = null;
        if (!net.isEmpty()) {
            String key = System.identityHashCode(input) + "/" + d.id();
            if (!networks.containsKey(key)) {
                networks.clear();
                networks.put(
                        key,
                        new NetworkOracle(
                                db,
                                srid,
                                d.parameters().containsKey("snapM") ? d.number("snapM") : 500,
                                net,
                                text(d, "categoryAttribute"),
                                text(d, "numberAttribute")));
            }
            oracle = networks.get(key);
        }
        List<ReferenceFeature> hubs = input.layers().get(d.reference().layer()).features().stream()
                .filter(r.referenceFilter()::accepts)
                .toList();
        String stopsLayer = text(d, "stopsLayer");
        double min = d.parameters().containsKey("bMinDepartures")
                ? d.number("bMinDepartures")
                : d.parameters().containsKey("minDepartures") ? d.number("minDepartures") : 0;
        List<ReferenceFeature> stops = stopsLayer == null || !input.layers().containsKey(stopsLayer)
                ? List.of()
                : input.layers().get(stopsLayer).features().stream()
                        .filter(x ->
                                Double.parseDouble(String.valueOf(x.attributes().get(text(d, "departuresAttribute"))))
                                        >= min)
                        .toList();
        boolean classification = r.kind().name().equals("classification");
        String hubFigure = classification ? "hub_m" : "centre_m";
        if (oracle != null
                && !f.figures().containsKey(hubFigure)
                && !f.figures().containsKey("stop_m")) {
            if (!oracle.reaches(part, f.planObjectId())) {
                compared++;
                return;
            }
            // Within snapM of a link, yet no distance: the link's piece of network must join no target
            // in pgRouting either (every distance below must be missing on both sides).
        }
        distance(where, hubFigure, f, oracle, part, hubs, List.of());
        distance(where, "stop_m", f, oracle, part, stops, List.of());
        if (classification && oracle != null) {
            List<String> main = list(d, "mainRoadCategories");
            distance(
                    where,
                    "junction_m",
                    f,
                    oracle,
                    part,
                    List.of(),
                    oracle.junctions(main.isEmpty() ? List.of("E", "R") : main));
        }
    }

    private void distance(
            String where,
            String figure,
            Finding f,
            NetworkOracle oracle,
            String part,
            List<ReferenceFeature> targets,
            List<Long> vertices)
            throws SQLException {
        Double sql;
        if (oracle == null) {
            sql = null;
            for (ReferenceFeature t : targets) {
                double v =
                        query("SELECT ST_Distance(" + part + ", " + ref(layerOf(t), t.id()) + ")", f.planObjectId())[0];
                sql = sql == null ? v : Math.min(sql, v);
            }
        } else {
            sql = oracle.nearest(part, f.planObjectId(), targets, vertices);
        }
        Double engine = f.figures().get(figure);
        compared++;
        if (sql == null || engine == null) {
            if (sql != null || engine != null) {
                mismatches.add(where + ": " + figure + " engine " + engine + ", pgRouting " + sql);
            }
            return;
        }
        if (Math.abs(sql - engine) > 1.0) {
            mismatches.add(String.format(
                    java.util.Locale.ROOT,
                    "%s: %s engine %.2f m, %s %.2f m",
                    where,
                    figure,
                    engine,
                    oracle == null ? "PostGIS ST_Distance" : "pgRouting",
                    sql));
        }
    }

    private String layerOf(ReferenceFeature f) {
        return current.layers().values().stream()
                .filter(l -> l.features().contains(f))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static List<String> list(RuleDefinition d, String name) {
        String t = text(d, name);
        return t == null
                ? List.of()
                : java.util.Arrays.stream(t.split(","))
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }

    private static String text(RuleDefinition d, String name) {
        return d.parameters().containsKey(name) ? d.parameters().get(name).asText() : null;
    }

    private SitingOracle sitingOracle;
    private CheckInput sitingInput;

    /** One siting oracle per case (it builds the corridor sections once). */
    private SitingOracle siting(CompiledRule r, CheckInput input) {
        if (sitingOracle == null || sitingInput != input) {
            if (sitingOracle != null) {
                compared += sitingOracle.compared();
            }
            sitingOracle = new SitingOracle(db, srid, r, input, mismatches);
            sitingInput = input;
        }
        return sitingOracle;
    }

    /** Objects found clear: PostGIS must agree that there was nothing to report. */
    private void checkClear(String kase, CompiledRule r, CheckInput input, Checked ch) throws SQLException {
        RuleDefinition d = r.definition();
        String layer = d.reference().layer();
        String where = kase + ": " + d.id() + " clear " + ch.planObjectId();
        FeatureFilter refFilter = r.referenceFilter();
        List<String> refs = input.layers().get(layer).features().stream()
                .filter(refFilter::accepts)
                .map(ReferenceFeature::id)
                .toList();
        switch (r.kind().name()) {
            case "accounting" -> account(r, input).checkClear(kase, ch);
            case "coverage" -> {
                List<String> zones = input.draft().features().stream()
                        .filter(r.planFilter()::accepts)
                        .map(PlanFeature::id)
                        .toList();
                double[] v = query("WITH r AS (SELECT ST_Intersection(" + ref(layer, ch.planObjectId()) + ", "
                        + planArea(input) + ") AS g), z AS (SELECT ST_Transform(ST_Union(geom), "
                        + srid + ") AS g FROM plan_obj WHERE version = 'draft' AND id IN (" + quoted(zones) + ")) "
                        + "SELECT 1 - ST_Area(ST_Difference(r.g, z.g)) / ST_Area(r.g) FROM r, z");
                if (v[0] < d.number("clearShare")) {
                    mismatches.add(where + ": PostGIS covered share " + v[0] + " < clearShare");
                }
                compared++;
            }
            case "exclusion", "fragmentation" -> {
                if (refs.isEmpty()
                        || !input.draft().features().stream().anyMatch(f -> f.id().equals(ch.planObjectId()))) {
                    return;
                }
                double buffer = d.parameters().containsKey("bufferM") ? d.number("bufferM") : 0;
                double yellow = d.number("yellowAreaM2");
                double[] v = query(
                        "WITH p AS (SELECT " + part(adoptedSelection(r, input), false)
                                + " AS g) SELECT coalesce(max(ST_Area(ST_Intersection(p.g, "
                                + "ST_Buffer(ST_Transform(o.geom, " + srid + "), " + buffer
                                + ")))), 0) FROM p, ref_obj o WHERE o.layer = '" + layer
                                + "' AND o.id IN (" + quoted(refs) + ")",
                        ch.planObjectId());
                if (v[0] >= yellow) {
                    mismatches.add(where + ": PostGIS finds an overlap of " + v[0] + " m²");
                }
                compared++;
            }
            case "proximity" -> {
                double limit = limit(d, ch.planObjectId());
                for (String id : refs) {
                    double safety = safety(d, feature(input, layer, id));
                    double[] v = query(
                            "SELECT CASE WHEN ST_DWithin(" + part(adoptedSelection(r, input), false) + ", ST_Buffer("
                                    + ref(layer, id) + ", " + safety + "), " + limit + ") THEN 1 ELSE 0 END",
                            ch.planObjectId());
                    if (v[0] != 0) {
                        mismatches.add(where + ": PostGIS finds " + id + " within " + limit + " m");
                    }
                    compared++;
                }
            }
            case "inside_share" -> {
                double[] v = query(insideSql(r, input, layer), ch.planObjectId());
                if (v[0] >= 1) {
                    mismatches.add(where + ": PostGIS finds " + v[0] + " m² outside " + layer);
                }
                compared++;
            }
            case "siting" -> siting(r, input).checkClear(where, ch);
            default ->
                mismatches.add(where + ": no SQL for rule kind " + r.kind().name());
        }
    }

    /** The account oracle of a rule for the case loaded now (its land-cover partition is built once per case). */
    private AccountOracle account(CompiledRule r, CheckInput input) throws SQLException {
        if (accounts == null
                || accountsFor != input
                || !accounts.containsKey(r.definition().id())) {
            if (accountsFor != input) {
                accounts = new java.util.HashMap<>();
                accountsFor = input;
            }
            AccountOracle oracle = new AccountOracle(db, srid, input, r, mismatches);
            accountComparisons.add(oracle);
            accounts.put(r.definition().id(), oracle);
        }
        return accounts.get(r.definition().id());
    }

    private Map<String, AccountOracle> accounts;
    private final List<AccountOracle> accountComparisons = new ArrayList<>();
    private CheckInput accountsFor;

    /** The plan boundary (KpOmråde objects) in SQL, or a polygon around everything when the plan has none. */
    private String planArea(CheckInput input) {
        List<String> ids = input.draft().features().stream()
                .filter(f -> f.type() == no.planvakt.plan.PlanObjectType.PLAN_OMRADE)
                .map(PlanFeature::id)
                .toList();
        if (ids.isEmpty()) {
            return "(SELECT ST_Transform(ST_SetSRID(ST_Expand(ST_Extent(geom)::geometry, 1000), 25833), " + srid
                    + ") FROM ref_obj)";
        }
        return "(SELECT ST_Transform(ST_Union(geom), " + srid + ") FROM plan_obj WHERE version = 'draft' AND id IN ("
                + quoted(ids) + "))";
    }

    private static ReferenceFeature feature(CheckInput input, String layer, String id) {
        return input.layers().get(layer).features().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static double safety(RuleDefinition d, ReferenceFeature rf) {
        if (!d.parameters().containsKey("safetyZoneM")) {
            return 0;
        }
        String filter = d.parameters().containsKey("safetyZoneFilter")
                ? d.parameters().get("safetyZoneFilter").asText()
                : null;
        return FeatureFilter.compile("oracle", filter).accepts(rf) ? d.number("safetyZoneM") : 0;
    }

    /** distanceM for a plan object: the place type is looked up in SQL (polygon covering the centroid). */
    private double limit(RuleDefinition d, String planObjectId) throws SQLException {
        Parameter p = d.parameters().get("distanceM");
        if (p.placeTypes() == null) {
            return d.number("distanceM");
        }
        try (PreparedStatement s =
                db.prepareStatement("SELECT r.id FROM ref_obj r, plan_obj o WHERE r.layer = ? AND o.version = 'draft' "
                        + "AND o.id = ? AND ST_Covers(ST_Transform(r.geom, " + srid
                        + "), ST_Centroid(ST_Transform(o.geom, " + srid + "))) ORDER BY r.id LIMIT 1")) {
            s.setString(1, p.placeTypes().layer());
            s.setString(2, planObjectId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return d.number("distanceM");
                }
                String id = rs.getString(1);
                // The class attribute is read from the feature the SQL chose.
                return 0
                        + java.util.Optional.ofNullable(p.placeTypes()
                                        .values()
                                        .get(String.valueOf(placeClass(
                                                p.placeTypes().layer(),
                                                p.placeTypes().attribute(),
                                                id))))
                                .map(v -> Double.parseDouble(String.valueOf(v)))
                                .orElse(d.number("distanceM"));
            }
        }
    }

    private Object placeClass(String layer, String attribute, String id) {
        return current.layers().get(layer).features().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow()
                .attributes()
                .get(attribute);
    }

    private double[] query(String sql, String... params) throws SQLException {
        // Every ? in the SQL is the plan object id.
        Object[] ids = new Object[(int) sql.chars().filter(ch -> ch == '?').count()];
        java.util.Arrays.fill(ids, params.length == 0 ? null : params[0]);
        return OracleLedger.row(db, sql, ids);
    }

    private void agree(String where, String figure, Double engine, double postgis) {
        ledger.agree(
                where,
                figure,
                engine,
                postgis,
                Math.max(Math.abs(postgis) * REL, figure.contains("share") ? 1e-7 : 1e-3));
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
