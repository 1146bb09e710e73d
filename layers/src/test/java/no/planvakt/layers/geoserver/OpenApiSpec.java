package no.planvakt.layers.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GeoServer's REST API descriptions (Swagger 2.0 YAML, copied verbatim into
 * src/test/resources/geoserver-rest) as a list of operations.
 */
final class OpenApiSpec {
    static final List<String> FILES = List.of(
            "workspaces.yaml",
            "namespaces.yaml",
            "datastores.yaml",
            "featuretypes.yaml",
            "layers.yaml",
            "styles.yaml",
            "layergroups.yaml",
            "reload.yaml");
    /** Parts of upstream files, listed in SOURCE.md's "Excerpt" table. */
    static final List<String> EXCERPTS = List.of("security-acl-layers.yaml");

    static final String REST_ROOT = "/geoserver/rest";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One method + path of one file; {@code document} resolves its $refs. */
    record Operation(String file, String method, String template, Pattern path, JsonNode operation, JsonNode document) {
        List<String> consumes() {
            JsonNode c = operation.has("consumes") ? operation.get("consumes") : document.path("consumes");
            List<String> out = new ArrayList<>();
            c.forEach(n -> out.add(n.asText()));
            return out;
        }

        List<JsonNode> parameters() {
            List<JsonNode> out = new ArrayList<>();
            operation.path("parameters").forEach(p -> out.add(resolve(p)));
            return out;
        }

        JsonNode resolve(JsonNode node) {
            while (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                if (!ref.startsWith("#/")) {
                    throw new IllegalStateException("external $ref " + ref + " in " + file);
                }
                node = document.at(ref.substring(1));
                if (node.isMissingNode()) {
                    throw new IllegalStateException("unresolved $ref " + ref + " in " + file);
                }
            }
            return node;
        }
    }

    private final List<Operation> operations = new ArrayList<>();

    static OpenApiSpec load() throws IOException {
        OpenApiSpec spec = new OpenApiSpec();
        for (String file : java.util.stream.Stream.concat(FILES.stream(), EXCERPTS.stream())
                .toList()) {
            JsonNode doc = YAML.readTree(text(file));
            String basePath = doc.path("basePath").asText("");
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> p = paths.next();
                String template = p.getKey();
                // styles.yaml writes some paths with a redundant /rest below a basePath that already
                // ends in /rest; GeoServer serves them once, under the REST root.
                if (basePath.endsWith("/rest") && template.startsWith("/rest/")) {
                    template = template.substring("/rest".length());
                }
                Pattern regex = Pattern.compile(
                        template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."));
                Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields();
                while (ops.hasNext()) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!op.getKey().equals("parameters")) {
                        spec.operations.add(new Operation(
                                file,
                                op.getKey().toUpperCase(),
                                template,
                                Pattern.compile(regex.pattern()),
                                op.getValue(),
                                doc));
                    }
                }
            }
        }
        return spec;
    }

    /**
     * The file's text, with trailing spaces and tabs removed in memory: datastores.yaml line 405
     * ends in two tab characters that strict YAML parsers reject. The file itself stays verbatim.
     */
    static String text(String file) throws IOException {
        return raw(file).replaceAll("[ \\t]+(\\r?\\n)", "$1");
    }

    static String raw(String file) throws IOException {
        try (InputStream in = OpenApiSpec.class.getResourceAsStream("/geoserver-rest/" + file)) {
            if (in == null) {
                throw new IOException("missing geoserver-rest/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Operations matching method and path (relative to the REST root), most specific (fewest variables) first. */
    List<Operation> find(String method, String relativePath) {
        return operations.stream()
                .filter(o -> o.method().equals(method)
                        && o.path().matcher(relativePath).matches())
                .sorted((a, b) -> Long.compare(
                        a.template().chars().filter(c -> c == '{').count(),
                        b.template().chars().filter(c -> c == '{').count()))
                .toList();
    }

    int size() {
        return operations.size();
    }
}
