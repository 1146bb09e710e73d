package no.planvakt.result;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Findings as a GeoJSON FeatureCollection in the canonical CRS, with the (legacy) {@code crs}
 * member so that QGIS and ogr place it correctly; the same document from the CLI and the API.
 */
public final class FindingsGeoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FindingsGeoJson() {
    }

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
            ObjectNode p = feature.putObject("properties");
            p.put("key", f.key());
            p.put("ruleId", f.ruleId());
            p.put("ruleTitle", f.ruleTitle());
            p.put("status", f.status().name());
            p.put("statusLabel", f.status().label());
            p.put("change", f.change() == null ? null : f.change().name());
            p.put("planObjectId", f.planObjectId());
            p.put("planObjectName", f.planObjectName());
            p.put("planObjectPurpose", f.planObjectPurpose());
            p.put("referenceLayer", f.referenceLayer());
            p.put("referenceFeatureId", f.referenceFeatureId());
            p.put("areaM2", round(f.areaM2(), 2));
            p.put("areaDaa", round(f.areaDaa(), 4));
            if (f.share() != null) {
                p.put("share", round(f.share(), 6));
            }
            if (f.distanceM() != null) {
                p.put("distanceM", round(f.distanceM(), 2));
            }
            p.put("message", f.message());
            ArrayNode trace = p.putArray("trace");
            f.trace().forEach(trace::add);
            try {
                feature.set("geometry", f.geometry() == null || f.geometry().isEmpty() ? null : MAPPER.readTree(writer.write(f.geometry())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fc;
    }

    private static double round(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.round(v * s) / s;
    }
}
