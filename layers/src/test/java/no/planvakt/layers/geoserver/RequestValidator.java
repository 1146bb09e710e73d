package no.planvakt.layers.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Checks a recorded REST request against the OpenAPI descriptions: an operation with that method
 * and path exists, the Content-Type is one it consumes, every query parameter is declared, and the
 * body fits the declared schema (unknown properties, wrong types and enum values are errors).
 *
 * <p>GeoServer's JSON is XStream's, which the descriptions flatten in two ways; both are mapped
 * explicitly, nothing else is relaxed: (1) the body's single root key naming the resource
 * ({"featureType": {…}}) is unwrapped unless the schema declares it; (2) a list is sent wrapped in
 * an object with one key ({"entry": […]}, {"string": […]}), and map entries spell key/value as
 * "@key"/"$".
 */
final class RequestValidator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiSpec spec;

    RequestValidator(OpenApiSpec spec) {
        this.spec = spec;
    }

    List<String> validate(RecordedRequest r) {
        List<String> errors = new ArrayList<>();
        if (!r.path().startsWith(OpenApiSpec.REST_ROOT)) {
            return List.of(r + ": not under " + OpenApiSpec.REST_ROOT);
        }
        String relative = r.path().substring(OpenApiSpec.REST_ROOT.length());
        List<OpenApiSpec.Operation> ops = spec.find(r.method(), relative);
        if (ops.isEmpty()) {
            return List.of(r + ": no operation " + r.method() + " " + relative + " in the REST API descriptions");
        }
        OpenApiSpec.Operation op = ops.get(0);
        String where = r.method() + " " + relative + " (" + op.file() + " " + op.template() + ")";
        for (String name : r.queryNames()) {
            boolean declared = op.parameters().stream()
                    .anyMatch(p -> "query".equals(p.path("in").asText())
                            && name.equals(p.path("name").asText()));
            if (!declared) {
                errors.add(where + ": undeclared query parameter " + name);
            }
        }
        if (r.body().isEmpty()) {
            return errors;
        }
        String type = r.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!op.consumes().contains(type)) {
            errors.add(where + ": Content-Type " + type + " not in " + op.consumes());
            return errors;
        }
        if (type.endsWith("json")) {
            JsonNode schema = op.parameters().stream()
                    .filter(p -> "body".equals(p.path("in").asText()))
                    .map(p -> op.resolve(p.path("schema")))
                    .findFirst()
                    .orElse(null);
            if (schema == null) {
                errors.add(where + ": operation declares no body schema");
                return errors;
            }
            try {
                JsonNode body = JSON.readTree(r.body());
                validateRoot(op, body, schema, errors);
            } catch (Exception e) {
                errors.add(where + ": body is not JSON: " + e.getMessage());
            }
        } else if (type.equals("application/xml")) {
            JsonNode schema = op.parameters().stream()
                    .filter(p -> "body".equals(p.path("in").asText()))
                    .map(p -> op.resolve(p.path("schema")))
                    .findFirst()
                    .orElse(null);
            if (schema == null) {
                errors.add(where + ": operation declares no body schema");
                return errors;
            }
            try {
                var root = DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                        .getDocumentElement();
                String name = schema.path("xml")
                        .path("name")
                        .asText(schema.path("title").asText())
                        .trim();
                if (!root.getTagName().equals(name)) {
                    errors.add(
                            where + ": XML root is <" + root.getTagName() + ">, the description names <" + name + ">");
                }
                validateXml(op, root, schema, root.getTagName(), errors);
            } catch (Exception e) {
                errors.add(where + ": body is not XML: " + e.getMessage());
            }
        } else if (type.equals("application/vnd.ogc.sld+xml")) {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                var root = f.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                        .getDocumentElement();
                if (!"StyledLayerDescriptor".equals(root.getLocalName())
                        || !"http://www.opengis.net/sld".equals(root.getNamespaceURI())) {
                    errors.add(where + ": SLD body root is " + root.getNodeName());
                }
            } catch (Exception e) {
                errors.add(where + ": SLD body is not XML: " + e.getMessage());
            }
        }
        return errors;
    }

    private static void validateRoot(OpenApiSpec.Operation op, JsonNode body, JsonNode schema, List<String> errors) {
        if (body.isObject() && body.size() == 1) {
            String root = body.fieldNames().next();
            if (!schema.path("properties").has(root)) {
                validate(op, body.get(root), schema, root, errors);
                return;
            }
        }
        validate(op, body, schema, "$", errors);
    }

    static void validate(OpenApiSpec.Operation op, JsonNode node, JsonNode schema, String at, List<String> errors) {
        schema = op.resolve(schema);
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                if (!node.isObject()) {
                    errors.add(at + ": expected object, got " + node.getNodeType());
                    return;
                }
                JsonNode props = schema.path("properties");
                if (props.isObject() && props.size() > 0) {
                    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                    while (fields.hasNext()) {
                        Map.Entry<String, JsonNode> f = fields.next();
                        String name = declaredName(props, f.getKey());
                        if (name == null) {
                            errors.add(at + "." + f.getKey() + ": property not declared");
                        } else {
                            validate(op, f.getValue(), props.get(name), at + "." + f.getKey(), errors);
                        }
                    }
                }
                schema.path("required").forEach(req -> {
                    if (!node.has(req.asText())) {
                        errors.add(at + ": required property " + req.asText() + " missing");
                    }
                });
            }
            case "array" -> {
                JsonNode items = node;
                if (node.isObject()
                        && node.size() == 1
                        && node.elements().next().isArray()) {
                    items = node.elements().next();
                }
                if (!items.isArray()) {
                    errors.add(at + ": expected array, got " + node.getNodeType());
                    return;
                }
                for (int i = 0; i < items.size(); i++) {
                    validate(op, items.get(i), schema.path("items"), at + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (!node.isTextual()) {
                    errors.add(at + ": expected string, got " + node.getNodeType());
                } else if (schema.has("enum")) {
                    boolean listed = false;
                    for (JsonNode e : schema.get("enum")) {
                        listed |= e.asText().equals(node.asText());
                    }
                    if (!listed) {
                        errors.add(at + ": '" + node.asText() + "' not in enum " + schema.get("enum"));
                    }
                }
            }
            case "number" -> {
                if (!node.isNumber()) {
                    errors.add(at + ": expected number, got " + node.getNodeType());
                }
            }
            case "integer" -> {
                if (!node.isIntegralNumber()) {
                    errors.add(at + ": expected integer, got " + node.getNodeType());
                }
            }
            case "boolean" -> {
                if (!node.isBoolean()) {
                    errors.add(at + ": expected boolean, got " + node.getNodeType());
                }
            }
            default -> {
                // No type and no properties: the description leaves the value free.
            }
        }
    }

    /**
     * An XML element against an object schema as the descriptions write XML: child elements are
     * properties, attributes are properties named "@name", and text content is the property "text".
     */
    static void validateXml(
            OpenApiSpec.Operation op, org.w3c.dom.Element e, JsonNode schema, String at, List<String> errors) {
        JsonNode props = op.resolve(schema).path("properties");
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String a = attributes.item(i).getNodeName();
            if (!props.has("@" + a)) {
                errors.add(at + "/@" + a + ": attribute not declared");
            }
        }
        boolean text = false;
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element child) {
                if (!props.has(child.getTagName())) {
                    errors.add(at + "/" + child.getTagName() + ": element not declared");
                } else {
                    validateXml(op, child, props.get(child.getTagName()), at + "/" + child.getTagName(), errors);
                }
            } else if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE
                    && !n.getNodeValue().isBlank()) {
                text = true;
            }
        }
        if (text && !props.has("text")) {
            errors.add(at + ": text content not declared");
        }
    }

    /** The schema's name for a body field: itself, or XStream's @key / $ for key / value. */
    private static String declaredName(JsonNode props, String field) {
        if (props.has(field)) {
            return field;
        }
        if (field.equals("@key") && props.has("key")) {
            return "key";
        }
        if (field.equals("$") && props.has("value")) {
            return "value";
        }
        return null;
    }

    static List<String> queryNames(String rawQuery) {
        List<String> names = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                names.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
            }
        }
        return names;
    }
}
