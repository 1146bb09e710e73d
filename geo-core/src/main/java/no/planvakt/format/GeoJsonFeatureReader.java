package no.planvakt.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a GeoJSON FeatureCollection feature by feature and token by token (the file is never held
 * as text, a feature never as a tree; geometries go straight into packed coordinate sequences, see
 * {@link GeoJsonGeometryParser}).
 * CRS: the legacy {@code crs} member when present (plan exports carry it), else RFC 7946 WGS84;
 * coordinates that cannot be degrees without a {@code crs} member are refused, since guessing a
 * projection would put the plan in the wrong place.
 */
public final class GeoJsonFeatureReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Nesting far beyond GeoJSON's (a MultiPolygon is 4 arrays deep) is refused by the parser itself.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InputLimits.MAX_NESTING)
                    .build())
            // Coordinates are most of a file: the fast parser reads the same doubles in a third of the time.
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private final GeoJsonGeometryParser geometryParser = new GeoJsonGeometryParser(0);

    public SourceFile read(String fileName, InputStream in) {
        List<SourceFeature> features = new ArrayList<>();
        Integer srid = null;
        String type = null;
        InputLimits.Budget budget = InputLimits.forFile(fileName);
        long maxTokens = 4 * InputLimits.maxVerticesPerGeometry() + 100_000;
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(fileName + ": not a GeoJSON object (line "
                        + p.currentLocation().getLineNr() + ")");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "type" -> type = p.getValueAsString();
                    case "crs" -> srid = crsOf(fileName, MAPPER.readTree(p));
                    case "features" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new InputException(fileName + ": \"features\" must be an array (line "
                                    + p.currentLocation().getLineNr() + ")");
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            int line = p.currentLocation().getLineNr();
                            String where = fileName + ": feature #" + (features.size() + 1) + " (line " + line + ")";
                            SourceFeature f = feature(
                                    fileName, features.size() + 1, line, new TokenLimitedParser(p, maxTokens, where));
                            budget.add(f.where(), f.geometry());
                            features.add(f);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (StreamConstraintsException e) {
            throw new InputException(
                    fileName + ": JSON nøstet dypere enn " + InputLimits.MAX_NESTING
                            + " nivåer (GeoJSON trenger bare noen få): " + e.getOriginalMessage(),
                    e);
        } catch (JsonParseException e) {
            throw new InputException(
                    fileName + ": malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new InputException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
        if (!"FeatureCollection".equals(type)) {
            throw new InputException(fileName + ": expected a GeoJSON FeatureCollection, found type "
                    + (type == null ? "(none)" : "\"" + type + "\""));
        }
        List<String> warnings = new ArrayList<>();
        if (srid == null) {
            srid = 4326;
            checkLooksLikeDegrees(fileName, features);
        }
        return new SourceFile(fileName, srid, features, warnings);
    }

    private static int crsOf(String fileName, JsonNode crs) {
        String name = crs.path("properties").path("name").asText(null);
        int code = CrsNames.epsgCode(name);
        if (code < 0) {
            throw new InputException(fileName + ": unknown CRS in the \"crs\" member: "
                    + (name == null ? crs.toString() : "\"" + name + "\"") + " (expected e.g. \"EPSG:25832\")");
        }
        return code;
    }

    /** One feature, token by token: {@code p} is at its START_OBJECT, and is left at its END_OBJECT. */
    private SourceFeature feature(String fileName, int ordinal, int line, JsonParser p) throws IOException {
        String where = "feature #" + ordinal + " (line " + line + ")";
        String type = null;
        String id = null;
        Map<String, Object> attributes = new LinkedHashMap<>();
        Geometry g = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "id" ->
                    id = value == JsonToken.VALUE_NULL ? null : value.isScalarValue() ? idText(p) : skipToEmpty(p);
                case "properties" -> {
                    JsonNode props = MAPPER.readTree(p);
                    if (props != null && props.isObject()) {
                        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = it.next();
                            attributes.put(e.getKey(), scalar(e.getValue()));
                        }
                    }
                }
                case "geometry" -> {
                    try {
                        g = geometryParser.parse(p);
                    } catch (IllegalArgumentException e) {
                        throw new InputException(
                                fileName + ": " + where + (id == null ? "" : " id " + id)
                                        + " has an unreadable geometry: " + e.getMessage(),
                                e);
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (!"Feature".equals(type)) {
            throw new InputException(fileName + ": " + where + " is not a GeoJSON Feature");
        }
        return new SourceFeature(null, id != null ? id : String.valueOf(ordinal), where, attributes, g);
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    /** A non-scalar id reads as "" (as a JSON tree's text of it would). */
    private static String skipToEmpty(JsonParser p) throws IOException {
        p.skipChildren();
        return "";
    }

    private static String idText(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT
                ? String.valueOf(p.getDoubleValue())
                : p.getValueAsString();
    }

    private static Object scalar(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static void checkLooksLikeDegrees(String fileName, List<SourceFeature> features) {
        Envelope env = new Envelope();
        for (SourceFeature f : features) {
            if (f.geometry() != null) {
                env.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        if (!env.isNull()
                && (env.getMinX() < -180 || env.getMaxX() > 180 || env.getMinY() < -90 || env.getMaxY() > 90)) {
            throw new InputException(fileName
                    + ": no \"crs\" member, so RFC 7946 says WGS84 degrees, but the coordinates"
                    + " reach (" + (long) env.getMaxX() + ", " + (long) env.getMaxY() + "), which are not degrees."
                    + " Add a crs member such as {\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25832\"}}");
        }
    }
}
