package no.planvakt.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.reference.LayerManifest;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;

/**
 * The JVM graph ({@link GraphDistances}, JGraphT) and pgRouting agree to 1 m. pgRouting gets the
 * raw, un-noded links; SQL nodes them on its own (a vertex used by two links or an end is a node,
 * {@code ST_Split} cuts there), builds the topology and measures with {@code pgr_withPointsCost}
 * between the points' nearest positions on their nearest edges, plus the straight connectors.
 * Needs PLANVAKT_DB_URL (scripts/postgis.sh) with the Debian pgRouting package installed.
 */
class PgRoutingAgreementTest {
    private static final double TOLERANCE_M = 1.0;
    private Connection db;
    private int reachable;

    @BeforeEach
    void connect() throws SQLException {
        String url = System.getenv("PLANVAKT_DB_URL");
        if (url == null || url.isBlank()) {
            fail("PLANVAKT_DB_URL is not set: start PostGIS with `scripts/postgis.sh start` and export PLANVAKT_DB_URL=$(scripts/postgis.sh url)");
        }
        db = DriverManager.getConnection(url);
        exec("CREATE EXTENSION IF NOT EXISTS pgrouting");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void agreeOnTheHandWorkedTestNetwork() throws SQLException {
        List<Point> points = List.of(TestNetworks.point(200, 50), TestNetworks.point(1000, 700), TestNetworks.point(1800, -20),
                TestNetworks.point(600, 10), TestNetworks.point(1520, 300), TestNetworks.point(500, 300), TestNetworks.point(5500, 5000));
        int compared = compare(TestNetworks.links(), points, 100);
        assertThat(compared).isEqualTo(21);
        // Pairs involving the bridge D or the piece E are unreachable on both sides: 4 x 3 / 2 = 6 reach.
        assertThat(reachable).isEqualTo(10);
    }

    @Test
    void agreeOnTheRealN1000NetworkOfBuskerud() throws Exception {
        ReferenceLayerReader reader = new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID);
        ReferenceLayer roads = read(reader, "veger", "n1000_veglenke_buskerud.geojson");
        ReferenceLayer places = read(reader, "steder", "n1000_stedsnavn_buskerud_points.geojson");
        List<Point> centres = new ArrayList<>();
        for (ReferenceFeature f : places.features()) {
            Object type = f.attributes().get("navneobjekttype");
            if (("by".equals(type) || "tettsted".equals(type)) && centres.size() < 14) {
                centres.add((Point) f.geometry());
            }
        }
        assertThat(centres).hasSizeGreaterThanOrEqualTo(10);
        int compared = compare(RoadNetwork.links(roads, "vegkategori", "vegnummer"), centres, 5000);
        assertThat(compared).isEqualTo(centres.size() * (centres.size() - 1) / 2);
        assertThat(reachable).as("pairs connected on the county network").isGreaterThan(compared / 2);
    }

    private static ReferenceLayer read(ReferenceLayerReader reader, String id, String file) throws URISyntaxException {
        Path path = Path.of(PgRoutingAgreementTest.class.getResource("/no/planvakt/data/n1000-buskerud/" + file).toURI());
        return reader.read(new LayerManifest(id, id, file, "Kartverket N1000", null, "CC BY 4.0", null, null, null), path, file);
    }

    /** Compares every pair of points; returns how many pairs were compared. */
    private int compare(List<RoadLink> links, List<Point> points, double maxSnap) throws SQLException {
        GraphDistances jvm = new GraphDistances(RoadNetwork.of("test", links), maxSnap);
        loadAndNode(links);
        List<String> mismatches = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                Measured m = jvm.distances(points.get(i), List.of(new Target("t", points.get(j)))).get(0);
                Double sql = pgRouting(points.get(i), points.get(j), maxSnap);
                boolean agree = sql == null ? !m.reachable() : m.reachable() && Math.abs(sql - m.metres()) <= TOLERANCE_M;
                if (!agree) {
                    mismatches.add(points.get(i) + " → " + points.get(j) + ": JGraphT " + m.metres() + " (" + m.method() + "), pgRouting " + sql);
                }
                pairs++;
                reachable += m.reachable() ? 1 : 0;
            }
        }
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
        return pairs;
    }

    private void loadAndNode(List<RoadLink> links) throws SQLException {
        exec("DROP TABLE IF EXISTS pv_link, pv_node, pv_edge");
        exec("CREATE TEMP TABLE pv_link (id text, geom geometry)");
        WKBWriter wkb = new WKBWriter(2, true);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO pv_link VALUES (?, ST_GeomFromEWKB(?))")) {
            for (RoadLink l : links) {
                ps.setString(1, l.id());
                ps.setBytes(2, wkb.write(withSrid(l.line())));
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
                SELECT row_number() OVER (ORDER BY link, part) AS id, geom FROM (
                  SELECT l.id AS link, (d).path[1] AS part, (d).geom AS geom FROM (
                    SELECT l.id, ST_Dump(ST_Split(l.geom, ST_Collect(n.geom))) AS d
                    FROM pv_link l JOIN pv_node n ON ST_Intersects(l.geom, n.geom)
                    GROUP BY l.id, l.geom) l) parts""");
        exec("ALTER TABLE pv_edge ADD source bigint, ADD target bigint");
        exec("UPDATE pv_edge e SET source = (SELECT n.id FROM pv_node n WHERE n.geom = ST_StartPoint(e.geom)), "
                + "target = (SELECT n.id FROM pv_node n WHERE n.geom = ST_EndPoint(e.geom))");
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM pv_edge WHERE source IS NULL OR target IS NULL")) {
            rs.next();
            assertThat(rs.getLong(1)).as("edges without end nodes after SQL noding").isZero();
        }
    }

    /** Network distance by pgRouting, or null when pgRouting finds no path. */
    private Double pgRouting(Point a, Point b, double maxSnap) throws SQLException {
        Snap sa = snap(a);
        Snap sb = snap(b);
        if (sa.conn > maxSnap || sb.conn > maxSnap) {
            return null;
        }
        // A point at an edge's very end is that vertex (its own id); pgRouting finds no path when such a
        // point is in the points table, so only points inside an edge go there (as negative ids).
        List<String> rows = new ArrayList<>();
        if (sa.vertex(-1) < 0) {
            rows.add("(1, " + sa.edge + ", " + sa.fraction + ")");
        }
        if (sb.vertex(-2) < 0) {
            rows.add("(2, " + sb.edge + ", " + sb.fraction + ")");
        }
        String points = rows.isEmpty() ? "SELECT 1 AS pid, 1 AS edge_id, 0.5::float8 AS fraction, ''b''::char AS side WHERE false"
                : "SELECT pid, edge_id, fraction, ''b''::char AS side FROM (VALUES " + String.join(", ", rows) + ") v(pid, edge_id, fraction)";
        String sql = """
                SELECT agg_cost FROM pgr_withPointsCost(
                  'SELECT id, source, target, ST_Length(geom) AS cost, ST_Length(geom) AS reverse_cost FROM pv_edge',
                  '%s', %d, %d, directed => false)""".formatted(points, sa.vertex(-1), sb.vertex(-2));
        if (sa.vertex(-1) == sb.vertex(-2)) {
            return sa.conn + sb.conn;
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getDouble(1) + sa.conn + sb.conn : null;
        }
    }

    private record Snap(long edge, double fraction, double conn, long source, long target) {
        long vertex(long pointId) {
            return fraction == 0 ? source : fraction == 1 ? target : pointId;
        }
    }

    private Snap snap(Point p) throws SQLException {
        String sql = """
                SELECT e.id, ST_LineLocatePoint(e.geom, p), ST_Distance(e.geom, p), e.source, e.target
                FROM ST_GeomFromEWKB(?) p, LATERAL (SELECT * FROM pv_edge ORDER BY geom <-> p, id LIMIT 1) e""";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setBytes(1, new WKBWriter(2, true).write(withSrid(p)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Snap(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4), rs.getLong(5));
            }
        }
    }

    private static Geometry withSrid(Geometry g) {
        Geometry c = g.copy();
        c.setSRID(Crs.DEFAULT_CANONICAL_SRID);
        return c;
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
