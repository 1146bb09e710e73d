package no.planvakt.format.sosi;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A curve's coordinates as SOSI gives them (north, east in units of ENHET, before ORIGO), kept
 * small because every curve of a file may be needed later to assemble a {@code .FLATE}. SOSI
 * coordinates are integers and neighbouring vertices are close, so they are stored as zig-zag
 * varint deltas: typically 3–5 bytes per vertex, against 16 for two doubles and ~20 for the text.
 * A curve with a non-integer coordinate (rare: decimals are allowed but unusual) keeps its doubles.
 */
final class PackedCoordinates {
    private final int count;
    private final byte[] varints;
    private final double[] raw;

    private PackedCoordinates(int count, byte[] varints, double[] raw) {
        this.count = count;
        this.varints = varints;
        this.raw = raw;
    }

    /** @param northEast north, east pairs in file units; {@code length} values are used */
    static PackedCoordinates of(double[] northEast, int length) {
        int n = length / 2;
        for (int i = 0; i < length; i++) {
            double v = northEast[i];
            if (v != Math.rint(v) || Math.abs(v) > 1e15) {
                return new PackedCoordinates(n, null, Arrays.copyOf(northEast, length));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length * 3);
        long prevN = 0;
        long prevE = 0;
        for (int i = 0; i < length; i += 2) {
            long north = (long) northEast[i];
            long east = (long) northEast[i + 1];
            writeVarint(out, zigzag(north - prevN));
            writeVarint(out, zigzag(east - prevE));
            prevN = north;
            prevE = east;
        }
        return new PackedCoordinates(n, out.toByteArray(), null);
    }

    int size() {
        return count;
    }

    /** Bytes held, for the memory model. */
    long bytes() {
        return raw != null ? raw.length * 8L : varints.length;
    }

    /** The north, east pairs in file units. */
    double[] northEast() {
        if (raw != null) {
            return raw;
        }
        double[] out = new double[count * 2];
        int pos = 0;
        long prevN = 0;
        long prevE = 0;
        for (int i = 0; i < count; i++) {
            long v = 0;
            int shift = 0;
            int b;
            do {
                b = varints[pos++];
                v |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            prevN += unzigzag(v);
            v = 0;
            shift = 0;
            do {
                b = varints[pos++];
                v |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            prevE += unzigzag(v);
            out[2 * i] = prevN;
            out[2 * i + 1] = prevE;
        }
        return out;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
