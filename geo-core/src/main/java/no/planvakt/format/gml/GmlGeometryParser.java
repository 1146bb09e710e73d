package no.planvakt.format.gml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.planvakt.InputException;
import no.planvakt.format.ArcApproximation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GML 3.2 geometries as Plan GML 5.0 uses them, read straight from the StAX stream into JTS (2D;
 * a third ordinate is dropped). Curves may mix LineStringSegment, Arc, ArcString and Circle; arcs
 * become polylines within {@link ArcApproximation#DEFAULT_TOLERANCE_M}. TINs (RpRegulertTerreng)
 * become MultiPolygons of their triangles. Rings that do not close are closed with a warning when
 * the gap is at most {@link #CLOSE_GAP_M}, as the SOSI reader does; anything else malformed is an
 * {@link InputException} naming the feature and the line.
 */
final class GmlGeometryParser {
    static final String GML = "http://www.opengis.net/gml/3.2";
    static final double CLOSE_GAP_M = 0.5;

    private final GeometryFactory factory;
    private final SrsTracker srs;
    private final List<String> warnings;
    private final double tolerance = ArcApproximation.toleranceFor(false);
    private int dims = 2;
    private String where;

    GmlGeometryParser(GeometryFactory factory, SrsTracker srs, List<String> warnings) {
        this.factory = factory;
        this.srs = srs;
        this.warnings = warnings;
    }

    /** Parses the geometry element the reader is on, leaving the reader on its end tag. */
    Geometry parse(XMLStreamReader r, String where) throws XMLStreamException {
        this.where = where;
        this.dims = 2;
        return geometry(r);
    }

    private Geometry geometry(XMLStreamReader r) throws XMLStreamException {
        srs.seen(r.getAttributeValue(null, "srsName"), where);
        dimensionAttribute(r);
        String name = r.getLocalName();
        return switch (name) {
            case "Point" -> point(r);
            case "LineString", "Curve", "CompositeCurve", "OrientedCurve", "LinearRing", "Ring" ->
                factory.createLineString(curve(r));
            case "Polygon", "PolygonPatch", "Triangle" -> polygon(r);
            case "Surface", "PolyhedralSurface", "TriangulatedSurface", "Tin", "MultiSurface", "CompositeSurface" ->
                polygons(collectPolygons(r));
            case "MultiCurve" -> multiCurve(r);
            case "MultiPoint" -> multiPoint(r);
            default -> throw error(r, "unsupported geometry gml:" + name);
        };
    }

    private void dimensionAttribute(XMLStreamReader r) {
        String d = r.getAttributeValue(null, "srsDimension");
        if (d != null) {
            try {
                dims = Integer.parseInt(d.trim());
            } catch (NumberFormatException e) {
                throw error(r, "srsDimension \"" + d + "\" is not a number");
            }
            if (dims < 2 || dims > 4) {
                throw error(r, "srsDimension " + dims + " (expected 2 or 3)");
            }
        }
    }

    private Point point(XMLStreamReader r) throws XMLStreamException {
        Coordinate[] c = null;
        while (nextChild(r)) {
            c = positions(r);
        }
        if (c == null || c.length != 1) {
            throw error(r, "gml:Point needs one gml:pos");
        }
        return factory.createPoint(c[0]);
    }

    /** Any curve-like element as one coordinate sequence. */
    private Coordinate[] curve(XMLStreamReader r) throws XMLStreamException {
        srs.seen(r.getAttributeValue(null, "srsName"), where);
        dimensionAttribute(r);
        String name = r.getLocalName();
        CoordinateList out = new CoordinateList();
        switch (name) {
            case "LineString", "LinearRing", "LineStringSegment" -> {
                while (nextChild(r)) {
                    out.add(positions(r), false);
                }
            }
            case "Curve" -> {
                while (nextChild(r)) {
                    if (r.getLocalName().equals("segments")) {
                        while (nextChild(r)) {
                            out.add(segment(r), false);
                        }
                    } else {
                        skip(r);
                    }
                }
            }
            case "CompositeCurve", "Ring" -> {
                while (nextChild(r)) {
                    if (r.getLocalName().equals("curveMember")) {
                        out.add(member(r), false);
                    } else {
                        skip(r);
                    }
                }
            }
            case "OrientedCurve" -> {
                boolean reversed = "-".equals(r.getAttributeValue(null, "orientation"));
                Coordinate[] base = null;
                while (nextChild(r)) {
                    base = r.getLocalName().equals("baseCurve") ? member(r) : skipAndNull(r);
                }
                if (base == null) {
                    throw error(r, "gml:OrientedCurve without gml:baseCurve");
                }
                out.add(reversed ? reverse(base) : base, false);
            }
            default -> throw error(r, "unsupported curve gml:" + name);
        }
        if (out.size() < 2) {
            throw error(r, "gml:" + name + " has " + out.size() + " point(s); a line needs at least 2");
        }
        return out.toCoordinateArray();
    }

    /** The curve inside a property element (curveMember, baseCurve, exterior, …). */
    private Coordinate[] member(XMLStreamReader r) throws XMLStreamException {
        Coordinate[] c = null;
        while (nextChild(r)) {
            c = curve(r);
        }
        if (c == null) {
            throw error(r, "empty gml:" + r.getLocalName());
        }
        return c;
    }

    private Coordinate[] segment(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        List<Coordinate> pts = new ArrayList<>();
        while (nextChild(r)) {
            pts.addAll(List.of(positions(r)));
        }
        Coordinate[] p = pts.toArray(Coordinate[]::new);
        CoordinateList out = new CoordinateList();
        switch (name) {
            case "LineStringSegment" -> out.add(p, false);
            case "Arc" -> {
                if (p.length != 3) {
                    throw error(r, "gml:Arc needs exactly 3 points, found " + p.length);
                }
                ArcApproximation.appendArc3(out, p[0], p[1], p[2], tolerance);
            }
            case "ArcString" -> {
                if (p.length < 3 || p.length % 2 == 0) {
                    throw error(r, "gml:ArcString needs 3, 5, 7, … points, found " + p.length);
                }
                for (int i = 0; i + 2 < p.length; i += 2) {
                    ArcApproximation.appendArc3(out, p[i], p[i + 1], p[i + 2], tolerance);
                }
            }
            case "Circle" -> {
                if (p.length != 3) {
                    throw error(r, "gml:Circle needs exactly 3 points, found " + p.length);
                }
                try {
                    ArcApproximation.appendCircle3(out, p[0], p[1], p[2], tolerance);
                } catch (IllegalArgumentException e) {
                    throw error(r, "gml:Circle: " + e.getMessage());
                }
            }
            default -> throw error(r, "unsupported curve segment gml:" + name);
        }
        return out.toCoordinateArray();
    }

    private Polygon polygon(XMLStreamReader r) throws XMLStreamException {
        srs.seen(r.getAttributeValue(null, "srsName"), where);
        dimensionAttribute(r);
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        while (nextChild(r)) {
            String n = r.getLocalName();
            if (n.equals("exterior") || n.equals("outerBoundaryIs")) {
                shell = ring(r, member(r));
            } else if (n.equals("interior") || n.equals("innerBoundaryIs")) {
                holes.add(ring(r, member(r)));
            } else {
                skip(r);
            }
        }
        if (shell == null) {
            throw error(r, "gml:Polygon without gml:exterior");
        }
        return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(XMLStreamReader r, Coordinate[] c) {
        if (!c[0].equals2D(c[c.length - 1])) {
            double gap = c[0].distance(c[c.length - 1]);
            if (gap > CLOSE_GAP_M) {
                throw error(
                        r,
                        String.format(
                                Locale.ROOT,
                                "ring does not close: it starts at %.2f %.2f and ends at %.2f %.2f, %.2f apart",
                                c[0].x,
                                c[0].y,
                                c[c.length - 1].x,
                                c[c.length - 1].y,
                                gap));
            }
            warnings.add(String.format(Locale.ROOT, "%s: ring did not close (gap %.3f); closed", where, gap));
            CoordinateList l = new CoordinateList(c, true);
            l.closeRing();
            c = l.toCoordinateArray();
        }
        if (c.length < 4) {
            throw error(r, "ring has " + c.length + " points; a ring needs at least 4");
        }
        return factory.createLinearRing(c);
    }

    private List<Polygon> collectPolygons(XMLStreamReader r) throws XMLStreamException {
        List<Polygon> out = new ArrayList<>();
        String name = r.getLocalName();
        while (nextChild(r)) {
            String n = r.getLocalName();
            if (n.equals("patches") || n.equals("trianglePatches") || n.equals("surfaceMembers")) {
                while (nextChild(r)) {
                    addSurface(r, out);
                }
            } else if (n.equals("surfaceMember") || n.equals("polygonMember")) {
                while (nextChild(r)) {
                    addSurface(r, out);
                }
            } else {
                skip(r);
            }
        }
        if (out.isEmpty()) {
            throw error(r, "gml:" + name + " has no polygons");
        }
        return out;
    }

    private void addSurface(XMLStreamReader r, List<Polygon> out) throws XMLStreamException {
        Geometry g = geometry(r);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                out.add(p);
            }
        }
    }

    private Geometry polygons(List<Polygon> list) {
        return list.size() == 1 ? list.get(0) : factory.createMultiPolygon(list.toArray(Polygon[]::new));
    }

    private Geometry multiCurve(XMLStreamReader r) throws XMLStreamException {
        List<LineString> lines = new ArrayList<>();
        while (nextChild(r)) {
            while (nextChild(r)) {
                lines.add(factory.createLineString(curve(r)));
            }
        }
        return factory.createMultiLineString(lines.toArray(LineString[]::new));
    }

    private Geometry multiPoint(XMLStreamReader r) throws XMLStreamException {
        List<Point> pts = new ArrayList<>();
        while (nextChild(r)) {
            while (nextChild(r)) {
                pts.add(point(r));
            }
        }
        return factory.createMultiPoint(pts.toArray(Point[]::new));
    }

    /** gml:pos or gml:posList at the reader. */
    private Coordinate[] positions(XMLStreamReader r) throws XMLStreamException {
        String n = r.getLocalName();
        if (!n.equals("pos") && !n.equals("posList")) {
            throw error(r, "expected gml:pos or gml:posList, found " + n);
        }
        String d = r.getAttributeValue(null, "srsDimension");
        int dim = dims;
        if (d != null) {
            dim = Integer.parseInt(d.trim());
        }
        int line = r.getLocation().getLineNumber();
        String text = r.getElementText().trim();
        String[] parts = text.isEmpty() ? new String[0] : text.split("\\s+");
        if (parts.length == 0 || parts.length % dim != 0) {
            throw new InputException(where + " (line " + line + "): gml:" + n + " has " + parts.length
                    + " numbers, not a whole number of " + dim + "-dimensional points");
        }
        Coordinate[] out = new Coordinate[parts.length / dim];
        try {
            for (int i = 0; i < out.length; i++) {
                out[i] = new Coordinate(Double.parseDouble(parts[i * dim]), Double.parseDouble(parts[i * dim + 1]));
            }
        } catch (NumberFormatException e) {
            throw new InputException(where + " (line " + line + "): gml:" + n + " holds a value that is not a number: "
                    + e.getMessage());
        }
        return out;
    }

    /** Moves to the next child start tag (true) or the parent's end tag (false). */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (e == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Skips the element the reader is on, leaving it on its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static Coordinate[] skipAndNull(XMLStreamReader r) throws XMLStreamException {
        skip(r);
        return null;
    }

    private static Coordinate[] reverse(Coordinate[] c) {
        Coordinate[] out = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[c.length - 1 - i];
        }
        return out;
    }

    private InputException error(XMLStreamReader r, String message) {
        return new InputException(where + " (line " + r.getLocation().getLineNumber() + "): " + message);
    }
}
