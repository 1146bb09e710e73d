package no.planvakt.siting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planvakt.InputException;
import no.planvakt.reference.ReferenceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Builds a corridor from the road links carrying its road number: the links are merged into lines
 * (JTS {@code LineMerger}), lines that touch form one piece, and in each piece the longest path
 * through its lines is the section (a road with a short branch keeps its through route; the branch
 * is left out and counted).
 */
public final class CorridorBuilder {
    private static final GeometryFactory GF = new GeometryFactory();

    private CorridorBuilder() {}

    /**
     * @throws InputException naming the rule and corridor when the road number has no link in the layer
     */
    public static Corridor build(String ruleId, CorridorSpec spec, String layerId, Collection<ReferenceFeature> roads) {
        return build(ruleId, spec, layerId, roads, 0);
    }

    /**
     * As {@link #build(String, CorridorSpec, String, Collection)}, and joins pieces whose ends lie
     * within {@code joinM} of each other by a straight line: a generalised network (N1000) breaks a
     * road at some bridges and junctions, and a break must not count as a county border.
     */
    public static Corridor build(
            String ruleId, CorridorSpec spec, String layerId, Collection<ReferenceFeature> roads, double joinM) {
        LineMerger merger = new LineMerger();
        int links = 0;
        for (ReferenceFeature f : roads) {
            if (spec.road().matches(f.attributes())) {
                merger.add(f.geometry());
                links++;
            }
        }
        if (links == 0) {
            throw new InputException("rule " + ruleId + ": field parameters.corridors: corridor " + spec.id() + " ("
                    + spec.road()
                    + ") is not in the road network: reference layer " + layerId + " has no link with vegkategori="
                    + spec.road().category() + " and vegnummer=" + spec.road().number());
        }
        @SuppressWarnings("unchecked")
        List<LineString> merged = new ArrayList<>((Collection<LineString>) merger.getMergedLineStrings());
        merged.removeIf(l -> l.getLength() == 0);
        List<LineString> paths = new ArrayList<>();
        double leftOut = 0;
        for (List<LineString> piece : pieces(merged)) {
            LineString path = longestPath(piece);
            paths.add(path);
            leftOut += piece.stream().mapToDouble(LineString::getLength).sum() - path.getLength();
        }
        int joins = 0;
        while (joinM > 0 && paths.size() > 1 && joinClosest(paths, joinM)) {
            joins++;
        }
        paths.sort(Comparator.comparingDouble(LineString::getLength).reversed());
        List<CorridorSection> sections = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            sections.add(
                    new CorridorSection(paths.size() == 1 ? spec.id() : spec.id() + "-" + (i + 1), spec, paths.get(i)));
        }
        return new Corridor(spec, sections, links, leftOut, joins);
    }

    /** Joins the two pieces with the closest ends, if within {@code joinM}; false when none are. */
    private static boolean joinClosest(List<LineString> paths, double joinM) {
        double best = joinM;
        int bi = -1;
        int bj = -1;
        boolean[] flip = new boolean[2];
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                for (int ei = 0; ei < 2; ei++) {
                    for (int ej = 0; ej < 2; ej++) {
                        Coordinate a = ei == 0 ? start(paths.get(i)) : end(paths.get(i));
                        Coordinate b = ej == 0 ? start(paths.get(j)) : end(paths.get(j));
                        double d = a.distance(b);
                        if (d <= best) {
                            best = d;
                            bi = i;
                            bj = j;
                            flip[0] = ei == 0;
                            flip[1] = ej == 1;
                        }
                    }
                }
            }
        }
        if (bi < 0) {
            return false;
        }
        // i runs into its joining end, then j runs out of its joining end.
        LineString a = flip[0] ? paths.get(bi).reverse() : paths.get(bi);
        LineString b = flip[1] ? paths.get(bj).reverse() : paths.get(bj);
        CoordinateList coords = new CoordinateList(a.getCoordinates(), false);
        coords.add(b.getCoordinates(), false);
        paths.remove(bj);
        paths.set(bi, GF.createLineString(coords.toCoordinateArray()));
        return true;
    }

    /** Groups lines that share an end point. */
    private static List<List<LineString>> pieces(List<LineString> lines) {
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Coordinate, Integer> first = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Coordinate c : new Coordinate[] {
                lines.get(i).getCoordinateN(0),
                lines.get(i).getCoordinateN(lines.get(i).getNumPoints() - 1)
            }) {
                Integer j = first.putIfAbsent(c, i);
                if (j != null) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<LineString>> byRoot = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(lines.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The longest simple path through a piece's lines, by trying every path from every end point: a
     * road number has few junctions, so the search is tiny.
     */
    private static LineString longestPath(List<LineString> piece) {
        if (piece.size() == 1) {
            return piece.get(0);
        }
        Map<Coordinate, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < piece.size(); i++) {
            at.computeIfAbsent(start(piece.get(i)), k -> new ArrayList<>()).add(i);
            at.computeIfAbsent(end(piece.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<int[]> best = new ArrayList<>();
        double[] bestLength = {-1};
        List<Coordinate> nodes = new ArrayList<>(at.keySet());
        nodes.sort(Comparator.naturalOrder());
        for (Coordinate node : nodes) {
            search(piece, at, node, new ArrayList<>(), new HashSet<>(), 0, best, bestLength);
        }
        CoordinateList coords = new CoordinateList();
        for (int[] step : best) {
            LineString l = piece.get(step[0]);
            Coordinate[] c = step[1] == 1 ? l.getCoordinates() : l.reverse().getCoordinates();
            coords.add(c, false);
        }
        return GF.createLineString(coords.toCoordinateArray());
    }

    private static void search(
            List<LineString> piece,
            Map<Coordinate, List<Integer>> at,
            Coordinate node,
            List<int[]> path,
            Set<Integer> used,
            double length,
            List<int[]> best,
            double[] bestLength) {
        if (length > bestLength[0] + 1e-9) {
            bestLength[0] = length;
            best.clear();
            best.addAll(path);
        }
        for (int i : at.get(node)) {
            if (used.contains(i)) {
                continue;
            }
            LineString l = piece.get(i);
            boolean forward = start(l).equals2D(node);
            Coordinate next = forward ? end(l) : start(l);
            used.add(i);
            path.add(new int[] {i, forward ? 1 : 0});
            search(piece, at, next, path, used, length + l.getLength(), best, bestLength);
            path.remove(path.size() - 1);
            used.remove(i);
        }
    }

    private static Coordinate start(LineString l) {
        return l.getCoordinateN(0);
    }

    private static Coordinate end(LineString l) {
        return l.getCoordinateN(l.getNumPoints() - 1);
    }

    static Geometry union(List<CorridorSection> sections) {
        return GF.buildGeometry(sections.stream().map(CorridorSection::line).toList());
    }
}
