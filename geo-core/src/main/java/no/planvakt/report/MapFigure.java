package no.planvakt.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.result.Status;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A static map of the report, already projected to figure units (1 unit = 1 px in HTML, 1 pt in
 * the PDF; y grows downwards): styled shapes clipped to the extent, numbered labels, a legend and
 * a scale bar. The HTML report draws it as SVG and the PDF as vector paths, so both show the same
 * map. Coordinates are the canonical projected CRS, so the map is true to scale.
 */
public final class MapFigure {
    public static final double WIDTH = 640;
    public static final double HEIGHT = 400;

    /** How a shape is drawn; colours are #rrggbb, fill "none" for outlines only. */
    public record Style(String fill, double fillOpacity, String stroke, double strokeWidth, boolean dashed) {
    }

    /** One ring or line in figure units: x0, y0, x1, y1, … */
    public record Path(double[] xy, boolean closed) {
    }

    public record Shape(List<Path> paths, Style style, String title) {
    }

    public record Label(double x, double y, String text) {
    }

    public record LegendEntry(Style style, String text) {
    }

    public static final Style BOUNDARY = new Style("none", 0, "#6a3d9a", 1.6, true);
    public static final Style PLAN = new Style("none", 0, "#666666", 0.6, false);
    public static final Style REFERENCE = new Style("#7fbf7b", 0.3, "#4d9221", 0.6, false);

    private final Envelope extent;
    private final double scale;
    private final Geometry clip;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final Map<String, LegendEntry> legend = new LinkedHashMap<>();

    /** A map showing {@code focus} with a margin, widened to the figure's aspect ratio. */
    public MapFigure(Envelope focus) {
        Envelope e = new Envelope(focus);
        e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.25 + 150);
        double aspect = WIDTH / HEIGHT;
        if (e.getWidth() / e.getHeight() < aspect) {
            e.expandBy((e.getHeight() * aspect - e.getWidth()) / 2, 0);
        } else {
            e.expandBy(0, (e.getWidth() / aspect - e.getHeight()) / 2);
        }
        this.extent = e;
        this.scale = WIDTH / e.getWidth();
        this.clip = new GeometryFactory().toGeometry(e);
    }

    public static Style status(Status s) {
        return new Style(colour(s), 0.75, colour(s), 1.2, false);
    }

    /** A business area's ABC location class (1 A, 2 B, 3 C, else none) in the colours of the WMS layer findings_transport. */
    public static Style abcClass(int figure) {
        String c = switch (figure) {
            case 1 -> "#1a9641";
            case 2 -> "#a6d96a";
            case 3 -> "#fdae61";
            default -> "#d7191c";
        };
        return new Style(c, 0.75, c, 1.2, false);
    }

    /** The legend text of {@link #abcClass(int)}. */
    public static String abcLegend(int figure) {
        return switch (figure) {
            case 1 -> "ABC-klasse A – ved sentrum/knutepunkt";
            case 2 -> "ABC-klasse B – god kollektivdekning";
            case 3 -> "ABC-klasse C – nær hovedvegnettet";
            default -> "Ingen ABC-klasse";
        };
    }

    /** The traffic-light colours, the same in the page, the WMS styles and the reports. */
    public static String colour(Status s) {
        return switch (s) {
            case RED -> "#d7191c";
            case YELLOW -> "#fdae61";
            case GREEN -> "#1a9641";
            case INFO -> "#2c7bb6";
            case NOT_MAPPED -> "#999999";
            case NOT_RELEVANT -> "#dddddd";
        };
    }

    public MapFigure add(Geometry g, Style style, String title, String legendText) {
        if (g == null || g.isEmpty() || !g.getEnvelopeInternal().intersects(extent)) {
            return this;
        }
        Geometry clipped = g.getEnvelopeInternal().intersects(extent) && !extent.contains(g.getEnvelopeInternal()) ? g.intersection(clip) : g;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < clipped.getNumGeometries(); i++) {
            Geometry part = clipped.getGeometryN(i);
            if (part instanceof Polygon p) {
                paths.add(path(p.getExteriorRing(), true));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    paths.add(path(p.getInteriorRingN(h), true));
                }
            } else if (part instanceof LineString l) {
                paths.add(path(l, l.isClosed()));
            } else if (part instanceof Point pt) {
                paths.add(marker(x(pt.getX()), y(pt.getY())));
            } else if (part.getNumGeometries() > 1 || !part.isEmpty()) {
                add(part, style, title, null);
            }
        }
        if (!paths.isEmpty()) {
            shapes.add(new Shape(paths, style, title));
            if (legendText != null) {
                legend.putIfAbsent(legendText, new LegendEntry(style, legendText));
            }
        }
        return this;
    }

    /** A number (or short text) at a point inside {@code g}, clamped into the figure. */
    public void label(Geometry g, String text) {
        if (g == null || g.isEmpty()) {
            return;
        }
        Coordinate c = g.getDimension() == 2 ? InteriorPointArea.getInteriorPoint(g) : g.getCentroid().getCoordinate();
        if (c == null) {
            return;
        }
        labels.add(new Label(Math.max(8, Math.min(WIDTH - 8, x(c.x))), Math.max(10, Math.min(HEIGHT - 4, y(c.y))), text));
    }

    private Path path(LineString line, boolean closed) {
        Coordinate[] cs = line.getCoordinates();
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = x(cs[i].x);
            xy[2 * i + 1] = y(cs[i].y);
        }
        return new Path(xy, closed);
    }

    private static Path marker(double cx, double cy) {
        double[] xy = new double[16];
        for (int i = 0; i < 8; i++) {
            xy[2 * i] = cx + 4 * Math.cos(i * Math.PI / 4);
            xy[2 * i + 1] = cy + 4 * Math.sin(i * Math.PI / 4);
        }
        return new Path(xy, true);
    }

    double x(double easting) {
        return (easting - extent.getMinX()) * scale;
    }

    double y(double northing) {
        return (extent.getMaxY() - northing) * scale;
    }

    public List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    public List<Label> labels() {
        return List.copyOf(labels);
    }

    public List<LegendEntry> legend() {
        return List.copyOf(legend.values());
    }

    /** Length of the scale bar in metres: a round number about a quarter of the map's width. */
    public double scaleBarMetres() {
        double target = extent.getWidth() / 4;
        double p = Math.pow(10, Math.floor(Math.log10(target)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= target) {
                return m * p;
            }
        }
        return p;
    }

    public double scaleBarLength() {
        return scaleBarMetres() * scale;
    }

    public String scaleBarText() {
        double m = scaleBarMetres();
        return m >= 1000 ? String.format(Locale.ROOT, "%.0f km", m / 1000) : String.format(Locale.ROOT, "%.0f m", m);
    }

    /** Map scale at the figure's size in the PDF (1 unit = 1 pt = 1/72 inch), e.g. 25000 for 1:25 000. */
    public long scaleDenominator() {
        return Math.round(1 / scale / 0.0254 * 72);
    }
}
