package no.planvakt.bench.county;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Irregular shapes for the generated reference layers, rounded to the millimetre. */
final class Shapes {
    private Shapes() {}

    /** A star-shaped blob of radius 0.6–1 × r with n vertices. */
    static Polygon blob(Random random, GeometryFactory gf, double cx, double cy, double r, int n) {
        Coordinate[] pts = new Coordinate[n + 1];
        double phase = random.nextDouble() * Math.PI;
        double wobble = 0.15 + random.nextDouble() * 0.2;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double radius = r * (1 - wobble + wobble * Math.sin(3 * a + phase) + 0.05 * random.nextDouble());
            pts[i] = new Coordinate(mm(cx + radius * Math.cos(a)), mm(cy + radius * Math.sin(a)));
        }
        pts[n] = pts[0].copy();
        return gf.createPolygon(pts);
    }

    /** A corridor: a wandering line of the given length, widened to {@code width}. */
    static Geometry corridor(Random random, GeometryFactory gf, double cx, double cy, double length, double width) {
        int n = 6;
        Coordinate[] pts = new Coordinate[n];
        double heading = random.nextDouble() * 2 * Math.PI;
        double x = cx;
        double y = cy;
        for (int i = 0; i < n; i++) {
            pts[i] = new Coordinate(x, y);
            heading += (random.nextDouble() - 0.5) * 0.8;
            x += Math.cos(heading) * length / (n - 1);
            y += Math.sin(heading) * length / (n - 1);
        }
        return gf.createLineString(pts).buffer(width / 2, 4);
    }

    static double mm(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
