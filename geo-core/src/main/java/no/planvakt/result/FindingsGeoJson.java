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
            feature.set("properties", ResultJson.finding(f));
            try {
                feature.set("geometry", f.geometry() == null || f.geometry().isEmpty() ? null : MAPPER.readTree(writer.write(f.geometry())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fc;
    }

}
