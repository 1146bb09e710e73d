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
    private final String url;
    private final Connection db;

    /** One row of the baseline: rule, plan object (or ""), reference feature, area in m². */
    record Row(String rule, String object, String reference, double areaM2) {
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
                s.execute("CREATE TABLE " + SCHEMA + "." + t + " (id text, type text, arealformal int, hensyn int, status int, "
                        + "geom geometry(Geometry, " + draft.srid() + "))");
            }
            s.execute("CREATE TABLE " + SCHEMA + ".ref (layer text, id text, kategori text, vernetype text, verdi text, sikret text, "
                    + "betydning text, sone text, klasse text, geom geometry(Geometry, " + draft.srid() + "))");
        }
        copyPlan("draft", draft);
        copyPlan("adopted", adopted);
        StringBuilder sb = new StringBuilder();
        WKBWriter wkb = new WKBWriter(2, true);
        for (ReferenceLayer l : layers) {
            for (ReferenceFeature f : l.features()) {
                sb.append(l.id()).append('\t').append(f.id());
                for (String a : List.of("kategori", "vernetype", "verdi", "sikret", "betydning", "sone", "klasse")) {
                    Object v = f.attributes().get(a);
                    sb.append('\t').append(v == null ? "\\N" : String.valueOf(v));
                }
                sb.append('\t').append(hex(wkb, f.geometry(), draft.srid())).append('\n');
            }
        }
        copy("ref", "layer, id, kategori, vernetype, verdi, sikret, betydning, sone, klasse, geom", sb.toString());
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
            sb.append(f.id()).append('\t').append(f.type().name()).append('\t')
                    .append(f.isLandUse() && f.code() != null ? f.code().toString() : "\\N").append('\t')
                    .append(f.type().isZone() && f.code() != null ? f.code().toString() : "\\N").append('\t')
                    .append(f.status() == null ? "\\N" : String.valueOf(f.status().code())).append('\t')
                    .append(hex(wkb, f.geometry(), plan.srid())).append('\n');
        }
        copy(table, "id, type, arealformal, hensyn, status, geom", sb.toString());
    }

    private static String hex(WKBWriter w, Geometry g, int srid) {
        g.setSRID(srid);
        return WKBWriter.toHex(w.write(g));
    }

    private void copy(String table, String columns, String data) throws SQLException {
        try {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + SCHEMA + "." + table + " (" + columns + ") FROM STDIN",
                    new StringReader(data));
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
        String ref = "layer = '" + r.reference().layer() + "' AND (" + where(rule.referenceFilter().text()) + ")";
        switch (r.kind()) {
            case "exclusion": {
                double sliver = r.number("sliverM2");
                double buffer = r.parameters().containsKey("bufferM") ? r.number("bufferM") : 0;
                String target = buffer > 0 ? String.format(Locale.ROOT, "ST_Buffer(r.geom, %s)", buffer) : "r.geom";
                String join = buffer > 0 ? String.format(Locale.ROOT, "ST_DWithin(c.part, r.geom, %s)", buffer) : "ST_Intersects(c.part, r.geom)";
                return String.format(Locale.ROOT, """
                        WITH d AS (SELECT id, geom FROM bench.draft WHERE %1$s%2$s),
                        diff AS (SELECT d.id, d.geom, u.geom AS ugeom FROM d LEFT JOIN LATERAL
                                 (SELECT ST_Union(a.geom) AS geom FROM bench.adopted a WHERE %1$s AND ST_Intersects(a.geom, d.geom)) u ON true),
                        c AS (SELECT id, CASE WHEN ugeom IS NULL THEN geom
                                              WHEN ST_Area(ST_Intersection(geom, ugeom)) <= %3$s THEN geom
                                              WHEN ST_Area(ST_Difference(geom, ugeom)) <= %3$s THEN NULL
                                              ELSE ST_Difference(geom, ugeom) END AS part FROM diff),
                        o AS (SELECT c.id AS object, r.id AS reference, ST_Area(ST_Intersection(c.part, %4$s)) AS area
                              FROM c JOIN bench.ref r ON %5$s AND r.%6$s WHERE c.part IS NOT NULL)
                        SELECT object, reference, area FROM o WHERE area >= %7$s
                        """, plan, split, sliver, target, join, ref, r.number("yellowAreaM2"));
            }
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

    /** An ECQL filter of the pack as SQL: the pack's filters use the common subset; INCLUDE is TRUE. */
    private static String where(String ecql) {
        return ecql == null || ecql.isBlank() || ecql.trim().equalsIgnoreCase("INCLUDE") ? "TRUE" : ecql;
    }

    /** Runs a rule's SQL on {@code parts} connections at once; returns its rows and the backends' CPU seconds. */
    record Run(List<Row> rows, double backendCpuS) {
    }

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
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // One backend per part, no PostgreSQL parallel workers: the parts are the parallelism.
            s.execute("SET max_parallel_workers_per_gather = 0");
            long pid;
            try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getLong(1);
            }
            double cpu0 = Meter.processCpuSeconds(pid);
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql(rule, part, parts)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rule.definition().id(), rs.getString(1), rs.getString(2), rs.getDouble(3)));
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
