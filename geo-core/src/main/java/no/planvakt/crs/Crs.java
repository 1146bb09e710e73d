package no.planvakt.crs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planvakt.InputException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.operation.projection.MapProjection;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;

/**
 * CRS lookups and transforms through GeoTools' EPSG database, always easting/longitude first
 * (the order GeoJSON, GeoPackage WKB, SOSI after swapping, and PostGIS use).
 */
public final class Crs {
    /** EUREF89 UTM 33, the national convention for storing data (the deployment may choose another). */
    public static final int DEFAULT_CANONICAL_SRID = 25833;

    private static final Map<Integer, CoordinateReferenceSystem> CRSS = new ConcurrentHashMap<>();
    private static final Map<Long, MathTransform> TRANSFORMS = new ConcurrentHashMap<>();

    static {
        // GeoTools checks each projected point by projecting it back, but only when assertions are on
        // (-ea, as under test). Far from a UTM zone's central meridian (Vardø in UTM 33, the national
        // storage convention) the check throws where production would not; switching it off makes tests
        // and production transform alike.
        MapProjection.SKIP_SANITY_CHECKS = true;
    }

    private Crs() {}

    public static CoordinateReferenceSystem of(int srid) {
        return CRSS.computeIfAbsent(srid, code -> {
            try {
                return CRS.decode("EPSG:" + code, true);
            } catch (Exception e) {
                throw new InputException("unknown coordinate reference system EPSG:" + code);
            }
        });
    }

    /** Checks that GeoTools knows the code; throws {@link InputException} naming {@code source} otherwise. */
    public static void requireKnown(String source, int srid) {
        try {
            of(srid);
        } catch (InputException e) {
            throw new InputException(source + ": unknown coordinate reference system EPSG:" + srid);
        }
    }

    public static boolean isProjected(int srid) {
        return of(srid) instanceof ProjectedCRS;
    }

    public static MathTransform transform(int fromSrid, int toSrid) {
        long key = ((long) fromSrid << 32) | (toSrid & 0xffffffffL);
        return TRANSFORMS.computeIfAbsent(key, k -> {
            try {
                return CRS.findMathTransform(of(fromSrid), of(toSrid), true);
            } catch (Exception e) {
                throw new InputException(
                        "no transformation from EPSG:" + fromSrid + " to EPSG:" + toSrid + ": " + e.getMessage());
            }
        });
    }

    /**
     * Longest segment kept straight through a transform between projected CRSs. A straight edge in
     * UTM 32 is slightly curved in UTM 33 (metres over tens of km); densifying first keeps the
     * plan's own shape, so thin overlaps along long edges measure the same as in the plan's CRS.
     */
    static final double MAX_SEGMENT_M = 100;

    /**
     * Most vertices densification may add to one geometry. Beyond it the segments get longer than
     * {@link #MAX_SEGMENT_M}: a geometry 20 000 km long keeps 100 m segments, and no input, however
     * long its edges, can make the transform build more than this many vertices.
     */
    static final int MAX_DENSIFIED_VERTICES = 200_000;

    /** The densify step for {@code g}: {@link #MAX_SEGMENT_M}, or longer when that would exceed {@link #MAX_DENSIFIED_VERTICES}. */
    static double segmentLength(Geometry g) {
        double length = g.getLength();
        if (!Double.isFinite(length)) {
            throw new InputException("en geometri med koordinater som ikke er endelige tall kan ikke transformeres");
        }
        return Math.max(MAX_SEGMENT_M, length / MAX_DENSIFIED_VERTICES);
    }

    /** The geometry in {@code toSrid}; the same instance when no transformation is needed. */
    public static Geometry transform(Geometry g, int fromSrid, int toSrid) {
        if (fromSrid == toSrid) {
            return g;
        }
        try {
            Geometry source =
                    isProjected(fromSrid) && g.getDimension() > 0 ? Densifier.densify(g, segmentLength(g)) : g;
            Geometry out = JTS.transform(source, transform(fromSrid, toSrid));
            out.setSRID(toSrid);
            return out;
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException(
                    "cannot transform from EPSG:" + fromSrid + " to EPSG:" + toSrid + ": " + e.getMessage(), e);
        }
    }
}
