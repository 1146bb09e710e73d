package no.planvakt.result;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Findings as a GeoJSON FeatureCollection in the canonical CRS, with the (legacy) {@code crs}
 * member so that QGIS and ogr place it correctly; the same document from the CLI and the API.
 * {@link #write} streams it feature by feature ({@code findings.geojson}), {@link #toGeoJson}
 * builds it as a tree for the API, which adds the planners' verdicts.
 */
public final class FindingsGeoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FindingsGeoJson() {}

    public static ObjectNode toGeoJson(List<Finding> findings, int srid) {
        ObjectNode fc = MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.putObject("crs").put("type", "name").putObject("properties").put("name", "urn:ogc:def:crs:EPSG::" + srid);
        ArrayNode features = fc.putArray("features");
        GeoJsonWriter writer = new GeoJsonWriter(3);
        writer.setEncodeCRS(false);
        for (Finding f : findings) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", f.key());
            feature.set("properties", ResultJson.finding(f));
            try {
                feature.set("geometry", geometry(writer, f.geometry()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fc;
    }

    /**
     * Writes the collection to {@code out} (left open) one feature at a time, in the bytes that
     * {@link #toGeoJson} gives with the default pretty printer; {@code findings} may be a lazy
     * sequence (memory stays that of one feature).
     */
    public static void write(Iterable<Finding> findings, int srid, OutputStream out) throws IOException {
        try (JsonGenerator g = ResultJson.PRETTY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeObjectFieldStart("crs");
            g.writeStringField("type", "name");
            g.writeObjectFieldStart("properties");
            g.writeStringField("name", "urn:ogc:def:crs:EPSG::" + srid);
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("features");
            GeoJsonWriter writer = new GeoJsonWriter(3);
            writer.setEncodeCRS(false);
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", f.key());
                g.writeFieldName("properties");
                ResultJson.PRETTY.writeValue(g, FindingJson.of(f));
                g.writeFieldName("geometry");
                ResultJson.PRETTY.writeTree(g, geometry(writer, f.geometry()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The geometry as a GeoJSON tree (JTS writes it as text), null when there is none. */
    private static com.fasterxml.jackson.databind.JsonNode geometry(GeoJsonWriter writer, Geometry g)
            throws IOException {
        return g == null || g.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(writer.write(g));
    }
}
