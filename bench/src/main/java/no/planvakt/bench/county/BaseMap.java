package no.planvakt.bench.county;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The shared base map: every edge is densified and warped as a function of its end points and
 * positions only, so two polygons drawn along the same edge get exactly the same vertices. That is
 * what "digitised on the same base map" means for plans and land cover, and the hard case for
 * overlay: coincident edges. Coordinates are rounded to the millimetre, as in a plan file.
 */
final class BaseMap {
    /** Vertex spacing along edges (m). */
    private final double spacing;
    /** Amplitude (m) and wavelength (m) of the warp that makes straight Voronoi edges wiggle. */
    private static final double WARP = 2.0;

    private static final double WAVELENGTH = 140.0;
    private final GeometryFactory gf;

    BaseMap(GeometryFactory gf, double spacing) {
        this.gf = gf;
        this.spacing = spacing;
    }

    /** The polygon's rings densified and warped; null when a ring collapses. */
    Polygon draw(Polygon p) {
        LinearRing shell = ring(p.getExteriorRing().getCoordinates());
        if (shell == null) {
            return null;
        }
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(p.getInteriorRingN(i).getCoordinates());
            if (holes[i] == null) {
                return null;
            }
        }
        return gf.createPolygon(shell, holes);
    }

    /** Every polygon of a polygonal geometry drawn on the base map. */
    Geometry drawAll(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                Polygon d = draw(p);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out.size() == 1 ? out.get(0) : gf.createMultiPolygon(out.toArray(Polygon[]::new));
    }

    private LinearRing ring(Coordinate[] pts) {
        List<Coordinate> out = new ArrayList<>();
        for (int i = 0; i + 1 < pts.length; i++) {
            edge(pts[i], pts[i + 1], out);
        }
        if (out.size() < 3) {
            return null;
        }
        out.add(out.get(0).copy());
        if (out.size() < 4) {
            return null;
        }
        return gf.createLinearRing(out.toArray(Coordinate[]::new));
    }

    /** Adds the points of edge p→q, without q, computed from the lexicographically smaller end. */
    private void edge(Coordinate p, Coordinate q, List<Coordinate> out) {
        boolean forward = p.compareTo(q) <= 0;
        Coordinate a = forward ? p : q;
        Coordinate b = forward ? q : p;
        int n = Math.max(1, (int) Math.ceil(a.distance(b) / spacing));
        Coordinate[] pts = new Coordinate[n + 1];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            pts[i] = warp(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        }
        for (int i = 0; i < n; i++) {
            Coordinate c = forward ? pts[i] : pts[n - i];
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
                out.add(c);
            }
        }
    }

    private static Coordinate warp(double x, double y) {
        double dx = WARP * Math.sin(y / WAVELENGTH + 0.7 * Math.sin(x / 977.0));
        double dy = WARP * Math.sin(x / WAVELENGTH + 0.7 * Math.sin(y / 911.0));
        return new Coordinate(mm(x + dx), mm(y + dy));
    }

    private static double mm(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
