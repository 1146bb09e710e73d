package no.planvakt.rule.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import org.locationtech.jts.io.WKBWriter;

/**
 * Network distances recomputed in PostGIS + pgRouting, independently of the JVM graph: the links
 * (already in {@code ref_obj}) are transformed to the plan's CRS, noded in SQL where they share a
 * vertex or an end, joined by {@code pgr_withPointsCost}; a geometry enters at the ends of every
 * link part inside it, or else at the closest point of its nearest link within the snap distance.
 * Main-road junctions are derived in SQL from the categories.
 */
final class NetworkOracle {
    private final Connection db;
    private final int srid;
    private final double snap;

    /** One place where a geometry enters the network: a vertex (fraction 0/1) or a point on an edge. */
    private record Access(long edge, double fraction, double conn, long source, long target) {
        long vertex() {
            return fraction <= 0 ? source : fraction >= 1 ? target : -1;
        }
    }

    NetworkOracle(
            Connection db,
            int srid,
            double snap,
            List<ReferenceLayer> network,
            String categoryAttribute,
            String numberAttribute)
            throws SQLException {
        this.db = db;
        this.srid = srid;
        this.snap = snap;
        exec("DROP TABLE IF EXISTS net_link, net_node, net_edge, net_target");
        exec("CREATE TEMP TABLE net_link (id text, cat text, num text, geom geometry)");
        exec("CREATE TEMP TABLE net_target (id text, geom geometry)");
        WKBWriter wkb = new WKBWriter();
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO net_link SELECT ?, ?, ?, (ST_Dump(ST_Transform(ST_SetSRID(ST_GeomFromWKB(?), 25833), "
                        + srid + "))).geom")) {
            for (ReferenceLayer l : network) {
                for (ReferenceFeature f : l.features()) {
                    p.setString(1, l.id() + "/" + f.id());
                    p.setString(2, text(f.attributes().get(categoryAttribute)));
                    p.setString(3, text(f.attributes().get(numberAttribute)));
                    p.setBytes(4, wkb.write(f.geometry()));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
        exec("""
                CREATE TEMP TABLE net_node AS
                SELECT row_number() OVER (ORDER BY ST_X(g), ST_Y(g)) AS id, g AS geom FROM (
                  SELECT (dp).geom AS g, sum(CASE WHEN (dp).path[1] IN (1, ST_NPoints(geom)) THEN 2 ELSE 1 END) AS uses
                  FROM (SELECT geom, ST_DumpPoints(geom) AS dp FROM net_link) v GROUP BY (dp).geom) u
                WHERE uses > 1""");
        exec("""
                CREATE TEMP TABLE net_edge AS
                SELECT row_number() OVER (ORDER BY link, part) AS id, cat, num, geom FROM (
                  SELECT l.id AS link, l.cat, l.num, (d).path[1] AS part, (d).geom AS geom FROM (
                    SELECT l.id, l.cat, l.num, ST_Dump(ST_Split(l.geom, ST_Collect(n.geom))) AS d
                    FROM net_link l JOIN net_node n ON ST_Intersects(l.geom, n.geom)
                    GROUP BY l.id, l.cat, l.num, l.geom) l) parts""");
        exec("ALTER TABLE net_edge ADD source bigint, ADD target bigint");
        exec("UPDATE net_edge e SET source = (SELECT n.id FROM net_node n WHERE n.geom = ST_StartPoint(e.geom)), "
                + "target = (SELECT n.id FROM net_node n WHERE n.geom = ST_EndPoint(e.geom))");
        exec("CREATE INDEX ON net_edge USING gist (geom)");
        exec("ANALYZE net_edge");
    }

    private static String text(Object v) {
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return String.valueOf(n.longValue());
        }
        return String.valueOf(v);
    }

    /** True when a link lies within the snap distance of the geometry (SQL in the plan's CRS). */
    boolean reaches(String geometrySql, String param) throws SQLException {
        return !access(geometrySql, param).isEmpty();
    }

    /** Main-road junctions as vertex ids: a node where a road of {@code main} meets another road (category, number). */
    List<Long> junctions(List<String> main) throws SQLException {
        List<Long> out = new ArrayList<>();
        String in = String.join(", ", main.stream().map(m -> "'" + m + "'").toList());
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("""
                SELECT n.id FROM net_node n JOIN net_edge e ON n.id IN (e.source, e.target) AND e.cat IS NOT NULL
                GROUP BY n.id HAVING bool_or(e.cat IN (%s))
                   AND (count(DISTINCT e.cat || '|' || coalesce(e.num, '')) > 1 OR count(*) >= 3)""".formatted(in))) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /**
     * The shortest distance from the geometry {@code geometrySql} (with one ? = {@code param}) to any of
     * the target geometries (WKB in the canonical CRS) or target vertices; null when none is reachable.
     */
    Double nearest(String geometrySql, String param, List<ReferenceFeature> targets, List<Long> vertices)
            throws SQLException {
        List<Access> from = access(geometrySql, param);
        if (from.isEmpty()) {
            return null;
        }
        List<List<Access>> to = new ArrayList<>();
        for (ReferenceFeature t : targets) {
            List<Access> a = access(
                    "ST_Transform(ST_SetSRID(ST_GeomFromWKB(?::bytea), 25833), " + srid + ")",
                    null,
                    new WKBWriter().write(t.geometry()));
            if (!a.isEmpty()) {
                to.add(a);
            }
        }
        for (long v : vertices) {
            to.add(List.of(new Access(-1, 0, 0, v, v)));
        }
        if (to.isEmpty()) {
            return null;
        }
        // Points inside edges get ids 1.. (pgRouting: negative); ends of edges are their vertex.
        List<String> rows = new ArrayList<>();
        List<long[]> ids = new ArrayList<>();
        for (Access a : from) {
            ids.add(new long[] {id(a, rows)});
        }
        List<Long> starts = new ArrayList<>();
        for (long[] i : ids) {
            starts.add(i[0]);
        }
        List<List<Long>> ends = new ArrayList<>();
        List<Long> allEnds = new ArrayList<>();
        for (List<Access> target : to) {
            List<Long> e = new ArrayList<>();
            for (Access a : target) {
                long id = id(a, rows);
                e.add(id);
                allEnds.add(id);
            }
            ends.add(e);
        }
        String points = rows.isEmpty()
                ? "SELECT 1 AS pid, 1 AS edge_id, 0.5::float8 AS fraction, ''b''::char AS side WHERE false"
                : "SELECT pid, edge_id, fraction, ''b''::char AS side FROM (VALUES " + String.join(", ", rows)
                        + ") v(pid, edge_id, fraction)";
        Map<String, Double> cost = new java.util.HashMap<>();
        String sql = """
                SELECT start_pid, end_pid, agg_cost FROM pgr_withPointsCost(
                  'SELECT id, source, target, ST_Length(geom) AS cost, ST_Length(geom) AS reverse_cost FROM net_edge',
                  '%s', ARRAY[%s]::bigint[], ARRAY[%s]::bigint[], directed => false)""".formatted(points, join(starts), join(allEnds));
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                cost.put(rs.getLong(1) + ">" + rs.getLong(2), rs.getDouble(3));
            }
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < from.size(); i++) {
            for (int t = 0; t < to.size(); t++) {
                for (int k = 0; k < to.get(t).size(); k++) {
                    long s = starts.get(i);
                    long e = ends.get(t).get(k);
                    Double c = s == e ? Double.valueOf(0) : cost.get(s + ">" + e);
                    if (c != null) {
                        best = Math.min(
                                best, from.get(i).conn() + c + to.get(t).get(k).conn());
                    }
                }
            }
        }
        return Double.isInfinite(best) ? null : best;
    }

    private static long id(Access a, List<String> rows) {
        if (a.vertex() >= 0) {
            return a.vertex();
        }
        rows.add(String.format(Locale.ROOT, "(%d, %d, %.15f)", rows.size() + 1, a.edge(), a.fraction()));
        return -rows.size();
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private List<Access> access(String geometrySql, String param) throws SQLException {
        return access(geometrySql, param, null);
    }

    private List<Access> access(String geometrySql, String param, byte[] wkb) throws SQLException {
        String sql = """
                WITH g AS (SELECT %s AS g),
                inside AS (
                  SELECT e.id, e.geom, e.source, e.target, (ST_Dump(ST_Intersection(e.geom, g.g))).geom AS part
                  FROM net_edge e, g WHERE ST_Intersects(e.geom, g.g)),
                ends AS (
                  SELECT id, geom, source, target, ST_StartPoint(part) AS p FROM inside WHERE GeometryType(part) = 'LINESTRING'
                  UNION ALL SELECT id, geom, source, target, ST_EndPoint(part) FROM inside WHERE GeometryType(part) = 'LINESTRING'
                  UNION ALL SELECT id, geom, source, target, part FROM inside WHERE GeometryType(part) = 'POINT'),
                nearest AS (
                  SELECT e.id, e.geom, e.source, e.target, ST_ClosestPoint(e.geom, g.g) AS p, ST_Distance(e.geom, g.g) AS d
                  FROM net_edge e, g WHERE NOT EXISTS (SELECT 1 FROM inside) AND ST_DWithin(e.geom, g.g, %s)
                  ORDER BY ST_Distance(e.geom, g.g), e.id LIMIT 1)
                SELECT id, ST_LineLocatePoint(geom, p), 0.0, source, target FROM ends
                UNION ALL SELECT id, ST_LineLocatePoint(geom, p), d, source, target FROM nearest""".formatted(geometrySql, snap);
        List<Access> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (wkb != null) {
                ps.setBytes(1, wkb);
            } else if (sql.contains("?")) {
                int n = (int) geometrySql.chars().filter(c -> c == '?').count();
                for (int i = 1; i <= n; i++) {
                    ps.setString(i, param);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Access(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
