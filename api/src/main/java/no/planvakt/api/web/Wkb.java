package no.planvakt.api.web;

import no.planvakt.geom.PackedXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Geometries cross the JDBC boundary as binary WKB: the cheapest exact path in both directions. */
public final class Wkb {
    private Wkb() {}

    public static byte[] write(Geometry g) {
        return new WKBWriter(2).write(g);
    }

    public static Geometry read(byte[] bytes, int srid) {
        if (bytes == null) {
            return null;
        }
        try {
            // Packed 2-D sequences: a county loaded for a run holds some 20 million vertices.
            Geometry g = new WKBReader(PackedXY.geometries(srid)).read(bytes);
            g.setSRID(srid);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable WKB from PostGIS", e);
        }
    }
}
