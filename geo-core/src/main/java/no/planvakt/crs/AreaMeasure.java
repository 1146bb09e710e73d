package no.planvakt.crs;

import org.geotools.api.referencing.operation.MathTransform;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Measures areas as the planner's own GIS does: in the plan's own projected CRS, although the
 * geometry is stored in the canonical CRS. A UTM 32 plan stored in UTM 33 is stretched by the
 * ratio of the two zones' scale factors (about 0.3 % in Hallingdal), so the planar area in the
 * canonical CRS is multiplied by the local areal scale ratio at the geometry's centroid. Over a
 * plan area of a few km the ratio varies by less than 1e-5, far inside the 0.1 % promise.
 */
public final class AreaMeasure {
    private static final double HALF_STEP = 50.0;

    private final int storedSrid;
    private final int reportSrid;
    private final MathTransform toReport;

    private AreaMeasure(int storedSrid, int reportSrid) {
        this.storedSrid = storedSrid;
        this.reportSrid = reportSrid;
        this.toReport = storedSrid == reportSrid ? null : Crs.transform(storedSrid, reportSrid);
    }

    /**
     * @param storedSrid the CRS the geometries are in
     * @param planSrid   the CRS the plan came in; areas are reported in it when it is projected
     */
    public static AreaMeasure of(int storedSrid, int planSrid) {
        return new AreaMeasure(storedSrid, Crs.isProjected(planSrid) ? planSrid : storedSrid);
    }

    public int reportSrid() {
        return reportSrid;
    }

    public int storedSrid() {
        return storedSrid;
    }

    /** Area in m² as measured in the report CRS. */
    public double area(Geometry g) {
        double planar = g.getArea();
        if (toReport == null || planar == 0) {
            return planar;
        }
        return planar * scaleAt(g.getCentroid());
    }

    /**
     * A planar area in the stored CRS (e.g. from an area-only overlay) in m² of the report CRS,
     * with the scale ratio taken at {@code near}'s centroid.
     */
    public double area(double planarArea, Geometry near) {
        if (toReport == null || planarArea == 0) {
            return planarArea;
        }
        return planarArea * scaleAt(near.getCentroid());
    }

    /** Areal scale ratio (report CRS area / stored CRS area) at a point. */
    public double scaleAt(Point p) {
        if (toReport == null) {
            return 1.0;
        }
        double x = p.getX();
        double y = p.getY();
        double[] src = {
            x - HALF_STEP,
            y - HALF_STEP,
            x + HALF_STEP,
            y - HALF_STEP,
            x + HALF_STEP,
            y + HALF_STEP,
            x - HALF_STEP,
            y + HALF_STEP
        };
        double[] dst = new double[8];
        try {
            toReport.transform(src, 0, dst, 0, 4);
        } catch (Exception e) {
            throw new IllegalStateException("cannot transform to EPSG:" + reportSrid, e);
        }
        return shoelace(dst) / shoelace(src);
    }

    /**
     * Linear scale (report CRS length / stored CRS length) near a geometry: distances and buffer
     * widths are given and reported in the plan's own CRS, as areas are.
     */
    public double linearScaleAt(Geometry near) {
        return toReport == null || near.isEmpty() ? 1.0 : Math.sqrt(scaleAt(near.getCentroid()));
    }

    /** A distance measured in the stored CRS, expressed in metres of the report CRS. */
    public double length(double storedLength, Geometry near) {
        return storedLength * linearScaleAt(near);
    }

    /** Metres of the report CRS (a buffer width, a distance limit) expressed in stored-CRS units. */
    public double toStored(double reportMetres, Geometry near) {
        return reportMetres / linearScaleAt(near);
    }

    private static double shoelace(double[] xy) {
        double sum = 0;
        for (int i = 0; i < xy.length; i += 2) {
            int j = (i + 2) % xy.length;
            sum += xy[i] * xy[j + 1] - xy[j] * xy[i + 1];
        }
        return Math.abs(sum) / 2;
    }
}
