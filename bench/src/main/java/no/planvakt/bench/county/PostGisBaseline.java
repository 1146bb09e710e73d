package no.planvakt.bench.county;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.FeatureFilter;
import no.planvakt.rule.Parameter;
import no.planvakt.rule.PlaceTypes;
import no.planvakt.rule.RuleDefinition;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;

/**
 * The same checks as plain PostGIS SQL: the baseline Planvakt is measured against, and the oracle
 * its figures must agree with. Exclusion rules: plan diff against the adopted plan (union of
 * overlapping adopted objects of the same selection, sliver tolerance), then
 * {@code ST_Area(ST_Intersection())} of the new or expanded part with each reference feature over a
 * GiST-indexed {@code ST_Intersects} (or {@code ST_DWithin} for a buffer). Coverage rules: the
 * uncovered part of each reference feature by {@code ST_Difference} with the union of the covering
 * zones. Accounting rules: the selected objects' area per land-cover class ({@code klasse}), summed
 * over {@code ST_Intersection}s. The pack's ECQL filters are used as SQL WHERE clauses (they are
 * written in the common subset).
 */
final class PostGisBaseline implements AutoCloseable {
    private static final String SCHEMA = "bench";
    /** Proximity rows come back to this far beyond the limit, so that pairs at the limit can be recognised. */
    static final double LIMIT_MARGIN_M = 0.01;

    private final String url;
    private final Connection db;

    /**
     * One row of the baseline: rule, plan object (or ""), reference feature, area in m²; for
     * proximity also the distance and the limit that applied (else NaN), for fragmentation the
     * status (else null).
     */
    record Row(
            String rule,
            String object,
            String reference,
            double areaM2,
            double distanceM,
            double limitM,
            String status) {
        Row(String rule, String object, String reference, double areaM2) {
            this(rule, object, reference, areaM2, Double.NaN, Double.NaN, null);
        }
    }

    PostGisBaseline(String url) throws SQLException {
        this.url = url;
        this.db = DriverManager.getConnection(url);
    }

    /** Loads plans and layers with COPY (hex EWKB), then builds GiST indexes. */
    void load(Plan draft, Plan adopted, Collection<ReferenceLayer> layers) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            for (String t : List.of("draft", "adopted")) {
                s.execute("CREATE TABLE " + SCHEMA + "." + t
                        + " (id text, type text, arealformal int, hensyn int, status int, " + "geom geometry(Geometry, "
                        + draft.srid() + "))");
            }
            // Pieces of a polygonal geometry of at least minPart m² (count, and the largest one's area),
            // as the fragmentation rule counts them.
            s.execute("CREATE FUNCTION " + SCHEMA
                    + ".pieces(g geometry, min_part float8) RETURNS int LANGUAGE sql IMMUTABLE AS"
                    + " 'SELECT count(*)::int FROM ST_Dump(g) d WHERE ST_Dimension(d.geom) = 2 AND ST_Area(d.geom) >= min_part"
                    + " AND ST_Area(d.geom) > 0'");
            s.execute("CREATE FUNCTION " + SCHEMA
                    + ".largest(g geometry, min_part float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS"
                    + " 'SELECT coalesce(max(ST_Area(d.geom)), 0) FROM ST_Dump(g) d WHERE ST_Dimension(d.geom) = 2"
                    + " AND ST_Area(d.geom) >= min_part AND ST_Area(d.geom) > 0'");
            s.execute("CREATE TABLE " + SCHEMA
                    + ".ref (n int, layer text, id text, kategori text, vernetype text, verdi text, sikret text, "
                    + "betydning text, sone text, klasse text, geom geometry(Geometry, " + draft.srid() + "))");
        }
        copyPlan("draft", draft);
        copyPlan("adopted", adopted);
        StringBuilder sb = new StringBuilder();
        WKBWriter wkb = new WKBWriter(2, true);
        int n = 0;
        for (ReferenceLayer l : layers) {
            for (ReferenceFeature f : l.features()) {
                sb.append(n++).append('\t').append(l.id()).append('\t').append(f.id());
                for (String a : List.of("kategori", "vernetype", "verdi", "sikret", "betydning", "sone", "klasse")) {
                    Object v = f.attributes().get(a);
                    sb.append('\t').append(v == null ? "\\N" : String.valueOf(v));
                }
                sb.append('\t').append(hex(wkb, f.geometry(), draft.srid())).append('\n');
            }
        }
        copy("ref", "n, layer, id, kategori, vernetype, verdi, sikret, betydning, sone, klasse, geom", sb.toString());
        try (Statement s = db.createStatement()) {
            for (String t : List.of("draft", "adopted", "ref")) {
                s.execute("CREATE INDEX ON " + SCHEMA + "." + t + " USING gist (geom)");
                s.execute("ANALYZE " + SCHEMA + "." + t);
            }
        }
    }

    private void copyPlan(String table, Plan plan) throws SQLException {
        StringBuilder sb = new StringBuilder();
        WKBWriter wkb = new WKBWriter(2, true);
        for (PlanFeature f : plan.features()) {
            sb.append(f.id())
                    .append('\t')
                    .append(f.type().name())
                    .append('\t')
                    .append(f.isLandUse() && f.code() != null ? f.code().toString() : "\\N")
                    .append('\t')
                    .append(f.type().isZone() && f.code() != null ? f.code().toString() : "\\N")
                    .append('\t')
                    .append(
                            f.status() == null
                                    ? "\\N"
                                    : String.valueOf(f.status().code()))
                    .append('\t')
                    .append(hex(wkb, f.geometry(), plan.srid()))
                    .append('\n');
        }
        copy(table, "id, type, arealformal, hensyn, status, geom", sb.toString());
    }

    private static String hex(WKBWriter w, Geometry g, int srid) {
        g.setSRID(srid);
        return WKBWriter.toHex(w.write(g));
    }

    private void copy(String table, String columns, String data) throws SQLException {
        try {
            db.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + SCHEMA + "." + table + " (" + columns + ") FROM STDIN", new StringReader(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The read floor: every geometry of plans and layers over the wire as binary WKB, parsed to JTS. */
    long readAll() throws SQLException {
        long n = 0;
        WKBReader reader = new WKBReader();
        try (Statement s = db.createStatement()) {
            for (String t : List.of("draft", "adopted", "ref")) {
                try (ResultSet rs = s.executeQuery("SELECT id, ST_AsBinary(geom) FROM " + SCHEMA + "." + t)) {
                    while (rs.next()) {
                        try {
                            reader.read(rs.getBytes(2));
                        } catch (ParseException e) {
                            throw new IllegalStateException(e);
                        }
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The SQL of one rule, or null for rule kinds without a baseline here. {@code part} splits the work. */
    static String sql(CompiledRule rule, int part, int parts) {
        RuleDefinition r = rule.definition();
        // The split predicate is there on one connection too (always true), so that both runs get
        // the same plan shape: without it the planner picked a far slower join for the buffered rule.
        String split = " AND abs(hashtext(id)) % " + parts + " = " + part;
        String plan = "(" + where(rule.planFilter().text()) + ")";
        String ref = "layer = '" + r.reference().layer() + "' AND ("
                + where(rule.referenceFilter().text()) + ")";
        switch (r.kind()) {
            case "exclusion": {
                double buffer = r.parameters().containsKey("bufferM") ? r.number("bufferM") : 0;
                String target = buffer > 0 ? buffered("r.geom", buffer) : "r.geom";
                String join = buffer > 0
                        ? String.format(Locale.ROOT, "ST_DWithin(c.part, r.geom, %s)", buffer)
                        : "ST_Intersects(c.part, r.geom)";
                return changedParts(plan, split, r.number("sliverM2"))
                        + String.format(Locale.ROOT, """
                        , o AS (SELECT c.id AS object, r.id AS reference, ST_Area(ST_Intersection(c.part, %1$s)) AS area
                              FROM c JOIN bench.ref r ON %2$s AND r.%3$s WHERE c.part IS NOT NULL)
                        SELECT object, reference, area FROM o WHERE area >= %4$s
                        """, target, join, ref, r.number("yellowAreaM2"));
            }
            case "proximity":
                return proximity(rule, plan, split, ref);
            case "fragmentation":
                return fragmentation(r, plan, split, ref);
            case "coverage": {
                String refSplit = " AND abs(hashtext(r.id)) % " + parts + " = " + part;
                return String.format(Locale.ROOT, """
                        WITH r AS (SELECT r.id, r.geom FROM bench.ref r WHERE r.%1$s%2$s),
                        u AS (SELECT r.id, r.geom, ST_Area(r.geom) AS total,
                                     (SELECT ST_Union(z.geom) FROM bench.draft z WHERE %3$s AND ST_Intersects(z.geom, r.geom)) AS zones FROM r),
                        f AS (SELECT id, total, CASE WHEN zones IS NULL THEN total ELSE ST_Area(ST_Difference(geom, zones)) END AS uncovered FROM u)
                        SELECT '' AS object, id AS reference, uncovered AS area FROM f
                        WHERE total > 0 AND 1 - uncovered / total < %4$s
                        """, ref, refSplit, plan, r.number("clearShare"));
            }
            case "accounting": {
                // The area account's bottom line: the selected objects' area by land-cover class, the
                // calibration query of docs/architecture.md. The land cover is a partition (as AR5 is),
                // so a plain sum per class is the account; rows: ("", class) and ("", "plan").
                String cover = "layer = '" + r.reference().layer() + "'";
                return String.format(Locale.ROOT, """
                        WITH o AS (SELECT id, geom FROM bench.draft WHERE %1$s%2$s)
                        SELECT '' AS object, r.klasse AS reference, sum(ST_Area(ST_Intersection(o.geom, r.geom))) AS area
                        FROM o JOIN bench.ref r ON r.%3$s AND ST_Intersects(o.geom, r.geom) GROUP BY r.klasse
                        UNION ALL SELECT '', 'plan', coalesce(sum(ST_Area(geom)), 0) FROM o
                        """, plan, split, cover);
            }
            default:
                return null;
        }
    }

    /**
     * The plan diff as SQL, {@code c(id, geom, part)}: each selected draft object's part that is new
     * or expanded against the union of the adopted objects of the same selection it touches (whole
     * when it overlaps them by no more than {@code sliver} m², none when less than that is new).
     * MATERIALIZED: computed once, not again for every reference feature it is joined with (left
     * to itself the planner sometimes re-evaluated the difference per pair: 258 s instead of 3 s).
     */
    private static String changedParts(String plan, String split, double sliver) {
        return String.format(Locale.ROOT, """
                WITH d AS (SELECT id, geom FROM bench.draft WHERE %1$s%2$s),
                diff AS (SELECT d.id, d.geom, u.geom AS ugeom FROM d LEFT JOIN LATERAL
                         (SELECT ST_Union(a.geom) AS geom FROM bench.adopted a WHERE %1$s AND ST_Intersects(a.geom, d.geom)) u ON true),
                c AS MATERIALIZED (SELECT id, geom, CASE WHEN ugeom IS NULL THEN geom
                                      WHEN ST_Area(ST_Intersection(geom, ugeom)) <= %3$s THEN geom
                                      WHEN ST_Area(ST_Difference(geom, ugeom)) <= %3$s THEN NULL
                                      ELSE ST_Difference(geom, ugeom) END AS part FROM diff)
                """, plan, split, sliver);
    }

    /**
     * Proximity: every reference feature (widened by the safety zone where its filter says so)
     * within the distance limit of a changed part; the limit from the place-type polygon that
     * covers the object's centroid (the first in layer order), else the parameter's own value.
     * Rows carry the distance, so that a pair at the limit on one side only can be told apart.
     */
    private static String proximity(CompiledRule rule, String plan, String split, String ref) {
        RuleDefinition r = rule.definition();
        Parameter distance = r.parameters().get("distanceM");
        double base = r.number("distanceM");
        String limit = String.valueOf(base);
        if (distance.placeTypes() != null) {
            PlaceTypes pt = distance.placeTypes();
            StringBuilder cases = new StringBuilder("CASE s." + pt.attribute());
            pt.values()
                    .forEach((cls, v) -> cases.append(" WHEN '")
                            .append(cls)
                            .append("' THEN ")
                            .append(Parameter.number(v, r.id(), "distanceM")));
            cases.append(" ELSE ").append(base).append(" END");
            limit = String.format(
                    Locale.ROOT,
                    "coalesce((SELECT %s FROM bench.ref s WHERE s.layer = '%s' AND ST_Covers(s.geom, ST_Centroid(c.geom))"
                            + " ORDER BY s.n LIMIT 1), %s)",
                    cases,
                    pt.layer(),
                    base);
        }
        double safety = r.parameters().containsKey("safetyZoneM") ? r.number("safetyZoneM") : 0;
        FeatureFilter f = rule.parameterFilters().get("safetyZoneFilter");
        String safetyFilter = f == null ? "TRUE" : where(f.text());
        String target = safety > 0
                ? String.format(
                        Locale.ROOT, "CASE WHEN %s THEN %s ELSE r.geom END", safetyFilter, buffered("r.geom", safety))
                : "r.geom";
        double reach = safety + Math.max(base, maxPlaceValue(distance, r));
        return changedParts(plan, split, r.number("sliverM2"))
                + String.format(Locale.ROOT, """
                , l AS (SELECT c.id, c.part, %1$s AS lim FROM c WHERE c.part IS NOT NULL),
                t AS (SELECT l.id AS object, l.part, l.lim, r.id AS reference, %2$s AS geom
                      FROM l JOIN bench.ref r ON ST_DWithin(l.part, r.geom, %3$s) AND r.%4$s),
                o AS (SELECT object, reference, ST_Distance(part, geom) AS distance, lim, ST_Area(ST_Intersection(part, geom)) AS area FROM t)
                SELECT object, reference, area, distance, lim FROM o WHERE distance <= lim + %5$s
                """, limit, target, reach + LIMIT_MARGIN_M, ref, LIMIT_MARGIN_M);
    }

    private static double maxPlaceValue(Parameter p, RuleDefinition r) {
        double max = 0;
        if (p.placeTypes() != null) {
            for (Object v : p.placeTypes().values().values()) {
                max = Math.max(max, Parameter.number(v, r.id(), "distanceM"));
            }
        }
        return max;
    }

    /**
     * Fragmentation: the pairs whose overlap reaches {@code yellowAreaM2}, and their status: RED
     * when the overlap reaches {@code redAreaM2}, or the area minus the part, opened (shrunk and
     * grown) by the edge tolerance, has more pieces of at least {@code minPartM2} than before, or
     * its largest piece falls below {@code minAreaM2}, or (corridors) the remainder shrunk by half
     * the width falls into more pieces (or none). The plan's joint effect (several objects together)
     * has no baseline here. Null when a threshold depends on place types.
     */
    private static String fragmentation(RuleDefinition r, String plan, String split, String ref) {
        for (String p :
                List.of("redAreaM2", "yellowAreaM2", "minPartM2", "minAreaM2", "corridorWidthM", "edgeToleranceM")) {
            if (r.parameters().containsKey(p) && r.parameters().get(p).placeTypes() != null) {
                return null;
            }
        }
        double minPart = r.number("minPartM2");
        double edge = r.parameters().containsKey("edgeToleranceM") ? r.number("edgeToleranceM") : 0.1;
        String shrunk = "false";
        if (r.parameters().containsKey("minAreaM2")) {
            double minArea = r.number("minAreaM2");
            shrunk = String.format(
                    Locale.ROOT, "(largest(rgeom, %1$s) >= %2$s AND largest(opened, %1$s) < %2$s)", minPart, minArea);
        }
        String cut = "false";
        if (r.parameters().containsKey("corridorWidthM")) {
            double inset = r.number("corridorWidthM") / 2;
            cut = String.format(
                    Locale.ROOT,
                    "(pieces(ST_Buffer(rem, -%1$s), 0) > pieces(ST_Buffer(rgeom, -%1$s), 0)"
                            + " OR (pieces(ST_Buffer(rgeom, -%1$s), 0) > 0 AND pieces(ST_Buffer(rem, -%1$s), 0) = 0))",
                    inset);
        }
        String opened = edge > 0 ? String.format(Locale.ROOT, "ST_Buffer(ST_Buffer(rem, -%1$s), %1$s)", edge) : "rem";
        return changedParts(plan, split, r.number("sliverM2"))
                + String.format(
                                Locale.ROOT,
                                """
                , o AS (SELECT c.id AS object, r.id AS reference, r.geom AS rgeom, c.part, ST_Area(ST_Intersection(c.part, r.geom)) AS area
                      FROM c JOIN bench.ref r ON ST_Intersects(c.part, r.geom) AND r.%1$s WHERE c.part IS NOT NULL),
                e AS (SELECT object, reference, area, rgeom, rem, %2$s AS opened
                      FROM (SELECT o.*, ST_Difference(rgeom, part) AS rem FROM o WHERE area >= %3$s) x)
                SELECT object, reference, area, CASE WHEN area >= %4$s OR pieces(opened, %5$s) > pieces(rgeom, %5$s) OR %6$s OR %7$s
                       THEN 'RED' ELSE 'YELLOW' END AS status FROM e
                """,
                                ref,
                                opened,
                                r.number("yellowAreaM2"),
                                r.number("redAreaM2"),
                                minPart,
                                shrunk,
                                cut)
                        .replace("pieces(", "bench.pieces(")
                        .replace("largest(", "bench.largest(");
    }

    /**
     * The baseline's buffer of a reference geometry: PostGIS's default of 8 segments per quadrant,
     * as JTS's. One expression for the rules' SQL and for {@link #buffers}, so that the agreement
     * check compares with the very buffer the baseline measured against.
     */
    private static String buffered(String geom, double widthM) {
        return String.format(Locale.ROOT, "ST_Buffer(%s, %s)", geom, widthM);
    }

    /**
     * PostGIS's buffers of the given features of a layer, by feature id, as the baseline builds them
     * (for {@link BufferAllowance}; not part of the timed runs).
     */
    Map<String, Geometry> buffers(String layer, Collection<String> ids, double widthM) throws SQLException {
        Map<String, Geometry> out = new java.util.HashMap<>();
        WKBReader reader = new WKBReader();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, ST_AsBinary(" + buffered("geom", widthM) + ") FROM "
                + SCHEMA + ".ref WHERE layer = ? AND id = ANY(?)")) {
            ps.setString(1, layer);
            ps.setArray(2, db.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.put(rs.getString(1), reader.read(rs.getBytes(2)));
                    } catch (ParseException e) {
                        throw new IllegalStateException(
                                "PostGIS returned an unreadable buffer for " + rs.getString(1), e);
                    }
                }
            }
        }
        return out;
    }

    /** An ECQL filter of the pack as SQL: the pack's filters use the common subset; INCLUDE is TRUE. */
    private static String where(String ecql) {
        return ecql == null || ecql.isBlank() || ecql.trim().equalsIgnoreCase("INCLUDE") ? "TRUE" : ecql;
    }

    /** Runs a rule's SQL on {@code parts} connections at once; returns its rows and the backends' CPU seconds. */
    record Run(List<Row> rows, double backendCpuS) {}

    Run run(CompiledRule rule, int parts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parts);
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int part = p;
                futures.add(pool.submit(() -> runPart(rule, part, parts)));
            }
            List<Row> rows = new ArrayList<>();
            double cpu = 0;
            for (Future<Run> f : futures) {
                Run r = f.get();
                rows.addAll(r.rows());
                cpu += r.backendCpuS();
            }
            return new Run(rows, cpu);
        } finally {
            pool.shutdown();
        }
    }

    private Run runPart(CompiledRule rule, int part, int parts) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            // One backend per part, no PostgreSQL parallel workers: the parts are the parallelism.
            s.execute("SET max_parallel_workers_per_gather = 0");
            long pid;
            try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getLong(1);
            }
            double cpu0 = Meter.processCpuSeconds(pid);
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql(rule, part, parts));
                    ResultSet rs = ps.executeQuery()) {
                java.sql.ResultSetMetaData meta = rs.getMetaData();
                boolean proximity = meta.getColumnCount() >= 5;
                boolean status = meta.getColumnCount() == 4;
                while (rs.next()) {
                    rows.add(new Row(
                            rule.definition().id(),
                            rs.getString(1),
                            rs.getString(2),
                            rs.getDouble(3),
                            proximity ? rs.getDouble(4) : Double.NaN,
                            proximity ? rs.getDouble(5) : Double.NaN,
                            status ? rs.getString(4) : null));
                }
            }
            return new Run(rows, Meter.processCpuSeconds(pid) - cpu0);
        }
    }

    /** Removes the baseline's tables (the tests share their database with other tests). */
    void dropSchema() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    Map<String, Long> tableSizes() throws SQLException {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (String t : List.of("draft", "adopted", "ref")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + SCHEMA + "." + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
