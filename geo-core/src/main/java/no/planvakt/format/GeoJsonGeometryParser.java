package no.planvakt.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.planvakt.geom.PackedXY;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;

/**
 * Reads one GeoJSON geometry object straight from the token stream into packed 2-D coordinate
 * sequences ({@link PackedXY}: one {@code double[]} per ring or line): no JSON tree, no text copy
 * of it, no {@code Coordinate} object per vertex. Reading a county's plans this way is several times faster
 * than a tree handed to a second parser, and the geometries take about a third of the heap.
 * <p>
 * Members may come in any order ({@code coordinates} before {@code type} is allowed); unknown
 * members are skipped. A position's third ordinate is kept (Z), further ones are ignored, as
 * RFC 7946 §3.1.1 lets a reader do. What is not a geometry (wrong nesting, a string where a number
 * belongs, an unknown type, an open ring) is an {@link IllegalArgumentException} with what is
 * wrong; the caller names the file and feature.
 */
final class GeoJsonGeometryParser {
    private final GeometryFactory factory;

    GeoJsonGeometryParser(int srid) {
        this.factory = PackedXY.geometries(srid);
    }

    /** {@code p} is at the geometry's START_OBJECT (or VALUE_NULL: null); returns at its END_OBJECT. */
    Geometry parse(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("geometry must be an object, found " + p.currentToken());
        }
        String type = null;
        Object coordinates = null;
        List<Geometry> members = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "type" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new IllegalArgumentException("geometry \"type\" must be a string");
                    }
                    type = p.getText();
                }
                case "coordinates" ->
                    coordinates = value == JsonToken.START_ARRAY ? array(p) : skipNull(p, "coordinates");
                case "geometries" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new IllegalArgumentException("\"geometries\" must be an array");
                    }
                    members = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        Geometry g = parse(p);
                        if (g != null) {
                            members.add(g);
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new IllegalArgumentException("geometry has no \"type\"");
        }
        if (type.equals("GeometryCollection")) {
            return factory.createGeometryCollection(
                    members == null ? new Geometry[0] : members.toArray(Geometry[]::new));
        }
        return build(type, coordinates);
    }

    private static Object skipNull(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.VALUE_NULL) {
            throw new IllegalArgumentException("\"" + what + "\" must be an array");
        }
        return null;
    }

    private Geometry build(String type, Object c) {
        switch (type) {
            case "Point" -> {
                return c == null || c instanceof List<?> l && l.isEmpty()
                        ? factory.createPoint()
                        : factory.createPoint(sequence(position(c)));
            }
            case "MultiPoint" -> {
                Seq s = seq(c);
                Point[] points = new Point[s.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = factory.createPoint(sequence(s.position(i)));
                }
                return factory.createMultiPoint(points);
            }
            case "LineString" -> {
                return factory.createLineString(sequence(seq(c)));
            }
            case "MultiLineString" -> {
                List<Seq> lines = seqs(c);
                LineString[] out = new LineString[lines.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = factory.createLineString(sequence(lines.get(i)));
                }
                return factory.createMultiLineString(out);
            }
            case "Polygon" -> {
                return polygon(seqs(c));
            }
            case "MultiPolygon" -> {
                List<?> polys = list(c, "a MultiPolygon's coordinates must be an array of polygons");
                Polygon[] out = new Polygon[polys.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = polygon(seqs(polys.get(i)));
                }
                return factory.createMultiPolygon(out);
            }
            default -> throw new IllegalArgumentException("unknown geometry type \"" + type + "\"");
        }
    }

    private Polygon polygon(List<Seq> rings) {
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = factory.createLinearRing(sequence(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(sequence(rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }

    private static List<?> list(Object c, String message) {
        if (c == null) {
            return List.of();
        }
        if (c instanceof List<?> l) {
            return l;
        }
        if (c instanceof Seq s && s.size() == 0) {
            return List.of();
        }
        throw new IllegalArgumentException(message);
    }

    private static List<Seq> seqs(Object c) {
        List<Seq> out = new ArrayList<>();
        for (Object o : list(c, "coordinates are nested too shallowly for this geometry type")) {
            out.add(seq(o));
        }
        return out;
    }

    private static Seq seq(Object c) {
        if (c == null) {
            return new Seq();
        }
        if (c instanceof Seq s) {
            return s;
        }
        if (c instanceof List<?> l && l.isEmpty()) {
            return new Seq();
        }
        throw new IllegalArgumentException(
                c instanceof double[]
                        ? "coordinates are nested too shallowly for this geometry type"
                        : "coordinates are nested too deeply for this geometry type");
    }

    private static double[] position(Object c) {
        if (c instanceof double[] d) {
            return d;
        }
        throw new IllegalArgumentException("a Point's coordinates must be one position [x, y]");
    }

    private static CoordinateSequence sequence(double[] position) {
        return new CoordinateArraySequence(new Coordinate[] {coordinate(position, 0, position.length)});
    }

    private static CoordinateSequence sequence(Seq s) {
        if (s.dim == 2) {
            return new PackedXY(Arrays.copyOf(s.xyz, s.size() * 2));
        }
        Coordinate[] c = new Coordinate[s.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = coordinate(s.xyz, i * s.dim, s.dim);
        }
        return new CoordinateArraySequence(c);
    }

    private static Coordinate coordinate(double[] xyz, int o, int dim) {
        return dim == 3 ? new Coordinate(xyz[o], xyz[o + 1], xyz[o + 2]) : new Coordinate(xyz[o], xyz[o + 1]);
    }

    /**
     * An array of coordinates at any depth: a position ({@code double[]}), a run of positions
     * ({@link Seq}) or a list of deeper arrays. {@code p} is at START_ARRAY; returns at its END_ARRAY.
     */
    private static Object array(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return List.of();
        }
        if (t.isNumeric()) {
            return positionRest(p);
        }
        if (t != JsonToken.START_ARRAY) {
            throw notNumber(p);
        }
        Object first = array(p);
        if (first instanceof double[] pos) {
            Seq s = new Seq();
            s.add(pos);
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                if (!p.nextToken().isNumeric()) {
                    throw new IllegalArgumentException("mixed nesting: a position [x, y] expected at line "
                            + p.currentLocation().getLineNr());
                }
                s.add(positionRest(p));
            }
            if (t != JsonToken.END_ARRAY) {
                throw new IllegalArgumentException("mixed nesting: a position [x, y] expected at line "
                        + p.currentLocation().getLineNr());
            }
            return s;
        }
        List<Object> out = new ArrayList<>();
        out.add(first);
        while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
            Object next = array(p);
            if (next instanceof double[]) {
                throw new IllegalArgumentException("mixed nesting: positions next to arrays at line "
                        + p.currentLocation().getLineNr());
            }
            out.add(next);
        }
        if (t != JsonToken.END_ARRAY) {
            throw notNumber(p);
        }
        return out;
    }

    /** The rest of a position whose first number is the current token; x, y and (if there) z. */
    private static double[] positionRest(JsonParser p) throws IOException {
        double x = p.getDoubleValue();
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("a position needs at least two numbers [x, y] (line "
                    + p.currentLocation().getLineNr() + ")");
        }
        if (t == null || !t.isNumeric()) {
            throw notNumber(p);
        }
        double y = p.getDoubleValue();
        t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return new double[] {x, y};
        }
        if (t == null || !t.isNumeric()) {
            throw notNumber(p);
        }
        double z = p.getDoubleValue();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null || !t.isNumeric()) {
                throw notNumber(p);
            }
        }
        return new double[] {x, y, z};
    }

    private static IllegalArgumentException notNumber(JsonParser p) throws IOException {
        return new IllegalArgumentException("a coordinate must be a number, found " + p.currentToken()
                + (p.currentToken() != null && p.currentToken().isScalarValue() ? " " + p.getText() : "") + " (line "
                + p.currentLocation().getLineNr() + ")");
    }

    /** A growing run of positions, packed; 2 ordinates per position until one has a third. */
    private static final class Seq {
        private double[] xyz = new double[32];
        private int n;
        private int dim = 2;

        void add(double[] pos) {
            if (pos.length == 3 && dim == 2) {
                widen();
            }
            if ((n + 1) * dim > xyz.length) {
                xyz = Arrays.copyOf(xyz, xyz.length * 2);
            }
            int o = n * dim;
            xyz[o] = pos[0];
            xyz[o + 1] = pos[1];
            if (dim == 3) {
                xyz[o + 2] = pos.length == 3 ? pos[2] : Double.NaN;
            }
            n++;
        }

        private void widen() {
            double[] wide = new double[Math.max(32, (n + 1) * 3 * 2)];
            for (int i = 0; i < n; i++) {
                wide[i * 3] = xyz[i * 2];
                wide[i * 3 + 1] = xyz[i * 2 + 1];
                wide[i * 3 + 2] = Double.NaN;
            }
            xyz = wide;
            dim = 3;
        }

        int size() {
            return n;
        }

        double[] position(int i) {
            return Arrays.copyOfRange(xyz, i * dim, i * dim + dim);
        }
    }
}
