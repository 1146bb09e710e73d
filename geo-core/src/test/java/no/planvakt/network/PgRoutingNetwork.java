package no.planvakt.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.reference.ReferenceLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;

/**
 * A road network in pgRouting, the independent side of the network agreement tests: the raw,
 * un-noded links go into SQL, which nodes them on its own (a vertex used by two links or an end is
 * a node, {@code ST_Split} cuts there), builds the topology and measures with
 * {@code pgr_withPointsCost} from a point's nearest position on its nearest edge, plus the straight
 * connector. Temporary tables: one network per connection at a time.
 */
public final class PgRoutingNetwork {
    private static final String EDGES =
            "SELECT id, source, target, ST_Length(geom) AS cost, ST_Length(geom) AS reverse_cost FROM pv_edge";
    private final Connection db;

    public PgRoutingNetwork(Connection db) {
        this.db = db;
    }

    /** Loads and nodes a road layer's links (vegkategori, vegnummer), replacing the previous network. */
    public void load(ReferenceLayer roads) throws SQLException {
        load(RoadNetwork.links(roads, "vegkategori", "vegnummer"));
    }

    /** Loads and nodes the links (replacing the previous network). */
    public void load(List<RoadLink> links) throws SQLException {
        exec("DROP TABLE IF EXISTS pv_link, pv_node, pv_edge");
        exec("CREATE TEMP TABLE pv_link (id text, category text, number text, geom geometry)");
        WKBWriter wkb = new WKBWriter(2, true);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO pv_link VALUES (?, ?, ?, ST_GeomFromEWKB(?))")) {
            for (RoadLink l : links) {
                ps.setString(1, l.id());
                ps.setString(2, l.category());
                ps.setString(3, l.number());
                ps.setBytes(4, wkb.write(withSrid(l.line())));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // Nodes: every end, and every vertex used more than once.
        exec("""
                CREATE TEMP TABLE pv_node AS
                SELECT row_number() OVER (ORDER BY ST_X(g), ST_Y(g)) AS id, g AS geom FROM (
                  SELECT (dp).geom AS g,
                         sum(CASE WHEN (dp).path[1] IN (1, ST_NPoints(geom)) THEN 2 ELSE 1 END) AS uses
                  FROM (SELECT geom, ST_DumpPoints(geom) AS dp FROM pv_link) v
                  GROUP BY (dp).geom) u
                WHERE uses > 1""");
        exec("""
                CREATE TEMP TABLE pv_edge AS
                SELECT row_number() OVER (ORDER BY link, part) AS id, category, number, geom FROM (
                  SELECT l.id AS link, l.category, l.number, (d).path[1] AS part, (d).geom AS geom FROM (
                    SELECT l.id, l.category, l.number, ST_Dump(ST_Split(l.geom, ST_Collect(n.geom))) AS d
                    FROM pv_link l JOIN pv_node n ON ST_Intersects(l.geom, n.geom)
                    GROUP BY l.id, l.category, l.number, l.geom) l) parts""");
        exec("ALTER TABLE pv_edge ADD source bigint, ADD target bigint");
        exec("UPDATE pv_edge e SET source = (SELECT n.id FROM pv_node n WHERE n.geom = ST_StartPoint(e.geom)), "
                + "target = (SELECT n.id FROM pv_node n WHERE n.geom = ST_EndPoint(e.geom))");
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pv_edge WHERE source IS NULL OR target IS NULL")) {
            rs.next();
            assertThat(rs.getLong(1))
                    .as("edges without end nodes after SQL noding")
                    .isZero();
        }
    }

    /** Network distance between two points by pgRouting, or null when pgRouting finds no path. */
    public Double distance(Point a, Point b, double maxSnap) throws SQLException {
        Snap sa = snap(a);
        Snap sb = snap(b);
        if (sa.conn() > maxSnap || sb.conn() > maxSnap) {
            return null;
        }
        if (sa.vertex(-1) == sb.vertex(-2)) {
            return sa.conn() + sb.conn();
        }
        Double cost = cost(
                sa, "ARRAY[" + sb.vertex(-2) + "]::bigint[]", sb.vertex(-2) < 0 ? List.of(point(2, sb)) : List.of());
        return cost == null ? null : cost + sb.conn();
    }

    /**
     * Network distance from a point to the nearest node of the network that lies on {@code line} (a
     * corridor: its links meet the rest of the network only at nodes), or null when none is reached.
     */
    public Double toNodesOn(Point a, LineString line, double maxSnap) throws SQLException {
        Snap sa = snap(a);
        if (sa.conn() > maxSnap) {
            return null;
        }
        List<Long> nodes = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id FROM pv_node WHERE ST_DWithin(geom, ST_GeomFromEWKB(?), 0.001) ORDER BY id")) {
            ps.setBytes(1, new WKBWriter(2, true).write(withSrid(line)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    nodes.add(rs.getLong(1));
                }
            }
        }
        if (nodes.contains(sa.vertex(-1))) {
            return sa.conn();
        }
        return nodes.isEmpty() ? null : cost(sa, "ARRAY" + nodes + "::bigint[]", List.of());
    }

    /** The least pgRouting cost from a snapped point to any of the given vertices, plus its connector. */
    private Double cost(Snap from, String to, List<String> otherPoints) throws SQLException {
        // A point at an edge's very end is that vertex (its own id); pgRouting finds no path when such a
        // point is in the points table, so only points inside an edge go there (as negative ids).
        List<String> rows = new ArrayList<>(otherPoints);
        if (from.vertex(-1) < 0) {
            rows.add(point(1, from));
        }
        String points = rows.isEmpty()
                ? "SELECT 1 AS pid, 1 AS edge_id, 0.5::float8 AS fraction, ''b''::char AS side WHERE false"
                : "SELECT pid, edge_id, fraction, ''b''::char AS side FROM (VALUES " + String.join(", ", rows)
                        + ") v(pid, edge_id, fraction)";
        String sql = """
                SELECT min(agg_cost) FROM pgr_withPointsCost('%s', '%s', %d, %s, directed => false)""".formatted(EDGES, points, from.vertex(-1), to);
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            double v = rs.getDouble(1);
            return rs.wasNull() ? null : v + from.conn();
        }
    }

    private static String point(int pid, Snap s) {
        return "(" + pid + ", " + s.edge() + ", " + s.fraction() + ")";
    }

    /** Where a point meets its nearest edge (ties by id), with the edge's road category and number. */
    public record Snap(
            long edge, double fraction, double conn, long source, long target, String category, String number) {
        long vertex(long pointId) {
            return fraction == 0 ? source : fraction == 1 ? target : pointId;
        }
    }

    public Snap snap(Point p) throws SQLException {
        String sql = """
                SELECT e.id, ST_LineLocatePoint(e.geom, p), ST_Distance(e.geom, p), e.source, e.target, e.category, e.number
                FROM ST_GeomFromEWKB(?) p, LATERAL (SELECT * FROM pv_edge ORDER BY geom <-> p, id LIMIT 1) e""";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setBytes(1, new WKBWriter(2, true).write(withSrid(p)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Snap(
                        rs.getLong(1),
                        rs.getDouble(2),
                        rs.getDouble(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7));
            }
        }
    }

    void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static Geometry withSrid(Geometry g) {
        Geometry c = g.copy();
        c.setSRID(Crs.DEFAULT_CANONICAL_SRID);
        return c;
    }
}
