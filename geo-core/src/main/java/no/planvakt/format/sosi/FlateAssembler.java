package no.planvakt.format.sosi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import no.planvakt.InputException;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a {@code .FLATE}'s polygon from its {@code ..REF} list: the curves are chained in the order
 * given (a minus sign reverses a curve), a ring ends where it closes, and refs in parentheses are
 * islands (holes). Several outer rings make a MultiPolygon, each hole going to the shell that holds it.
 * A ring whose ends miss each other by at most {@link #CLOSE_GAP_M} is closed with a warning, as
 * FYSAK/QGIS users would snap it; a larger gap or a curve that does not continue the boundary is an error.
 */
final class FlateAssembler {
    /** Largest gap between a ring's ends that is closed automatically (metres, or the CRS unit). */
    static final double CLOSE_GAP_M = 0.5;
    /** Marks the start and end of an island in a ref list. */
    static final long ISLAND_START = Long.MIN_VALUE;

    static final long ISLAND_END = Long.MIN_VALUE + 1;

    private final GeometryFactory factory;
    private final double closeGap;

    FlateAssembler(GeometryFactory factory, boolean geographic) {
        this.factory = factory;
        this.closeGap = geographic ? CLOSE_GAP_M / 111_000.0 : CLOSE_GAP_M;
    }

    /**
     * @param refs   curve serial numbers (negative = reversed) with island markers
     * @param curves the curve's polyline by serial number
     * @param where  the FLATE in messages, e.g. "Regplan.sos: line 412, .FLATE 7:"
     */
    Geometry assemble(
            long[] refs, int refCount, LongFunction<Coordinate[]> curves, String where, List<String> warnings) {
        List<Coordinate[]> shells = new ArrayList<>();
        List<Coordinate[]> holes = new ArrayList<>();
        List<Long> group = new ArrayList<>();
        boolean island = false;
        for (int i = 0; i < refCount; i++) {
            long r = refs[i];
            if (r == ISLAND_START || r == ISLAND_END) {
                (island ? holes : shells).addAll(rings(group, curves, where, warnings));
                group.clear();
                island = r == ISLAND_START;
            } else {
                group.add(r);
            }
        }
        (island ? holes : shells).addAll(rings(group, curves, where, warnings));
        if (shells.isEmpty()) {
            if (hasOuterRef(refs, refCount)) {
                return factory.createPolygon();
            }
            throw new InputException(where + ": has no outer boundary in its ..REF (only islands in parentheses)");
        }
        if (shells.size() == 1) {
            return polygon(shells.get(0), holes);
        }
        List<List<Coordinate[]>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (Coordinate[] hole : holes) {
            int owner = 0;
            for (int s = 0; s < shells.size(); s++) {
                if (PointLocation.locateInRing(interiorProbe(hole), shells.get(s)) != Location.EXTERIOR) {
                    owner = s;
                    break;
                }
            }
            holesOf.get(owner).add(hole);
        }
        Polygon[] parts = new Polygon[shells.size()];
        for (int s = 0; s < parts.length; s++) {
            parts[s] = polygon(shells.get(s), holesOf.get(s));
        }
        return factory.createMultiPolygon(parts);
    }

    private static boolean hasOuterRef(long[] refs, int refCount) {
        boolean island = false;
        for (int i = 0; i < refCount; i++) {
            if (refs[i] == ISLAND_START || refs[i] == ISLAND_END) {
                island = refs[i] == ISLAND_START;
            } else if (!island) {
                return true;
            }
        }
        return false;
    }

    private Polygon polygon(Coordinate[] shell, List<Coordinate[]> holes) {
        LinearRing[] h = holes.stream().map(factory::createLinearRing).toArray(LinearRing[]::new);
        return factory.createPolygon(factory.createLinearRing(shell), h);
    }

    private static Coordinate interiorProbe(Coordinate[] ring) {
        // Midpoint of the first edge: holes touch their shell at vertices at most, rarely along a whole edge.
        return new Coordinate((ring[0].x + ring[1].x) / 2, (ring[0].y + ring[1].y) / 2);
    }

    private List<Coordinate[]> rings(
            List<Long> refs, LongFunction<Coordinate[]> curves, String where, List<String> warnings) {
        List<Coordinate[]> rings = new ArrayList<>();
        CoordinateList ring = null;
        for (long ref : refs) {
            Coordinate[] c = curves.apply(Math.abs(ref));
            if (ref < 0) {
                c = reversed(c);
            }
            if (ring == null) {
                ring = new CoordinateList(c, true);
            } else if (isClosed(ring) && ring.size() >= 4) {
                // A closed ring ends here even if the next curve starts at its closing point (touching rings).
                addIfRing(rings, finish(ring, where, warnings));
                ring = new CoordinateList(c, true);
            } else if (ring.getCoordinate(ring.size() - 1).equals2D(c[0])) {
                ring.addAll(List.of(c).subList(1, c.length), true);
            } else if (ring.getCoordinate(ring.size() - 1).equals2D(c[c.length - 1])) {
                warnings.add(where + ": ..REF :" + ref + " runs the wrong way (its sign should be "
                        + (ref < 0 ? "+" : "-") + "); reversed");
                Coordinate[] r = reversed(c);
                ring.addAll(List.of(r).subList(1, r.length), true);
            } else {
                Coordinate end = ring.getCoordinate(ring.size() - 1);
                throw new InputException(String.format(
                        Locale.ROOT,
                        "%s: ..REF :%d does not continue the boundary: it starts at %.2f %.2f, the boundary so far ends at %.2f %.2f",
                        where,
                        ref,
                        c[0].x,
                        c[0].y,
                        end.x,
                        end.y));
            }
        }
        if (ring != null) {
            addIfRing(rings, finish(ring, where, warnings));
        }
        return rings;
    }

    private static void addIfRing(List<Coordinate[]> rings, Coordinate[] ring) {
        if (ring != null) {
            rings.add(ring);
        }
    }

    private Coordinate[] finish(CoordinateList ring, String where, List<String> warnings) {
        if (!isClosed(ring)) {
            Coordinate first = ring.getCoordinate(0);
            Coordinate last = ring.getCoordinate(ring.size() - 1);
            double gap = first.distance(last);
            if (gap > closeGap) {
                throw new InputException(String.format(
                        Locale.ROOT,
                        "%s: boundary does not close: it starts at %.2f %.2f and ends at %.2f %.2f, %.2f apart (at most %.2f is closed automatically)",
                        where,
                        first.x,
                        first.y,
                        last.x,
                        last.y,
                        gap,
                        closeGap));
            }
            warnings.add(String.format(
                    Locale.ROOT,
                    "%s: boundary did not close (gap %.3f at %.2f %.2f); closed",
                    where,
                    gap,
                    last.x,
                    last.y));
            ring.add(first.copy(), true);
        }
        if (ring.size() < 4) {
            // Real data has these (N50: a FLATE on one curve of two equal points). GDAL reads them as zero-area
            // polygons; here the ring is dropped with a warning, and a FLATE left with no ring gets an empty polygon.
            warnings.add(where + ": boundary has only " + ring.size() + " points and no area; ring dropped");
            return null;
        }
        return ring.toCoordinateArray();
    }

    private static boolean isClosed(CoordinateList ring) {
        return ring.size() > 1 && ring.getCoordinate(0).equals2D(ring.getCoordinate(ring.size() - 1));
    }

    private static Coordinate[] reversed(Coordinate[] c) {
        Coordinate[] r = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++) {
            r[i] = c[c.length - 1 - i];
        }
        return r;
    }
}
