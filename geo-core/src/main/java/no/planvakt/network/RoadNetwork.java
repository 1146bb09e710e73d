package no.planvakt.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import no.planvakt.InputException;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.WeightedPseudograph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * A road/path network as an undirected weighted graph (JGraphT): nodes where links share a vertex
 * or an end, edges weighted by their length. Immutable once built; safe to share between threads.
 */
public final class RoadNetwork {
    /** Lines with more vertices than this are indexed for distances (below it, the index costs more than it saves). */
    private static final int INDEXED_LINE_POINTS = 64;

    private final String name;
    private final List<Coordinate> nodes;
    private final List<NetworkEdge> edges;
    private final Graph<Integer, NetworkEdge> graph;
    private final STRtree index = new STRtree();
    private final int components;

    private RoadNetwork(String name, List<Coordinate> nodes, List<NetworkEdge> edges) {
        this.name = name;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        WeightedPseudograph<Integer, NetworkEdge> g = new WeightedPseudograph<>(NetworkEdge.class);
        for (int i = 0; i < nodes.size(); i++) {
            g.addVertex(i);
        }
        for (NetworkEdge e : edges) {
            g.addEdge(e.from(), e.to(), e);
            g.setEdgeWeight(e, e.length());
            index.insert(e.line().getEnvelopeInternal(), e);
        }
        index.build();
        this.graph = g;
        this.components = new ConnectivityInspector<>(g).connectedSets().size();
    }

    /**
     * The network of one or more line layers. {@code categoryAttribute} and {@code numberAttribute}
     * (may be null) name the attributes holding road category and number; a layer where no feature
     * has a named attribute is refused, naming the layer and the attribute.
     */
    public static RoadNetwork fromLayers(
            List<ReferenceLayer> layers, String categoryAttribute, String numberAttribute) {
        List<RoadLink> links = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (ReferenceLayer layer : layers) {
            links.addAll(links(layer, categoryAttribute, numberAttribute));
            name.append(name.length() == 0 ? "" : "+").append(layer.id());
        }
        return of(name.toString(), links);
    }

    /** As {@link #fromLayers} for one layer. */
    public static RoadNetwork fromLayer(ReferenceLayer layer, String categoryAttribute, String numberAttribute) {
        return fromLayers(List.of(layer), categoryAttribute, numberAttribute);
    }

    static List<RoadLink> links(ReferenceLayer layer, String categoryAttribute, String numberAttribute) {
        requireAttribute(layer, categoryAttribute);
        requireAttribute(layer, numberAttribute);
        List<RoadLink> links = new ArrayList<>();
        for (ReferenceFeature f : layer.features()) {
            Geometry g = f.geometry();
            if (g.getDimension() != 1) {
                throw new InputException("reference layer " + layer.id() + ": feature " + f.id() + " is a "
                        + g.getGeometryType() + "; a road or path network needs lines");
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                LineString line = (LineString) g.getGeometryN(i);
                if (line.getNumPoints() >= 2 && line.getLength() > 0) {
                    String id = g.getNumGeometries() == 1 ? f.id() : f.id() + "/" + (i + 1);
                    links.add(new RoadLink(id, line, text(f, categoryAttribute), text(f, numberAttribute)));
                }
            }
        }
        return links;
    }

    private static void requireAttribute(ReferenceLayer layer, String attribute) {
        if (attribute != null
                && layer.features().stream().noneMatch(f -> f.attributes().containsKey(attribute))) {
            throw new InputException("reference layer " + layer.id() + " has no attribute \"" + attribute
                    + "\" (needed for the road network); its attributes are "
                    + (layer.features().isEmpty()
                            ? "none"
                            : layer.features().get(0).attributes().keySet()));
        }
    }

    private static String text(ReferenceFeature f, String attribute) {
        if (attribute == null) {
            return null;
        }
        Object v = f.attributes().get(attribute);
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        // Road numbers arrive as 7, 7.0 or "7" depending on the format.
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return String.valueOf(n.longValue());
        }
        return String.valueOf(v).trim();
    }

    /**
     * Nodes the links at every end and at every vertex that more than one link (or one link twice)
     * passes through, and splits the links there.
     */
    public static RoadNetwork of(String name, List<RoadLink> links) {
        Map<Coordinate, Integer> uses = new HashMap<>();
        for (RoadLink l : links) {
            Coordinate[] cs = l.line().getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                Coordinate c = key(cs[i]);
                // Ends always node: count them twice.
                uses.merge(c, i == 0 || i == cs.length - 1 ? 2 : 1, Integer::sum);
            }
        }
        Map<Coordinate, Integer> nodeIds = new LinkedHashMap<>();
        List<Coordinate> nodes = new ArrayList<>();
        List<NetworkEdge> edges = new ArrayList<>();
        GeometryFactory gf =
                links.isEmpty() ? new GeometryFactory() : links.get(0).line().getFactory();
        for (RoadLink l : links) {
            Coordinate[] cs = l.line().getCoordinates();
            int start = 0;
            for (int i = 1; i < cs.length; i++) {
                if (i == cs.length - 1 || uses.get(key(cs[i])) > 1) {
                    Coordinate[] part = new Coordinate[i - start + 1];
                    for (int k = start; k <= i; k++) {
                        part[k - start] = cs[k].copy();
                    }
                    LineString line = gf.createLineString(part);
                    line.setSRID(l.line().getSRID());
                    if (line.getLength() > 0) {
                        int from = node(nodeIds, nodes, cs[start]);
                        int to = node(nodeIds, nodes, cs[i]);
                        edges.add(new NetworkEdge(
                                edges.size(), from, to, line, line.getLength(), l.id(), l.category(), l.number()));
                    }
                    start = i;
                }
            }
        }
        return new RoadNetwork(name, nodes, edges);
    }

    private static Coordinate key(Coordinate c) {
        return new Coordinate(c.x, c.y);
    }

    private static int node(Map<Coordinate, Integer> ids, List<Coordinate> nodes, Coordinate c) {
        return ids.computeIfAbsent(key(c), k -> {
            nodes.add(k);
            return nodes.size() - 1;
        });
    }

    public String name() {
        return name;
    }

    public List<Coordinate> nodes() {
        return nodes;
    }

    public List<NetworkEdge> edges() {
        return edges;
    }

    /** Number of connected pieces (1 for a fully connected network). */
    public int components() {
        return components;
    }

    Graph<Integer, NetworkEdge> graph() {
        return graph;
    }

    /**
     * Where {@code g} reaches the network: the nearest point of every edge it touches; when it
     * touches none, the nearest point of the nearest edge within {@code maxSnap}. Empty when no
     * edge is that close.
     */
    public List<AccessPoint> access(Geometry g, double maxSnap) {
        Envelope search = new Envelope(g.getEnvelopeInternal());
        search.expandBy(maxSnap);
        @SuppressWarnings("unchecked")
        List<NetworkEdge> near = index.query(search);
        ToDoubleFunction<Geometry> distanceToG = distanceTo(g);
        double best = Double.POSITIVE_INFINITY;
        Map<NetworkEdge, Double> candidates = new TreeMap<>(Comparator.comparingInt(NetworkEdge::id));
        for (NetworkEdge e : near) {
            double d = distanceToG.applyAsDouble(e.line());
            if (d <= maxSnap) {
                candidates.put(e, d);
                best = Math.min(best, d);
            }
        }
        List<AccessPoint> out = new ArrayList<>();
        for (Map.Entry<NetworkEdge, Double> candidate : candidates.entrySet()) {
            NetworkEdge e = candidate.getKey();
            double d = candidate.getValue();
            // Every touched edge is an entrance; otherwise only the nearest (ties included).
            LengthIndexedLine along = new LengthIndexedLine(e.line());
            if (d == 0) {
                // A link through an area: enter where it crosses the boundary (or where it ends inside).
                Geometry inside = e.line().intersection(g);
                for (int i = 0; i < inside.getNumGeometries(); i++) {
                    Coordinate[] cs = inside.getGeometryN(i).getCoordinates();
                    for (Coordinate c : cs.length == 1 ? cs : new Coordinate[] {cs[0], cs[cs.length - 1]}) {
                        out.add(new AccessPoint(e, along.project(c), c, 0));
                    }
                }
            } else if (best > 0 && d == best) {
                Coordinate onEdge = DistanceOp.nearestPoints(e.line(), g)[0];
                out.add(new AccessPoint(e, along.project(onEdge), onEdge, d));
            }
        }
        return out;
    }

    /**
     * Distance from {@code g} to an edge. A corridor line is long (thousands of vertices, the
     * envelope of a county) and meets hundreds of edges: its segments are indexed once
     * ({@code IndexedFacetDistance}, the same segment-to-segment distance as {@code DistanceOp},
     * without testing every pair). Points and areas keep {@code DistanceOp}: an area's distance is 0
     * inside it, which a facet index does not see.
     */
    private static ToDoubleFunction<Geometry> distanceTo(Geometry g) {
        if (g.getDimension() == 1 && g.getNumPoints() > INDEXED_LINE_POINTS) {
            IndexedFacetDistance indexed = new IndexedFacetDistance(g);
            return indexed::distance;
        }
        return g::distance;
    }

    /**
     * Nodes where a main road meets another road or road number: the main-road junctions that
     * C-type business wants to be near. A node qualifies when at least one edge there is a main
     * road and the edges there carry more than one (category, number) pair, or three or more
     * edges meet and one is a main road.
     */
    public List<Point> junctions(Predicate<NetworkEdge> mainRoad) {
        GeometryFactory gf =
                edges.isEmpty() ? new GeometryFactory() : edges.get(0).line().getFactory();
        List<Point> out = new ArrayList<>();
        for (int v = 0; v < nodes.size(); v++) {
            // Paths (no road category) meeting a road make no road junction.
            List<NetworkEdge> at =
                    graph.edgesOf(v).stream().filter(e -> e.category() != null).toList();
            boolean main = at.stream().anyMatch(mainRoad);
            long roads = at.stream()
                    .map(e -> e.category() + "|" + e.number())
                    .distinct()
                    .count();
            if (main && (roads > 1 || at.size() >= 3)) {
                Point p = gf.createPoint(nodes.get(v).copy());
                p.setSRID(edges.get(0).line().getSRID());
                p.setUserData("K" + v);
                out.add(p);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
