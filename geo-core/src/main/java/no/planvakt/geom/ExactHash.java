package no.planvakt.geom;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A hash of a geometry's exact coordinates, for finding geometries that are equal vertex for
 * vertex ({@code equalsExact}) by a lookup: an object carried over unchanged from the adopted plan
 * to the draft, or split by land cover once for both. Reads the ordinates in place, without a
 * {@code Coordinate} per vertex.
 */
public final class ExactHash {
    private ExactHash() {}

    public static int of(Geometry g) {
        Filter f = new Filter(g.getNumGeometries());
        g.apply(f);
        return f.hash;
    }

    private static final class Filter implements CoordinateSequenceFilter {
        private int hash;

        Filter(int seed) {
            this.hash = seed;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            hash = 31 * (31 * hash + Double.hashCode(seq.getX(i))) + Double.hashCode(seq.getY(i));
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return false;
        }
    }
}
