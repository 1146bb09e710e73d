package no.planvakt.layers.geoserver;

import static no.planvakt.layers.style.Xml.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;
import no.planvakt.layers.catalogue.QueryParameter;
import no.planvakt.layers.style.StyleCatalogue;

/**
 * Writes the same configuration the REST publisher creates as files of a GeoServer data directory
 * (workspaces/&lt;ws&gt;/…), for deployments that provision GeoServer from files instead of REST.
 * Catalogue ids are derived from names, so writing again gives identical files.
 */
public final class GeoServerDataDirectory {
    private final LayerCatalogue catalogue;
    private final StyleCatalogue styles;
    private final GeoServerTarget target;

    public GeoServerDataDirectory(LayerCatalogue catalogue, StyleCatalogue styles, GeoServerTarget target) {
        this.catalogue = catalogue;
        this.styles = styles;
        this.target = target;
    }

    static String workspaceId(String ws) {
        return "WorkspaceInfoImpl-" + ws;
    }

    static String namespaceId(String ws) {
        return "NamespaceInfoImpl-" + ws;
    }

    static String storeId(String store) {
        return "DataStoreInfoImpl-" + store;
    }

    static String featureTypeId(String name) {
        return "FeatureTypeInfoImpl-" + name;
    }

    static String layerId(String name) {
        return "LayerInfoImpl-" + name;
    }

    static String styleId(String name) {
        return "StyleInfoImpl-" + name;
    }

    /** Writes below {@code dataDir} and returns the workspace directory. */
    public Path write(Path dataDir, PostgisConnection db) throws IOException {
        String ws = target.workspace();
        Path wsDir = dataDir.resolve("workspaces").resolve(ws);
        Path storeDir = wsDir.resolve(target.datastore());
        Files.createDirectories(wsDir.resolve("styles"));
        Files.createDirectories(wsDir.resolve("layergroups"));
        write(
                wsDir.resolve("workspace.xml"),
                "<workspace>\n  <id>" + workspaceId(ws) + "</id>\n  <name>" + escape(ws) + "</name>\n</workspace>\n");
        write(
                wsDir.resolve("namespace.xml"),
                "<namespace>\n  <id>" + namespaceId(ws) + "</id>\n  <prefix>" + escape(ws) + "</prefix>\n  <uri>"
                        + escape(target.namespaceUri()) + "</uri>\n</namespace>\n");
        write(storeDir.resolve("datastore.xml"), datastore(db));
        for (LayerDefinition layer : catalogue.layers()) {
            Path ftDir = storeDir.resolve(layer.name());
            write(ftDir.resolve("featuretype.xml"), featureType(layer));
            write(
                    ftDir.resolve("layer.xml"),
                    "<layer>\n  <name>" + layer.name() + "</name>\n  <id>" + layerId(layer.name())
                            + "</id>\n  <type>VECTOR</type>\n  <defaultStyle>\n    <id>" + styleId(layer.style())
                            + "</id>\n  </defaultStyle>\n  <resource class=\"featureType\">\n    <id>"
                            + featureTypeId(layer.name())
                            + "</id>\n  </resource>\n  <enabled>true</enabled>\n</layer>\n");
        }
        for (LayerDefinition layer : catalogue.layers()) {
            String style = layer.style();
            write(wsDir.resolve("styles").resolve(style + ".sld"), GeoServerSld.write(layer, styles.require(style)));
            write(
                    wsDir.resolve("styles").resolve(style + ".xml"),
                    "<style>\n  <id>" + styleId(style) + "</id>\n  <name>" + style
                            + "</name>\n  <workspace>\n    <id>" + workspaceId(ws)
                            + "</id>\n  </workspace>\n  <format>sld</format>\n"
                            + "  <languageVersion>\n    <version>1.0.0</version>\n  </languageVersion>\n  <filename>"
                            + style
                            + ".sld</filename>\n</style>\n");
        }
        write(wsDir.resolve("layergroups").resolve(catalogue.name() + ".xml"), layerGroup());
        return wsDir;
    }

    private String datastore(PostgisConnection db) {
        StringBuilder b = new StringBuilder("<dataStore>\n  <id>")
                .append(storeId(target.datastore()))
                .append("</id>\n  <name>")
                .append(escape(target.datastore()))
                .append("</name>\n  <type>PostGIS</type>\n  <enabled>true</enabled>\n")
                .append("  <workspace>\n    <id>")
                .append(workspaceId(target.workspace()))
                .append("</id>\n  </workspace>\n")
                .append("  <connectionParameters>\n");
        entry(b, "dbtype", "postgis");
        entry(b, "host", db.host());
        entry(b, "port", Integer.toString(db.port()));
        entry(b, "database", db.database());
        entry(b, "schema", "wms");
        entry(b, "user", db.user());
        entry(b, "passwd", db.password() == null ? "" : db.password());
        entry(b, "Expose primary keys", "true");
        entry(b, "preparedStatements", "true");
        entry(b, "Loose bbox", "true");
        entry(b, "namespace", target.namespaceUri());
        return b.append("  </connectionParameters>\n</dataStore>\n").toString();
    }

    private String featureType(LayerDefinition layer) {
        String srs = catalogue.crs().get(0);
        double[] e = catalogue.extent();
        StringBuilder b = new StringBuilder("<featureType>\n  <id>")
                .append(featureTypeId(layer.name()))
                .append("</id>\n")
                .append("  <name>")
                .append(layer.name())
                .append("</name>\n  <nativeName>")
                .append(layer.name())
                .append("</nativeName>\n")
                .append("  <namespace>\n    <id>")
                .append(namespaceId(target.workspace()))
                .append("</id>\n  </namespace>\n")
                .append("  <title>")
                .append(escape(layer.title()))
                .append("</title>\n")
                .append("  <abstract>")
                .append(escape(layer.abstractText()))
                .append("</abstract>\n")
                .append("  <srs>")
                .append(srs)
                .append("</srs>\n")
                .append("  <nativeBoundingBox>")
                .append(box(e))
                .append("<crs>")
                .append(srs)
                .append("</crs></nativeBoundingBox>\n")
                .append("  <latLonBoundingBox>")
                .append(box(new double[] {-1.62, 57.67, 32.15, 71.66}))
                .append("<crs>EPSG:4326</crs></latLonBoundingBox>\n")
                .append("  <projectionPolicy>FORCE_DECLARED</projectionPolicy>\n  <enabled>true</enabled>\n")
                .append("  <metadata>\n    <entry key=\"JDBC_VIRTUAL_TABLE\">\n      <virtualTable>\n")
                .append("        <name>")
                .append(layer.name())
                .append("</name>\n")
                .append("        <sql>")
                .append(escape(layer.sql().replaceAll("\\s*\\R\\s*", " ")))
                .append("</sql>\n")
                .append("        <escapeSql>false</escapeSql>\n        <keyColumn>")
                .append(LayerDefinition.KEY_COLUMN)
                .append("</keyColumn>\n")
                .append("        <geometry>\n          <name>")
                .append(LayerDefinition.GEOMETRY_COLUMN)
                .append("</name>\n          <type>")
                .append(layer.geometry().geoServerType())
                .append("</type>\n          <srid>")
                .append(catalogue.nativeSrid())
                .append("</srid>\n        </geometry>\n");
        for (QueryParameter p : catalogue.parametersOf(layer)) {
            b.append("        <parameter>\n          <name>")
                    .append(p.name())
                    .append("</name>\n          <defaultValue>")
                    .append(escape(p.defaultValue()))
                    .append("</defaultValue>\n          <regexpValidator>")
                    .append(escape(p.pattern()))
                    .append("</regexpValidator>\n        </parameter>\n");
        }
        return b.append("      </virtualTable>\n    </entry>\n  </metadata>\n  <store class=\"dataStore\">\n    <id>")
                .append(storeId(target.datastore()))
                .append("</id>\n  </store>\n</featureType>\n")
                .toString();
    }

    private String layerGroup() {
        StringBuilder b = new StringBuilder("<layerGroup>\n  <id>LayerGroupInfoImpl-")
                .append(catalogue.name())
                .append("</id>\n")
                .append("  <name>")
                .append(catalogue.name())
                .append("</name>\n  <mode>NAMED</mode>\n")
                .append("  <title>")
                .append(escape(catalogue.title()))
                .append("</title>\n")
                .append("  <abstractTxt>")
                .append(escape(catalogue.abstractText()))
                .append("</abstractTxt>\n")
                .append("  <workspace>\n    <id>")
                .append(workspaceId(target.workspace()))
                .append("</id>\n  </workspace>\n")
                .append("  <publishables>\n");
        catalogue
                .layers()
                .forEach(l -> b.append("    <published type=\"layer\">\n      <id>")
                        .append(layerId(l.name()))
                        .append("</id>\n    </published>\n"));
        b.append("  </publishables>\n  <styles>\n");
        catalogue
                .layers()
                .forEach(l -> b.append("    <style>\n      <id>")
                        .append(styleId(l.style()))
                        .append("</id>\n    </style>\n"));
        return b.append("  </styles>\n  <bounds>")
                .append(box(catalogue.extent()))
                .append("<crs>")
                .append(catalogue.crs().get(0))
                .append("</crs></bounds>\n</layerGroup>\n")
                .toString();
    }

    private static void entry(StringBuilder b, String key, String value) {
        b.append("    <entry key=\"")
                .append(escape(key))
                .append("\">")
                .append(escape(value))
                .append("</entry>\n");
    }

    private static String box(double[] e) {
        return String.format(
                Locale.ROOT, "<minx>%s</minx><maxx>%s</maxx><miny>%s</miny><maxy>%s</maxy>", e[0], e[2], e[1], e[3]);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
