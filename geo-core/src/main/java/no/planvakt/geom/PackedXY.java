package no.planvakt.geom;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFactory;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;

/**
 * A 2-D coordinate sequence stored as one {@code double[]} of x, y pairs: 16 bytes per vertex,
 * against about 44 for a {@code Coordinate} object and its array slot. A county's plans and land
 * cover hold some 20 million vertices, so this is what lets a county check run in a small heap.
 * <p>
 * Unlike JTS's {@code PackedCoordinateSequence}, it keeps no cache of {@code Coordinate} objects:
 * an algorithm that asks for the whole array gets a fresh one, which dies young, instead of a copy
 * held by a soft reference until the heap runs short (which made a tight heap collect itself
 * over and over). The engine's own hot paths read ordinates directly ({@link #getX}, {@link #getY}).
 */
public final class PackedXY implements CoordinateSequence, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Makes packed 2-D sequences, and array sequences where a third ordinate is asked for or present. */
    public static final CoordinateSequenceFactory FACTORY = new Factory();

    private final double[] xy;

    /** A geometry factory whose 2-D geometries are packed (for readers: files and PostGIS WKB). */
    public static GeometryFactory geometries(int srid) {
        return new GeometryFactory(new PrecisionModel(), srid, FACTORY);
    }

    /** Takes {@code xy} (x0, y0, x1, y1, …) as it is, without copying. */
    public PackedXY(double[] xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("an odd number of ordinates for x, y pairs: " + xy.length);
        }
        this.xy = xy;
    }

    @Override
    public int getDimension() {
        return 2;
    }

    @Override
    public int getMeasures() {
        return 0;
    }

    @Override
    public Coordinate createCoordinate() {
        return new CoordinateXY();
    }

    @Override
    public Coordinate getCoordinate(int i) {
        return new CoordinateXY(xy[2 * i], xy[2 * i + 1]);
    }

    @Override
    public Coordinate getCoordinateCopy(int i) {
        return getCoordinate(i);
    }

    @Override
    public void getCoordinate(int i, Coordinate coord) {
        coord.setX(xy[2 * i]);
        coord.setY(xy[2 * i + 1]);
    }

    @Override
    public double getX(int i) {
        return xy[2 * i];
    }

    @Override
    public double getY(int i) {
        return xy[2 * i + 1];
    }

    @Override
    public double getOrdinate(int i, int ordinateIndex) {
        return ordinateIndex < 2 ? xy[2 * i + ordinateIndex] : Double.NaN;
    }

    @Override
    public int size() {
        return xy.length / 2;
    }

    @Override
    public void setOrdinate(int i, int ordinateIndex, double value) {
        if (ordinateIndex > 1) {
            throw new IllegalArgumentException("a 2-D sequence has no ordinate " + ordinateIndex);
        }
        xy[2 * i + ordinateIndex] = value;
    }

    @Override
    public Coordinate[] toCoordinateArray() {
        Coordinate[] out = new Coordinate[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new CoordinateXY(xy[2 * i], xy[2 * i + 1]);
        }
        return out;
    }

    @Override
    public Envelope expandEnvelope(Envelope env) {
        for (int i = 0; i < xy.length; i += 2) {
            env.expandToInclude(xy[i], xy[i + 1]);
        }
        return env;
    }

    @Override
    @Deprecated
    @SuppressWarnings("deprecation")
    public Object clone() {
        return copy();
    }

    @Override
    public PackedXY copy() {
        return new PackedXY(xy.clone());
    }

    @Override
    public String toString() {
        return "PackedXY" + Arrays.toString(xy);
    }

    private static final class Factory implements CoordinateSequenceFactory, Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public CoordinateSequence create(Coordinate[] coordinates) {
            if (coordinates == null) {
                return new PackedXY(new double[0]);
            }
            double[] xy = new double[coordinates.length * 2];
            for (int i = 0; i < coordinates.length; i++) {
                Coordinate c = coordinates[i];
                if (!Double.isNaN(c.getZ()) || !Double.isNaN(c.getM())) {
                    return new CoordinateArraySequence(coordinates);
                }
                xy[2 * i] = c.x;
                xy[2 * i + 1] = c.y;
            }
            return new PackedXY(xy);
        }

        @Override
        public CoordinateSequence create(CoordinateSequence coordSeq) {
            if (coordSeq.getDimension() > 2) {
                return new CoordinateArraySequence(coordSeq);
            }
            double[] xy = new double[coordSeq.size() * 2];
            for (int i = 0; i < coordSeq.size(); i++) {
                xy[2 * i] = coordSeq.getX(i);
                xy[2 * i + 1] = coordSeq.getY(i);
            }
            return new PackedXY(xy);
        }

        @Override
        public CoordinateSequence create(int size, int dimension) {
            return dimension > 2 ? new CoordinateArraySequence(size, dimension) : new PackedXY(new double[size * 2]);
        }

        @Override
        public CoordinateSequence create(int size, int dimension, int measures) {
            return dimension > 2 || measures > 0
                    ? new CoordinateArraySequence(size, dimension, measures)
                    : new PackedXY(new double[size * 2]);
        }
    }
}
