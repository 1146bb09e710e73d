package no.planvakt.layers.geoserver;

import static no.planvakt.layers.geoserver.GeoServerRestClient.segment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;
import no.planvakt.layers.style.StyleCatalogue;

/**
 * Publishes the layer catalogue to a GeoServer through its REST API: workspace, PostGIS store,
 * SLD styles, SQL-view feature types (with parameter regexes), each layer's default style, a
 * layer group and the layer security rules ({@link GeoServerLayerRules}). Idempotent: each resource is looked up first, then created (POST) or updated (PUT),
 * so running it again brings an existing GeoServer up to date.
 */
public final class GeoServerPublisher {
    private static final String JSON = "application/json";
    private static final String SLD = "application/vnd.ogc.sld+xml";
    private static final String XML = "application/xml";

    private final GeoServerRestClient rest;
    private final GeoServerTarget target;
    private final LayerCatalogue catalogue;
    private final StyleCatalogue styles;
    private final GeoServerResources bodies;
    private final List<String> actions = new ArrayList<>();
    private final String adminRoles;

    public GeoServerPublisher(GeoServerTarget target, LayerCatalogue catalogue, StyleCatalogue styles) {
        this(target, catalogue, styles, GeoServerLayerRules.DEFAULT_ADMIN_ROLES);
    }

    /** @param adminRoles the GeoServer roles that read every plan and findings layer (see {@link GeoServerLayerRules}) */
    public GeoServerPublisher(
            GeoServerTarget target, LayerCatalogue catalogue, StyleCatalogue styles, String adminRoles) {
        this.adminRoles = adminRoles;
        this.rest = new GeoServerRestClient(target);
        this.target = target;
        this.catalogue = catalogue;
        this.styles = styles;
        this.bodies = new GeoServerResources(catalogue, target);
    }

    /** @return what was done, one line per resource ("created …" / "updated …") */
    public List<String> publish(PostgisConnection db) throws IOException, InterruptedException {
        actions.clear();
        String ws = "/workspaces/" + segment(target.workspace());
        if (!exists(ws)) {
            call("POST", "/workspaces", JSON, bodies.workspace(), "created workspace " + target.workspace());
        }
        String store = ws + "/datastores/" + segment(target.datastore());
        upsert(store, ws + "/datastores", JSON, bodies.datastore(db), "datastore " + target.datastore());
        for (LayerDefinition layer : catalogue.layers()) {
            String style = layer.style();
            String sld = GeoServerSld.write(layer, styles.require(style));
            if (exists(ws + "/styles/" + segment(style))) {
                call("PUT", ws + "/styles/" + segment(style), SLD, sld, "updated style " + style);
            } else {
                call("POST", ws + "/styles?name=" + segment(style), SLD, sld, "created style " + style);
            }
        }
        for (LayerDefinition layer : catalogue.layers()) {
            String types = store + "/featuretypes";
            upsert(
                    types + "/" + segment(layer.name()),
                    types,
                    JSON,
                    bodies.featureType(layer),
                    "feature type " + layer.name());
            // GeoServer creates the layer with the feature type; this sets its default style.
            call(
                    "PUT",
                    "/layers/" + segment(target.workspace() + ":" + layer.name()),
                    JSON,
                    bodies.layer(layer),
                    "styled layer " + layer.name());
        }
        upsert(
                ws + "/layergroups/" + segment(catalogue.name()),
                ws + "/layergroups",
                JSON,
                bodies.layerGroup(catalogue.layers()),
                "layer group " + catalogue.name());
        secure();
        return List.copyOf(actions);
    }

    // Layer security: new rules are added (POST), rules GeoServer already has are replaced (PUT);
    // GeoServer refuses the other way round with 409.
    private void secure() throws IOException, InterruptedException {
        RestResponse current = rest.get("/security/acl/layers");
        if (!current.ok()) {
            throw new IOException("GET /security/acl/layers: HTTP " + current.status() + " " + current.body());
        }
        Set<String> existing = new HashSet<>();
        new ObjectMapper().readTree(current.body()).fieldNames().forEachRemaining(existing::add);
        Map<String, String> create = new LinkedHashMap<>();
        Map<String, String> update = new LinkedHashMap<>();
        GeoServerLayerRules.rules(catalogue, target.workspace(), adminRoles)
                .forEach((rule, roles) -> (existing.contains(rule) ? update : create).put(rule, roles));
        if (!create.isEmpty()) {
            call(
                    "POST",
                    "/security/acl/layers",
                    XML,
                    GeoServerLayerRules.xml(create),
                    "created layer rules " + create.keySet());
        }
        if (!update.isEmpty()) {
            call(
                    "PUT",
                    "/security/acl/layers",
                    XML,
                    GeoServerLayerRules.xml(update),
                    "updated layer rules " + update.keySet());
        }
    }

    private void upsert(String item, String collection, String type, String body, String what)
            throws IOException, InterruptedException {
        if (exists(item)) {
            call("PUT", item, type, body, "updated " + what);
        } else {
            call("POST", collection, type, body, "created " + what);
        }
    }

    private boolean exists(String path) throws IOException, InterruptedException {
        RestResponse r = rest.get(path);
        if (r.status() == 404) {
            return false;
        }
        if (!r.ok()) {
            throw new IOException("GET " + path + ": HTTP " + r.status() + " " + r.body());
        }
        return true;
    }

    private void call(String method, String path, String type, String body, String action)
            throws IOException, InterruptedException {
        RestResponse r = "POST".equals(method) ? rest.post(path, type, body) : rest.put(path, type, body);
        if (!r.ok()) {
            throw new IOException(method + " " + path + ": HTTP " + r.status() + " " + r.body());
        }
        actions.add(action);
    }
}
