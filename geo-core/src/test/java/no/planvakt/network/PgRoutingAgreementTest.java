package no.planvakt.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import no.planvakt.reference.ReferenceLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

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
    private PgRoutingNetwork pg;
    private int reachable;

    @BeforeEach
    void connect() throws SQLException {
        String url = System.getenv("PLANVAKT_DB_URL");
        if (url == null || url.isBlank()) {
            fail(
                    "PLANVAKT_DB_URL is not set: start PostGIS with `scripts/postgis.sh start` and export PLANVAKT_DB_URL=$(scripts/postgis.sh url)");
        }
        db = DriverManager.getConnection(url);
        pg = new PgRoutingNetwork(db);
        exec("CREATE EXTENSION IF NOT EXISTS pgrouting");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void agreeOnTheHandWorkedTestNetwork() throws SQLException {
        List<Point> points = List.of(
                TestNetworks.point(200, 50),
                TestNetworks.point(1000, 700),
                TestNetworks.point(1800, -20),
                TestNetworks.point(600, 10),
                TestNetworks.point(1520, 300),
                TestNetworks.point(500, 300),
                TestNetworks.point(5500, 5000));
        int compared = compare(TestNetworks.links(), points, 100);
        assertThat(compared).isEqualTo(21);
        // Pairs involving the bridge D or the piece E are unreachable on both sides: 4 x 3 / 2 = 6 reach.
        assertThat(reachable).isEqualTo(10);
    }

    @Test
    void agreeOnTheRealN1000NetworkOfBuskerud() throws Exception {
        ReferenceLayer roads = N1000Buskerud.roads();
        List<Point> centres =
                N1000Buskerud.towns(14).stream().map(f -> (Point) f.geometry()).toList();
        assertThat(centres).hasSizeGreaterThanOrEqualTo(10);
        int compared = compare(RoadNetwork.links(roads, "vegkategori", "vegnummer"), centres, 5000);
        assertThat(compared).isEqualTo(centres.size() * (centres.size() - 1) / 2);
        assertThat(reachable).as("pairs connected on the county network").isGreaterThan(compared / 2);
    }

    /** Compares every pair of points; returns how many pairs were compared. */
    private int compare(List<RoadLink> links, List<Point> points, double maxSnap) throws SQLException {
        GraphDistances jvm = new GraphDistances(RoadNetwork.of("test", links), maxSnap);
        loadAndNode(links);
        List<String> mismatches = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                Measured m = jvm.distances(points.get(i), List.of(new Target("t", points.get(j))))
                        .get(0);
                Double sql = pgRouting(points.get(i), points.get(j), maxSnap);
                boolean agree =
                        sql == null ? !m.reachable() : m.reachable() && Math.abs(sql - m.metres()) <= TOLERANCE_M;
                if (!agree) {
                    mismatches.add(points.get(i) + " → " + points.get(j) + ": JGraphT " + m.metres() + " (" + m.method()
                            + "), pgRouting " + sql);
                }
                pairs++;
                reachable += m.reachable() ? 1 : 0;
            }
        }
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
        return pairs;
    }

    private void loadAndNode(List<RoadLink> links) throws SQLException {
        pg.load(links);
    }

    private Double pgRouting(Point a, Point b, double maxSnap) throws SQLException {
        return pg.distance(a, b, maxSnap);
    }

    private void exec(String sql) throws SQLException {
        pg.exec(sql);
    }
}
