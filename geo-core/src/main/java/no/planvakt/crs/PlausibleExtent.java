package no.planvakt.crs;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planvakt.InputException;
import org.geotools.api.metadata.extent.GeographicBoundingBox;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Where the coordinates of a Norwegian plan or reference layer can lie, per CRS. Every geometry is
 * checked here before it is repaired, densified or transformed: one vertex at y = 6 710 000 000 (a
 * ×1000 typo) or 1e300 would otherwise make the densify step of the transform build billions of
 * vertices and take the service down.
 *
 * <p>Two tests. The CRS's own area of use (GeoTools' domain of validity) must reach Norway, so a file
 * in a CRS for another country is refused as a whole. Every vertex must be finite and inside Norway's
 * extent (with Svalbard and Jan Mayen, {@link #NORWAY}) expressed in the file's CRS. That extent is
 * wider than a UTM zone's area of use on purpose: EUREF89 UTM 33 is the national storage convention
 * and holds Bergen at 5°E, far west of the zone's 12–18°E.
 */
public final class PlausibleExtent {
    /** Norway including Svalbard and Jan Mayen, with about half a degree to spare, as longitude/latitude. */
    public static final Envelope NORWAY = new Envelope(-10, 35, 57, 82);

    private static final double GRID_STEP_DEG = 0.5;
    private static final Map<Integer, Envelope> EXTENTS = new ConcurrentHashMap<>();

    private final int srid;
    private final Envelope extent;

    private PlausibleExtent(int srid, Envelope extent) {
        this.srid = srid;
        this.extent = extent;
    }

    /**
     * The check for one file's CRS; refuses, naming {@code source}, a CRS whose area of use lies
     * outside Norway or that GeoTools does not know.
     */
    public static PlausibleExtent of(String source, int srid) {
        Crs.requireKnown(source, srid);
        Envelope e = EXTENTS.computeIfAbsent(srid, PlausibleExtent::compute);
        if (e.isNull()) {
            GeographicBoundingBox area = CRS.getGeographicBoundingBox(Crs.of(srid));
            throw new InputException(source + ": EPSG:" + srid + " er et koordinatsystem for "
                    + (area == null
                            ? "en annen del av verden"
                            : String.format(
                                    Locale.ROOT,
                                    "lengdegrad %.1f til %.1f, breddegrad %.1f til %.1f",
                                    area.getWestBoundLongitude(),
                                    area.getEastBoundLongitude(),
                                    area.getSouthBoundLatitude(),
                                    area.getNorthBoundLatitude()))
                    + ", som ikke når Norge; lagre dataene i f.eks. EPSG:25832 eller EPSG:25833");
        }
        return new PlausibleExtent(srid, e);
    }

    /** Norway's extent in this CRS's units (x = easting or longitude). */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /**
     * Throws {@link InputException} naming {@code where} and the first vertex that is not finite or
     * lies outside Norway in this CRS. Reads the vertices in place: nothing is copied.
     */
    public void check(String where, Geometry g) {
        if (g == null) {
            return;
        }
        Coordinate[] bad = new Coordinate[1];
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                double y = seq.getY(i);
                if (!Double.isFinite(x) || !Double.isFinite(y) || !extent.contains(x, y)) {
                    bad[0] = new Coordinate(x, y);
                }
            }

            @Override
            public boolean isDone() {
                return bad[0] != null;
            }

            @Override
            public boolean isGeometryChanged() {
                return false;
            }
        });
        if (bad[0] != null) {
            throw new InputException(where + ": koordinaten (" + number(bad[0].x) + ", " + number(bad[0].y)
                    + ") ligger utenfor"
                    + " Norge i EPSG:" + srid + " (x " + number(extent.getMinX()) + " til " + number(extent.getMaxX())
                    + ", y " + number(extent.getMinY()) + " til " + number(extent.getMaxY())
                    + "). Et siffer for mye, feil ...ENHET eller feil koordinatsystem?");
        }
    }

    private static String number(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) {
            return String.valueOf(v);
        }
        return Math.abs(v) >= 1000
                ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Norway's grid of longitude/latitude points transformed to {@code srid}: the null envelope when none lands. */
    private static Envelope compute(int srid) {
        CoordinateReferenceSystem crs = Crs.of(srid);
        GeographicBoundingBox area = CRS.getGeographicBoundingBox(crs);
        if (area != null
                && (area.getEastBoundLongitude() < NORWAY.getMinX()
                        || area.getWestBoundLongitude() > NORWAY.getMaxX()
                        || area.getNorthBoundLatitude() < NORWAY.getMinY()
                        || area.getSouthBoundLatitude() > NORWAY.getMaxY())) {
            return new Envelope();
        }
        if (crs instanceof GeographicCRS) {
            return new Envelope(NORWAY);
        }
        MathTransform toCrs = Crs.transform(4326, srid);
        Envelope e = new Envelope();
        double[] p = new double[2];
        // A grid, not only the border: a projection's extremes need not lie on the border of the box.
        for (double lon = NORWAY.getMinX(); lon <= NORWAY.getMaxX(); lon += GRID_STEP_DEG) {
            for (double lat = NORWAY.getMinY(); lat <= NORWAY.getMaxY(); lat += GRID_STEP_DEG) {
                p[0] = lon;
                p[1] = lat;
                try {
                    toCrs.transform(p, 0, p, 0, 1);
                } catch (Exception outsideProjection) {
                    continue;
                }
                if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                    e.expandToInclude(p[0], p[1]);
                }
            }
        }
        return e;
    }
}
