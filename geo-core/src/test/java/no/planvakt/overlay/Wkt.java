package no.planvakt.overlay;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Geometries for the overlay tests, written as WKT. */
final class Wkt {
    static final GeometryFactory GF = new GeometryFactory();
    private static final WKTReader READER = new WKTReader(GF);

    private Wkt() {}

    static Geometry g(String wkt) {
        try {
            return READER.read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
