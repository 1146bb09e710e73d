package no.planvakt.api.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.network.AccessPoint;
import no.planvakt.network.DistanceService;
import no.planvakt.network.Measured;
import no.planvakt.network.Method;
import no.planvakt.network.NetworkEdge;
import no.planvakt.network.RoadNetwork;
import no.planvakt.network.Target;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Distances with {@code pgr_withPointsCost}: every access point of the source and of each target is
 * a pgRouting point (edge and fraction), or the edge's vertex when it lies at an end; one
 * many-to-many query answers all targets, and each target's distance is the cheapest pair plus the
 * straight connectors at both ends.
 */
final class PgRoutingDistances implements DistanceService {
    private final JdbcTemplate jdbc;
    private final RoadNetwork network;
    private final double maxSnap;
    private final String key;

    PgRoutingDistances(JdbcTemplate jdbc, RoadNetwork network, double maxSnap) {
        this.jdbc = jdbc;
        this.network = network;
        this.maxSnap = maxSnap;
        this.key = key(network);
        store();
    }

    /** A digest of the noded edges: the same network is stored once, a changed one under a new key. */
    static String key(RoadNetwork network) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (NetworkEdge e : network.edges()) {
                sha.update(String.format(Locale.ROOT, "%d %d %d %.6f;", e.id(), e.from(), e.to(), e.length())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void store() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM network.edge WHERE network_key = ?", Integer.class, key);
        if (n != null && n == network.edges().size()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (NetworkEdge e : network.edges()) {
            // pgRouting ids: edges and vertices from 1 (negative ids are points).
            rows.add(new Object[] {key, e.id() + 1, e.from() + 1, e.to() + 1, e.length()});
        }
        jdbc.batchUpdate(
                "INSERT INTO network.edge (network_key, id, source, target, cost) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (network_key, id) DO NOTHING",
                rows);
    }

    @Override
    public Method method() {
        return Method.NETWORK;
    }

    @Override
    public List<Measured> distances(Geometry from, List<Target> targets) {
        List<AccessPoint> sources = network.access(from, maxSnap);
        if (sources.isEmpty()) {
            return targets.stream().map(t -> Measured.unreachable(t.id())).toList();
        }
        List<String> points = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (AccessPoint a : sources) {
            starts.add(id(a, points));
        }
        List<List<AccessPoint>> ends = new ArrayList<>();
        List<List<Long>> endIds = new ArrayList<>();
        List<Long> allEnds = new ArrayList<>();
        for (Target t : targets) {
            List<AccessPoint> a = network.access(t.geometry(), maxSnap);
            List<Long> ids = new ArrayList<>();
            for (AccessPoint p : a) {
                long id = id(p, points);
                ids.add(id);
                allEnds.add(id);
            }
            ends.add(a);
            endIds.add(ids);
        }
        Map<String, Double> cost = allEnds.isEmpty() ? Map.of() : query(points, starts, allEnds);
        List<Measured> out = new ArrayList<>(targets.size());
        for (int t = 0; t < targets.size(); t++) {
            double best = Double.POSITIVE_INFINITY;
            double connectors = 0;
            for (int s = 0; s < sources.size(); s++) {
                for (int k = 0; k < ends.get(t).size(); k++) {
                    long a = starts.get(s);
                    long b = endIds.get(t).get(k);
                    Double c = a == b ? Double.valueOf(0) : cost.get(a + ">" + b);
                    if (c == null) {
                        continue;
                    }
                    double d =
                            sources.get(s).connectorM() + c + ends.get(t).get(k).connectorM();
                    if (d < best) {
                        best = d;
                        connectors =
                                sources.get(s).connectorM() + ends.get(t).get(k).connectorM();
                    }
                }
            }
            String id = targets.get(t).id();
            out.add(
                    Double.isInfinite(best)
                            ? Measured.unreachable(id)
                            : new Measured(id, best, Method.NETWORK, connectors));
        }
        return out;
    }

    /** The pgRouting id of an access point: its edge's vertex at an end, else a new point (negative id). */
    private static long id(AccessPoint a, List<String> points) {
        double fraction = a.edge().length() == 0 ? 0 : a.offset() / a.edge().length();
        if (fraction <= 0) {
            return a.edge().from() + 1L;
        }
        if (fraction >= 1) {
            return a.edge().to() + 1L;
        }
        points.add(String.format(
                Locale.ROOT, "(%d, %d, %.17g)", points.size() + 1, a.edge().id() + 1, fraction));
        return -points.size();
    }

    private Map<String, Double> query(List<String> points, List<Long> starts, List<Long> ends) {
        String pointsSql = points.isEmpty()
                ? "SELECT 1 AS pid, 1 AS edge_id, 0.5::float8 AS fraction, 'b'::char AS side WHERE false"
                : "SELECT pid, edge_id, fraction, 'b'::char AS side FROM (VALUES " + String.join(", ", points)
                        + ") v(pid, edge_id, fraction)";
        String edgesSql =
                "SELECT id, source, target, cost, cost AS reverse_cost FROM network.edge WHERE network_key = '" + key
                        + "'";
        Map<String, Double> cost = new HashMap<>();
        RowCallbackHandler row = rs -> cost.put(rs.getLong(1) + ">" + rs.getLong(2), rs.getDouble(3));
        jdbc.query(
                "SELECT start_pid, end_pid, agg_cost FROM pgr_withPointsCost(?, ?, ?::bigint[], ?::bigint[], directed => false)",
                row,
                edgesSql,
                pointsSql,
                array(starts),
                array(ends));
        return cost;
    }

    private static String array(List<Long> ids) {
        return "{"
                + String.join(",", ids.stream().distinct().map(String::valueOf).toList()) + "}";
    }
}
