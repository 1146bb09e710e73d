package no.planvakt.bench.county;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Writes a GeoJSON feature collection in EPSG:25832 feature by feature (the generated files are large). */
final class GeoJsonOut implements AutoCloseable {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(4096);
    private boolean first = true;
    private int count;

    GeoJsonOut(Path file, String name) {
        try {
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            out.write(
                    "{\"type\":\"FeatureCollection\",\"name\":" + quote(name)
                            + ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":[\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void feature(Map<String, Object> properties, Geometry g) {
        line.setLength(0);
        line.append(first ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{");
        boolean firstProp = true;
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            line.append(firstProp ? "" : ",").append(quote(e.getKey())).append(':');
            Object v = e.getValue();
            line.append(v instanceof Number ? v.toString() : quote(String.valueOf(v)));
            firstProp = false;
        }
        line.append("},\"geometry\":");
        geometry(g);
        line.append('}');
        first = false;
        count++;
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return count;
    }

    private void geometry(Geometry g) {
        if (g instanceof Polygon p) {
            line.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(p);
            line.append('}');
            return;
        }
        line.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            line.append(i == 0 ? "" : ",");
            polygon((Polygon) g.getGeometryN(i));
        }
        line.append("]}");
    }

    private void polygon(Polygon p) {
        line.append('[');
        ring(p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            line.append(',');
            ring(p.getInteriorRingN(i));
        }
        line.append(']');
    }

    private void ring(LineString r) {
        line.append('[');
        Coordinate[] pts = r.getCoordinates();
        for (int i = 0; i < pts.length; i++) {
            line.append(i == 0 ? "[" : ",[")
                    .append(pts[i].x)
                    .append(',')
                    .append(pts[i].y)
                    .append(']');
        }
        line.append(']');
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        try {
            out.write("\n]}\n");
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
