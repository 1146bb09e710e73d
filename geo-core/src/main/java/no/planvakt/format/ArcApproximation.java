package no.planvakt.format;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;

/**
 * Circular arcs (SOSI {@code .BUEP}/{@code .BUE}/{@code .SIRKELP}, GML {@code Arc}/{@code ArcString}/
 * {@code Circle}) as polylines. The vertices lie on the circle and are spaced so that no chord is
 * further than the tolerance from the true arc: the chord deviation of a step angle θ on radius r
 * is r·(1 − cos(θ/2)), so θ = 2·acos(1 − tol/r). The tolerance is 5 cm in a metric CRS (below the
 * accuracy of any plan map) but never more than {@link #RELATIVE_TOLERANCE} of the radius: a polygon
 * loses about 1.3 × tol/r of a circle's area, so small circles (a 4 m bestemmelsesområde) would
 * otherwise lose half a percent; with the relative cap a full circle keeps its area within 0.01 %.
 * A polygon edge that is an arc loses at most ⅔ × arc length × tolerance (13 m² along a 500 m arc
 * of radius 800 m, 0.005 % of the 25 ha area it bounds).
 */
public final class ArcApproximation {
    /** Maximum distance between the arc and its chords, in metres. */
    public static final double DEFAULT_TOLERANCE_M = 0.05;
    /** Largest chord deviation as a fraction of the radius. */
    public static final double RELATIVE_TOLERANCE = 5e-5;

    private static final int MAX_SEGMENTS_PER_CIRCLE = 4096;

    private ArcApproximation() {}

    /** Tolerance in CRS units: metres, or degrees of latitude for a geographic CRS. */
    public static double toleranceFor(boolean geographic) {
        return geographic ? DEFAULT_TOLERANCE_M / 111_000.0 : DEFAULT_TOLERANCE_M;
    }

    /**
     * Appends the arc from {@code p1} through {@code p2} to {@code p3} (p1 included only when the list
     * is empty or does not end there). Collinear points are a straight line.
     */
    public static void appendArc3(CoordinateList out, Coordinate p1, Coordinate p2, Coordinate p3, double tolerance) {
        Coordinate c = centre(p1, p2, p3);
        if (c == null) {
            out.add(p1, false);
            out.add(p2, false);
            out.add(p3, false);
            return;
        }
        double a1 = angle(c, p1);
        double a2 = angle(c, p2);
        double a3 = angle(c, p3);
        // Counter-clockwise sweeps from p1 to p2 and to p3; p2 lies between them on the arc that is drawn.
        double s2 = normalise(a2 - a1);
        double s3 = normalise(a3 - a1);
        double sweep = s2 <= s3 ? s3 : s3 - 2 * Math.PI;
        appendSweep(out, c, c.distance(p1), a1, sweep, p1, p3, tolerance);
    }

    /** Appends the full circle through three points, starting and ending at {@code p1}. */
    public static void appendCircle3(
            CoordinateList out, Coordinate p1, Coordinate p2, Coordinate p3, double tolerance) {
        Coordinate c = centre(p1, p2, p3);
        if (c == null) {
            throw new IllegalArgumentException("the three circle points are on a straight line");
        }
        appendSweep(out, c, c.distance(p1), angle(c, p1), 2 * Math.PI, p1, p1, tolerance);
    }

    /** Appends the full circle around {@code centre}, counter-clockwise from east. */
    public static void appendCircle(CoordinateList out, Coordinate centre, double radius, double tolerance) {
        Coordinate start = new Coordinate(centre.x + radius, centre.y);
        appendSweep(out, centre, radius, 0, 2 * Math.PI, start, start, tolerance);
    }

    /**
     * Appends the arc from {@code p1} to {@code p2} with the given radius: clockwise when
     * {@code clockwise}, the longer of the two possible arcs when {@code large}.
     * Throws when the points are more than a diameter apart.
     */
    public static void appendArcRadius(
            CoordinateList out,
            Coordinate p1,
            Coordinate p2,
            double radius,
            boolean clockwise,
            boolean large,
            double tolerance) {
        double r = Math.abs(radius);
        double dx = p2.x - p1.x;
        double dy = p2.y - p1.y;
        double d = Math.hypot(dx, dy);
        if (d == 0 || d > 2 * r * (1 + 1e-9)) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT, "arc radius %.3f is too small for end points %.3f apart", r, d));
        }
        double h = Math.sqrt(Math.max(0, r * r - d * d / 4));
        double mx = (p1.x + p2.x) / 2;
        double my = (p1.y + p2.y) / 2;
        Coordinate[] centres = {
            new Coordinate(mx - dy / d * h, my + dx / d * h), new Coordinate(mx + dy / d * h, my - dx / d * h)
        };
        for (Coordinate c : centres) {
            double ccw = normalise(angle(c, p2) - angle(c, p1));
            double sweep = clockwise ? ccw - 2 * Math.PI : ccw;
            if (Math.abs(sweep) > Math.PI == large || h == 0) {
                appendSweep(out, c, r, angle(c, p1), sweep, p1, p2, tolerance);
                return;
            }
        }
        throw new IllegalStateException("no arc centre found");
    }

    private static void appendSweep(
            CoordinateList out,
            Coordinate c,
            double r,
            double start,
            double sweep,
            Coordinate first,
            Coordinate last,
            double tolerance) {
        double tol = Math.min(tolerance, r * RELATIVE_TOLERANCE);
        double step = 2 * Math.acos(1 - tol / r);
        step = Math.max(step, 2 * Math.PI / MAX_SEGMENTS_PER_CIRCLE);
        int n = Math.max(2, (int) Math.ceil(Math.abs(sweep) / step));
        out.add(first, false);
        for (int i = 1; i < n; i++) {
            double a = start + sweep * i / n;
            out.add(new Coordinate(c.x + r * Math.cos(a), c.y + r * Math.sin(a)), false);
        }
        // The end point is the given one, not a recomputed one, so arcs join their neighbours exactly.
        out.add(last, false);
    }

    /** Centre of the circle through three points, or null when they are collinear. */
    static Coordinate centre(Coordinate a, Coordinate b, Coordinate c) {
        // Work relative to a: the coordinates are large (UTM northings) and the determinant small.
        double bx = b.x - a.x;
        double by = b.y - a.y;
        double cx = c.x - a.x;
        double cy = c.y - a.y;
        double d = 2 * (bx * cy - by * cx);
        double scale = Math.max(Math.hypot(bx, by), Math.hypot(cx, cy));
        if (Math.abs(d) <= 1e-12 * scale * scale) {
            return null;
        }
        double b2 = bx * bx + by * by;
        double c2 = cx * cx + cy * cy;
        return new Coordinate(a.x + (cy * b2 - by * c2) / d, a.y + (bx * c2 - cx * b2) / d);
    }

    private static double angle(Coordinate c, Coordinate p) {
        return Math.atan2(p.y - c.y, p.x - c.x);
    }

    private static double normalise(double a) {
        double r = a % (2 * Math.PI);
        return r < 0 ? r + 2 * Math.PI : r;
    }
}
