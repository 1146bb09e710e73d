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
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

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
    public record Style(String fill, double fillOpacity, String stroke, double strokeWidth, boolean dashed) {}

    /** One ring or line in figure units: x0, y0, x1, y1, … */
    public record Path(double[] xy, boolean closed) {}

    public record Shape(List<Path> paths, Style style, String title) {}

    public record Label(double x, double y, String text) {}

    public record LegendEntry(Style style, String text) {}

    public static final Style BOUNDARY = new Style("none", 0, "#6a3d9a", 1.6, true);
    public static final Style PLAN = new Style("none", 0, "#666666", 0.6, false);
    public static final Style REFERENCE = new Style("#7fbf7b", 0.3, "#4d9221", 0.6, false);

    private final Envelope extent;
    private final double scale;
    /** Douglas–Peucker tolerance in map units (0: draw every vertex). */
    private final double tolerance;

    private final Geometry clip;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final Map<String, LegendEntry> legend = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** A map showing {@code focus} with a margin, widened to the figure's aspect ratio, every vertex drawn. */
    public MapFigure(Envelope focus) {
        this(focus, 0);
    }

    /**
     * A map whose shapes are generalised to {@code tolerancePx} figure units (Douglas–Peucker): a
     * county's plan objects have tens of vertices each, far more than a 640-unit figure can show,
     * and drawing them all made a county report hundreds of megabytes.
     */
    public MapFigure(Envelope focus, double tolerancePx) {
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
        this.tolerance = tolerancePx / scale;
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
        if (tolerance > 0) {
            Geometry simple = DouglasPeuckerSimplifier.simplify(g, tolerance);
            // A shape smaller than the tolerance vanishes; it is kept as it is (it has few vertices).
            g = simple.isEmpty() ? g : simple;
        }
        Geometry clipped = g.getEnvelopeInternal().intersects(extent) && !extent.contains(g.getEnvelopeInternal())
                ? g.intersection(clip)
                : g;
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
        // Generalisation can leave a ring of no points (a hole smaller than the tolerance).
        paths.removeIf(p -> p.xy().length < 4);
        if (!paths.isEmpty()) {
            shapes.add(new Shape(paths, style, title));
            if (legendText != null) {
                legend.putIfAbsent(legendText, new LegendEntry(style, legendText));
            }
        }
        return this;
    }

    /**
     * Many findings at once as a grid of squares of {@code cellPx} units, each shaded by how many
     * findings' interior points fall in it (darker for more, on a log scale): where the findings a
     * county report does not list one by one lie, without drawing each.
     */
    public void density(List<Coordinate> points, String colour, int cellPx, String legendText) {
        int nx = (int) Math.ceil(WIDTH / cellPx);
        int ny = (int) Math.ceil(HEIGHT / cellPx);
        int[] counts = new int[nx * ny];
        int max = 0;
        for (Coordinate c : points) {
            int i = (int) Math.floor(x(c.x) / cellPx);
            int j = (int) Math.floor(y(c.y) / cellPx);
            if (i >= 0 && i < nx && j >= 0 && j < ny) {
                max = Math.max(max, ++counts[j * nx + i]);
            }
        }
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int n = counts[j * nx + i];
                if (n == 0) {
                    continue;
                }
                double opacity = 0.2 + 0.7 * Math.log1p(n) / Math.log1p(max);
                double x0 = i * cellPx;
                double y0 = j * cellPx;
                Style st = new Style(colour, Math.round(opacity * 100) / 100.0, colour, 0.3, false);
                shapes.add(new Shape(
                        List.of(new Path(
                                new double[] {x0, y0, x0 + cellPx, y0, x0 + cellPx, y0 + cellPx, x0, y0 + cellPx},
                                true)),
                        st,
                        n + " funn"));
                legend.putIfAbsent(legendText, new LegendEntry(new Style(colour, 0.5, colour, 0.3, false), legendText));
            }
        }
    }

    /** A number (or short text) at a point inside {@code g}, clamped into the figure. */
    public void label(Geometry g, String text) {
        if (g == null || g.isEmpty()) {
            return;
        }
        Coordinate c = g.getDimension() == 2
                ? InteriorPointArea.getInteriorPoint(g)
                : g.getCentroid().getCoordinate();
        if (c == null) {
            return;
        }
        labels.add(
                new Label(Math.max(8, Math.min(WIDTH - 8, x(c.x))), Math.max(10, Math.min(HEIGHT - 4, y(c.y))), text));
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

    /** The part of the world the map shows (canonical CRS). */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /** Whether {@code g} lies in the map and is at least {@code minPx} figure units wide or high there. */
    public boolean visible(Geometry g, double minPx) {
        Envelope e = g.getEnvelopeInternal();
        return e.intersects(extent) && Math.max(e.getWidth(), e.getHeight()) * scale >= minPx;
    }

    /** A line of text under the legend (what the map leaves out, and why). */
    public void note(String text) {
        notes.add(text);
    }

    public List<String> notes() {
        return List.copyOf(notes);
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
