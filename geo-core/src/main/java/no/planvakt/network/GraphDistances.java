package no.planvakt.network;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsGraphUnion;
import org.jgrapht.graph.WeightedPseudograph;
import org.locationtech.jts.geom.Geometry;

/**
 * Network distances on a {@link RoadNetwork} with JGraphT's Dijkstra. The geometry's access points
 * become one virtual source joined to both ends of each access edge, with the connector and the
 * part of the edge as start costs, so one Dijkstra run answers every target.
 */
public final class GraphDistances implements DistanceService {
    private static final int SOURCE = -1;

    private final RoadNetwork network;
    private final double maxSnap;

    /** @param maxSnap how far (CRS units) a geometry or target may lie from the nearest link */
    public GraphDistances(RoadNetwork network, double maxSnap) {
        this.network = network;
        this.maxSnap = maxSnap;
    }

    public RoadNetwork network() {
        return network;
    }

    public double maxSnap() {
        return maxSnap;
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
        WeightedPseudograph<Integer, NetworkEdge> start = new WeightedPseudograph<>(NetworkEdge.class);
        start.addVertex(SOURCE);
        int virtual = -2;
        for (AccessPoint a : sources) {
            link(start, a.edge().from(), a.connectorM() + a.offset(), virtual--);
            link(start, a.edge().to(), a.connectorM() + a.toEnd(), virtual--);
        }
        Graph<Integer, NetworkEdge> g = new AsGraphUnion<>(network.graph(), start);
        SingleSourcePaths<Integer, NetworkEdge> paths = new DijkstraShortestPath<>(g).getPaths(SOURCE);
        List<Measured> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            out.add(measure(t, sources, paths));
        }
        return out;
    }

    private static void link(WeightedPseudograph<Integer, NetworkEdge> start, int node, double cost, int id) {
        start.addVertex(node);
        NetworkEdge e = new NetworkEdge(id, SOURCE, node, null, cost, null, null, null);
        start.addEdge(SOURCE, node, e);
        start.setEdgeWeight(e, cost);
    }

    private Measured measure(Target t, List<AccessPoint> sources, SingleSourcePaths<Integer, NetworkEdge> paths) {
        List<AccessPoint> ends = network.access(t.geometry(), maxSnap);
        double best = Double.POSITIVE_INFINITY;
        double connectors = 0;
        for (AccessPoint end : ends) {
            NetworkEdge e = end.edge();
            double viaFrom = paths.getWeight(e.from()) + end.offset();
            double viaTo = paths.getWeight(e.to()) + end.toEnd();
            double d = Math.min(viaFrom, viaTo) + end.connectorM();
            double startConnector = Double.NaN;
            // Source and target on the same edge: straight along it, without passing a node.
            for (AccessPoint s : sources) {
                if (s.edge().id() == e.id()) {
                    double along = s.connectorM() + Math.abs(s.offset() - end.offset()) + end.connectorM();
                    if (along < d) {
                        d = along;
                        startConnector = s.connectorM();
                    }
                }
            }
            if (d < best) {
                best = d;
                connectors = end.connectorM()
                        + (Double.isNaN(startConnector) ? sourceConnector(sources, paths, e, end) : startConnector);
            }
        }
        return Double.isInfinite(best)
                ? Measured.unreachable(t.id())
                : new Measured(t.id(), best, Method.NETWORK, connectors);
    }

    /** The connector of the access point the shortest path left from (for the record, not the sum). */
    private static double sourceConnector(
            List<AccessPoint> sources, SingleSourcePaths<Integer, NetworkEdge> paths, NetworkEdge e, AccessPoint end) {
        int node =
                paths.getWeight(e.from()) + end.offset() <= paths.getWeight(e.to()) + end.toEnd() ? e.from() : e.to();
        var path = paths.getPath(node);
        if (path == null || path.getEdgeList().isEmpty()) {
            return 0;
        }
        NetworkEdge first = path.getEdgeList().get(0);
        int firstNode = first.to();
        double cost = first.length();
        for (AccessPoint s : sources) {
            if ((s.edge().from() == firstNode && Math.abs(s.connectorM() + s.offset() - cost) < 1e-9)
                    || (s.edge().to() == firstNode && Math.abs(s.connectorM() + s.toEnd() - cost) < 1e-9)) {
                return s.connectorM();
            }
        }
        return 0;
    }
}
