package no.planvakt.report;

import java.util.Locale;
import no.planvakt.result.Status;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A small static map for the report (the planning forum reads it on paper): plan areas as
 * outlines, reference areas tinted, findings filled in their status colour. Coordinates are
 * the canonical projected CRS, so the map is true to scale.
 */
final class SvgMap {
    private static final int SIZE = 640;
    private final Envelope extent;
    private final double scale;
    private final StringBuilder body = new StringBuilder();
    private final Geometry clip;

    SvgMap(Envelope area) {
        Envelope e = new Envelope(area);
        e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.08 + 50);
        this.extent = e;
        this.scale = SIZE / Math.max(e.getWidth(), e.getHeight());
        this.clip = new GeometryFactory().toGeometry(e);
    }

    void add(Geometry g, String fill, String stroke, double fillOpacity, String title) {
        Geometry clipped = g.getEnvelopeInternal().intersects(extent) ? g.intersection(clip) : null;
        if (clipped == null || clipped.isEmpty()) {
            return;
        }
        StringBuilder areas = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        String t = HtmlReport.escape(title);
        String solid = "none".equals(fill) ? stroke : fill;
        for (int i = 0; i < clipped.getNumGeometries(); i++) {
            Geometry part = clipped.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(areas, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(areas, p.getInteriorRingN(h));
                }
            } else if (part instanceof LineString l) {
                // Lines (roads, corridor gaps) are drawn as strokes: filling an open path would shade a false area.
                ring(lines, l);
            } else if (part instanceof Point pt) {
                body.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\" stroke=\"%s\"><title>%s</title></circle>%n",
                        x(pt.getX()), y(pt.getY()), solid, stroke, t));
            }
        }
        if (areas.length() > 0) {
            body.append(String.format(Locale.ROOT,
                    "<path d=\"%s\" fill=\"%s\" fill-opacity=\"%.2f\" fill-rule=\"evenodd\" stroke=\"%s\" stroke-width=\"1\"><title>%s</title></path>%n",
                    areas, fill, fillOpacity, stroke, t));
        }
        if (lines.length() > 0) {
            body.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"><title>%s</title></path>%n",
                    lines, solid, fillOpacity >= 0.5 ? "3" : "1", t));
        }
    }

    private void ring(StringBuilder d, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x(cs[i].x), y(cs[i].y)));
        }
        if (ring.isClosed()) {
            d.append("Z ");
        }
    }

    private double x(double e) {
        return (e - extent.getMinX()) * scale;
    }

    private double y(double n) {
        return (extent.getMaxY() - n) * scale;
    }

    static String colour(Status s) {
        return switch (s) {
            case RED -> "#d7191c";
            case YELLOW -> "#fdae61";
            case GREEN -> "#1a9641";
            case INFO -> "#2c7bb6";
            case NOT_MAPPED -> "#999999";
            case NOT_RELEVANT -> "#dddddd";
        };
    }

    String render() {
        double km = niceBar(extent.getWidth() / 4);
        double px = km * scale;
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "style=\"background:#f7f7f2;border:1px solid #ccc\">%n%s"
                        + "<line x1=\"10\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" stroke-width=\"3\"/>"
                        + "<text x=\"10\" y=\"%d\" font-size=\"12\">%s</text></svg>",
                SIZE, SIZE, SIZE, SIZE, body, SIZE - 12, 10 + px, SIZE - 12, SIZE - 18,
                km >= 1000 ? String.format(Locale.ROOT, "%.0f km", km / 1000) : String.format(Locale.ROOT, "%.0f m", km));
    }

    private static double niceBar(double target) {
        double p = Math.pow(10, Math.floor(Math.log10(target)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= target) {
                return m * p;
            }
        }
        return p;
    }
}
