package no.planvakt.plan;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.planvakt.InputException;
import no.planvakt.crs.Crs;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Where a municipality's plan objects can lie: the bounding box of the municipality's 2024 boundary,
 * {@value #MARGIN_M} m wider on every side, in the file's own CRS. {@code PlausibleExtent} stops
 * coordinates outside Norway; this stops the typo that stays inside it (a northing 6 912 000 for
 * 6 712 000 moves an object 200 km and still lies in Norway) before the object is repaired or
 * transformed.
 *
 * <p>Why a box and 5 km: plan objects may reach a little over the boundary (boundaries are simplified
 * and plans are drawn on older ones, and a plan area may follow a lake or river on the far side),
 * while a wrong digit moves a vertex by 10 km or more in all but the last four digits. A box is
 * checked in place, vertex by vertex, without building anything.
 *
 * <p>Known only for the municipalities whose boundaries are shipped (Buskerud's 18); a plan of
 * another municipality, or one that does not say which it is, is not checked here.
 */
public final class MunicipalityExtent {
    /** How far outside the municipality's bounding box a plan object may reach, in metres. */
    public static final double MARGIN_M = 5_000;

    private static final double METRES_PER_DEGREE = 111_320;
    private static final Map<String, Optional<MunicipalityExtent>> CACHE = new ConcurrentHashMap<>();

    private final String number;
    private final String name;
    private final int srid;
    private final Envelope box;
    private final boolean degrees;

    private MunicipalityExtent(String number, String name, int srid, Envelope box, boolean degrees) {
        this.number = number;
        this.name = name;
        this.srid = srid;
        this.box = box;
        this.degrees = degrees;
    }

    /** The extent of municipality {@code number} in {@code srid}; empty when its boundary is not shipped. */
    public static Optional<MunicipalityExtent> of(String number, int srid) {
        if (number == null) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(
                number + "@" + srid,
                k -> MunicipalityBoundaries.find(number, srid).map(m -> {
                    Envelope e = new Envelope(m.area().getEnvelopeInternal());
                    boolean degrees = !Crs.isProjected(srid);
                    if (degrees) {
                        // 5 km as degrees: latitude directly, longitude at the box's northern edge (where a degree is
                        // shortest).
                        double dLat = MARGIN_M / METRES_PER_DEGREE;
                        double dLon = MARGIN_M
                                / (METRES_PER_DEGREE * Math.cos(Math.toRadians(Math.min(89, e.getMaxY() + dLat))));
                        e.expandBy(dLon, dLat);
                    } else {
                        e.expandBy(MARGIN_M);
                    }
                    return new MunicipalityExtent(number, m.name(), srid, e, degrees);
                }));
    }

    /** Whether every vertex of {@code g} lies within the box (what {@link #check} accepts). */
    public boolean covers(Geometry g) {
        return box.contains(g.getEnvelopeInternal());
    }

    /**
     * Throws {@link InputException} naming {@code where}, the municipality and the vertex of {@code g}
     * farthest outside the box when any vertex lies outside it.
     */
    public void check(String where, Geometry g) {
        if (g == null || box.contains(g.getEnvelopeInternal())) {
            return;
        }
        Coordinate[] worst = new Coordinate[1];
        double[] worstMetres = {0};
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                double y = seq.getY(i);
                double dx = Math.max(box.getMinX() - x, x - box.getMaxX());
                double dy = Math.max(box.getMinY() - y, y - box.getMaxY());
                if (degrees) {
                    dx *= METRES_PER_DEGREE * Math.cos(Math.toRadians(Math.max(-89, Math.min(89, y))));
                    dy *= METRES_PER_DEGREE;
                }
                double d = Math.max(dx, dy);
                if (d > worstMetres[0]) {
                    worstMetres[0] = d;
                    worst[0] = new Coordinate(x, y);
                }
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return false;
            }
        });
        if (worst[0] == null) {
            return;
        }
        throw new InputException(String.format(
                Locale.ROOT,
                "%s: koordinaten (%s, %s) i EPSG:%d ligger om lag %.0f km utenfor"
                        + " rektangelet rundt kommune %s %s, som planen gjelder (grensen er %.0f km). Et siffer for mye, for lite"
                        + " eller feil i en koordinat?",
                where,
                number(worst[0].x),
                number(worst[0].y),
                srid,
                (worstMetres[0] + MARGIN_M) / 1000,
                number,
                name,
                MARGIN_M / 1000));
    }

    private String number(double v) {
        return degrees ? String.format(Locale.ROOT, "%.6f", v) : String.format(Locale.ROOT, "%.0f", v);
    }
}
