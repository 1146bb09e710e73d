package no.planvakt.layers.geoserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;
import no.planvakt.layers.catalogue.QueryParameter;

/**
 * The JSON bodies GeoServer's REST API takes (XStream's JSON: a root key naming the resource,
 * lists of map entries as {"entry": [{"@key": …, "$": …}]}).
 */
public final class GeoServerResources {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Latitude/longitude box of mainland Norway for layers whose native box GeoServer need not compute. */
    private static final double[] NORWAY_LON_LAT = {-1.62, 57.67, 32.15, 71.66};

    private final LayerCatalogue catalogue;
    private final GeoServerTarget target;

    public GeoServerResources(LayerCatalogue catalogue, GeoServerTarget target) {
        this.catalogue = catalogue;
        this.target = target;
    }

    public String workspace() {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("workspace").put("name", target.workspace());
        return root.toString();
    }

    public String datastore(PostgisConnection db) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode store = root.putObject("dataStore");
        store.put("name", target.datastore());
        store.put("description", "Planvakt PostGIS (plan, ref, result and the wms views)");
        store.put("enabled", true);
        ArrayNode entries = store.putObject("connectionParameters").putArray("entry");
        entry(entries, "dbtype", "postgis");
        entry(entries, "host", db.host());
        entry(entries, "port", Integer.toString(db.port()));
        entry(entries, "database", db.database());
        entry(entries, "schema", "wms");
        entry(entries, "user", db.user());
        entry(entries, "passwd", db.password() == null ? "" : db.password());
        entry(entries, "Expose primary keys", "true");
        // Prepared statements keep SQL view parameters out of the SQL text where GeoServer can.
        entry(entries, "preparedStatements", "true");
        entry(entries, "Loose bbox", "true");
        entry(entries, "namespace", target.namespaceUri());
        return root.toString();
    }

    /**
     * A feature type backed by an SQL view: the catalogue's SQL with %parameter% tokens, each
     * parameter with its default and its validation regex (GeoServer refuses values that do not
     * match, before any SQL is built).
     */
    public String featureType(LayerDefinition layer) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode ft = root.putObject("featureType");
        ft.put("name", layer.name());
        ft.put("nativeName", layer.name());
        ft.put("title", layer.title());
        ft.put("abstract", layer.abstractText());
        ft.putObject("keywords").putArray("string").add("Planvakt").add(layer.name());
        String srs = catalogue.crs().get(0);
        ft.put("srs", srs);
        ft.put("nativeCRS", srs);
        double[] e = catalogue.extent();
        box(ft.putObject("nativeBoundingBox"), e, srs);
        box(ft.putObject("latLonBoundingBox"), NORWAY_LON_LAT, "EPSG:4326");
        ObjectNode vt = ft.putObject("metadata").putArray("entry").addObject();
        vt.put("@key", "JDBC_VIRTUAL_TABLE");
        ObjectNode table = vt.putObject("virtualTable");
        table.put("name", layer.name());
        table.put("sql", layer.sql().replaceAll("\\s*\\R\\s*", " "));
        table.put("escapeSql", false);
        table.put("keyColumn", LayerDefinition.KEY_COLUMN);
        ObjectNode geometry = table.putObject("geometry");
        geometry.put("name", LayerDefinition.GEOMETRY_COLUMN);
        geometry.put("type", layer.geometry().geoServerType());
        geometry.put("srid", catalogue.nativeSrid());
        ArrayNode parameters = table.putArray("parameter");
        for (QueryParameter p : catalogue.parametersOf(layer)) {
            parameters
                    .addObject()
                    .put("name", p.name())
                    .put("defaultValue", p.defaultValue())
                    .put("regexpValidator", p.pattern());
        }
        return root.toString();
    }

    /** Publishing settings of the layer GeoServer creates with the feature type: its default style. */
    public String layer(LayerDefinition layer) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode l = root.putObject("layer");
        l.put("name", layer.name());
        l.put("type", "VECTOR");
        l.putObject("defaultStyle").put("name", styleName(layer.style()));
        l.put("opaque", false);
        return root.toString();
    }

    public String layerGroup(List<LayerDefinition> layers) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode g = root.putObject("layerGroup");
        g.put("name", catalogue.name());
        g.put("mode", "NAMED");
        g.put("title", catalogue.title());
        g.put("abstractTxt", catalogue.abstractText());
        g.putObject("workspace").put("name", target.workspace());
        ArrayNode published = g.putObject("publishables").putArray("published");
        ArrayNode styles = g.putObject("styles").putArray("style");
        for (LayerDefinition layer : layers) {
            published.addObject().put("name", target.workspace() + ":" + layer.name());
            styles.addObject().put("name", styleName(layer.style()));
        }
        box(g.putObject("bounds"), catalogue.extent(), catalogue.crs().get(0));
        return root.toString();
    }

    /** Workspace-qualified style name. */
    public String styleName(String style) {
        return target.workspace() + ":" + style;
    }

    private static void entry(ArrayNode entries, String key, String value) {
        entries.addObject().put("@key", key).put("$", value);
    }

    private static void box(ObjectNode box, double[] e, String crs) {
        box.put("minx", e[0])
                .put("miny", e[1])
                .put("maxx", e[2])
                .put("maxy", e[3])
                .put("crs", crs);
    }
}
