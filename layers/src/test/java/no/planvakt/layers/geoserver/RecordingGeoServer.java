package no.planvakt.layers.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A local HTTP server (127.0.0.1, free port) that records every request the publisher sends and
 * answers like GeoServer's catalogue would: GET of an unknown resource is 404, POST to a collection
 * creates "collection/name", PUT needs an existing resource. Enough to see the publisher's
 * create-then-update behaviour; what is recorded is validated against the REST API descriptions.
 */
final class RecordingGeoServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Set<String> existing = new HashSet<>();
    /** GeoServer's layer security rules, starting from its defaults; POST adds, PUT replaces (409 otherwise). */
    private final Map<String, String> layerRules =
            new LinkedHashMap<>(Map.of("*.*.r", "*", "*.*.w", "GROUP_ADMIN,ADMIN"));

    private static final String ACL_LAYERS = OpenApiSpec.REST_ROOT + "/security/acl/layers";

    RecordingGeoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI restUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + OpenApiSpec.REST_ROOT);
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = x.getRequestURI();
        String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        requests.add(new RecordedRequest(
                x.getRequestMethod(),
                path,
                uri.getRawQuery(),
                x.getRequestHeaders().getFirst("Content-Type"),
                x.getRequestHeaders().getFirst("Authorization"),
                body));
        if (path.equals(ACL_LAYERS)) {
            acl(x, body);
            return;
        }
        int status = switch (x.getRequestMethod()) {
            case "GET" -> existing.contains(path) ? 200 : 404;
            case "PUT" -> existing.contains(path) ? 200 : 404;
            case "POST" -> create(path, uri.getRawQuery(), body);
            default -> 405;
        };
        byte[] answer = status == 200 ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
        x.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            x.getResponseBody().write(answer);
        }
        x.close();
    }

    synchronized Map<String, String> layerRules() {
        return Map.copyOf(layerRules);
    }

    private void acl(HttpExchange x, String body) throws IOException {
        byte[] answer = new byte[0];
        int status;
        if (x.getRequestMethod().equals("GET")) {
            answer = JSON.writeValueAsBytes(layerRules);
            status = 200;
        } else {
            Map<String, String> rules = new LinkedHashMap<>();
            try {
                NodeList list = DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                        .getElementsByTagName("rule");
                for (int i = 0; i < list.getLength(); i++) {
                    Element rule = (Element) list.item(i);
                    rules.put(rule.getAttribute("resource"), rule.getTextContent());
                }
            } catch (Exception e) {
                throw new IOException(e);
            }
            boolean post = x.getRequestMethod().equals("POST");
            boolean conflict = rules.keySet().stream().anyMatch(r -> layerRules.containsKey(r) == post);
            status = conflict ? 409 : 200;
            if (!conflict) {
                layerRules.putAll(rules);
            }
        }
        x.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            x.getResponseBody().write(answer);
        }
        x.close();
    }

    private int create(String collection, String query, String body) throws IOException {
        String name = null;
        if (query != null && query.startsWith("name=")) {
            name = URLDecoder.decode(query.substring(5), StandardCharsets.UTF_8);
        } else {
            JsonNode root = JSON.readTree(body);
            JsonNode resource = root.elements().next();
            name = resource.path("name").asText(null);
        }
        if (name == null) {
            return 400;
        }
        existing.add(collection + "/" + name);
        if (collection.endsWith("/featuretypes")) {
            // GeoServer publishes a layer of the same name with each new feature type.
            String ws = collection.split("/")[4];
            existing.add(OpenApiSpec.REST_ROOT + "/layers/" + ws + ":" + name);
        }
        return 201;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
