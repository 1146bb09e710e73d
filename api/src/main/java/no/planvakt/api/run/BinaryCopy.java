package no.planvakt.api.run;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One {@code COPY table (columns) FROM STDIN (FORMAT binary)}, written row by row as a stream on
 * the given connection (that of the surrounding transaction, so that a failure later in the
 * transaction takes these rows back too). Nothing is collected first, so memory does not grow with
 * the number of rows, and nothing is turned into text: geometries go as EWKB (WKB with the SRID),
 * numbers as their 8 bytes, text as UTF-8 without escaping. Each field is its length and bytes
 * (-1: null), in the order of the columns, as PostgreSQL's binary COPY format describes.
 */
final class BinaryCopy {
    private static final int BUFFER = 1 << 16;
    /** Signature, flags (no OIDs) and the length of the (empty) header extension. */
    private static final byte[] HEADER = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };
    /** The EWKB type flag saying that an SRID follows the type. */
    private static final int EWKB_SRID = 0x20000000;
    /** The first byte of jsonb's binary input: its format version. */
    private static final int JSONB_VERSION = 1;

    private final PGCopyOutputStream copy;
    private final DataOutputStream out;
    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.BIG_ENDIAN);

    /**
     * Copies {@code items} into {@code table}, one row each with the fields {@code row} writes in
     * the order of {@code columns}; returns the rows stored. A failure cancels the COPY and is
     * thrown, for the surrounding transaction to roll back.
     */
    static <T> long rows(
            Connection connection, String table, String columns, Iterable<T> items, BiConsumer<BinaryCopy, T> row)
            throws SQLException {
        short fields = (short) columns.split(",").length;
        BinaryCopy copy = new BinaryCopy(connection, table, columns);
        try {
            for (T item : items) {
                copy.out.writeShort(fields);
                row.accept(copy, item);
            }
            return copy.finish();
        } catch (IOException e) {
            copy.cancel();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | SQLException e) {
            copy.cancel();
            throw e;
        }
    }

    private BinaryCopy(Connection connection, String table, String columns) throws SQLException {
        this.copy = new PGCopyOutputStream(
                connection.unwrap(PGConnection.class),
                "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)",
                BUFFER);
        this.out = new DataOutputStream(new BufferedOutputStream(copy, BUFFER));
        try {
            out.write(HEADER);
        } catch (IOException e) {
            cancel();
            throw new UncheckedIOException(e);
        }
    }

    BinaryCopy int8(long v) {
        try {
            out.writeInt(8);
            out.writeLong(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A {@code double precision}; null as null. */
    BinaryCopy float8(Double v) {
        try {
            if (v == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(8);
                out.writeDouble(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    BinaryCopy text(String s) {
        return bytes(s == null ? null : s.getBytes(StandardCharsets.UTF_8), -1);
    }

    /** A {@code jsonb} value from its JSON text. */
    BinaryCopy jsonb(String json) {
        return bytes(json == null ? null : json.getBytes(StandardCharsets.UTF_8), JSONB_VERSION);
    }

    /** A {@code geometry} as EWKB: the type flagged as carrying an SRID, then {@code srid}, then the rest of the WKB. */
    BinaryCopy geometry(Geometry g, int srid) {
        try {
            if (g == null) {
                out.writeInt(-1);
                return this;
            }
            byte[] b = wkb.write(g);
            int type = ((b[1] & 0xFF) << 24) | ((b[2] & 0xFF) << 16) | ((b[3] & 0xFF) << 8) | (b[4] & 0xFF);
            out.writeInt(b.length + 4);
            out.writeByte(b[0]); // big-endian, as written
            out.writeInt(type | EWKB_SRID);
            out.writeInt(srid);
            out.write(b, 5, b.length - 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A field of {@code b}'s bytes, preceded by {@code prefix} when it is not negative; null when {@code b} is. */
    private BinaryCopy bytes(byte[] b, int prefix) {
        try {
            if (b == null) {
                out.writeInt(-1);
                return this;
            }
            out.writeInt(b.length + (prefix >= 0 ? 1 : 0));
            if (prefix >= 0) {
                out.writeByte(prefix);
            }
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Ends the COPY (trailer, then end); returns the rows PostgreSQL stored. Errors in the data surface here at the latest. */
    private long finish() throws SQLException, IOException {
        out.writeShort(-1);
        out.flush();
        return copy.endCopy();
    }

    /** Abandons the COPY after a failure while writing, so that the connection can roll back. */
    private void cancel() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // The transaction is failing already; the cause that got us here is the one to report.
            }
        }
    }
}
