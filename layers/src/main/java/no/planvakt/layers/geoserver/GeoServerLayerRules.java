package no.planvakt.layers.geoserver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;

/**
 * GeoServer layer security (REST {@code /security/acl/layers}) with the rules Planvakt's own WMS
 * proxy applies, as far as GeoServer's per-layer rules can say them. The plan and findings layers
 * choose their rows by request parameters (RUN, PLANVERSION, MUNICIPALITY) that GeoServer cannot
 * check against a user's municipality, and by default show every municipality's plans: so in
 * GeoServer only the admin roles read them — planners reach them through Planvakt's
 * {@code /wms}, which checks the parameters and talks to GeoServer as a user with an admin role.
 * Reference layers are regional data: every signed-in GeoServer user reads them, anonymous users
 * do not. Only GeoServer admins write.
 */
public final class GeoServerLayerRules {
    /** GeoServer's own administrator role and the role of Planvakt's proxy account. */
    public static final String DEFAULT_ADMIN_ROLES = "ADMIN,PLANVAKT_ADMIN";
    /** GeoServer gives this role to every authenticated user. */
    static final String SIGNED_IN = "ROLE_AUTHENTICATED";

    private GeoServerLayerRules() {}

    /** Rule ({@code workspace.layer.r|w}) → comma-separated roles, workspace-wide rules first. */
    public static Map<String, String> rules(LayerCatalogue catalogue, String workspace, String adminRoles) {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put(workspace + ".*.r", adminRoles);
        rules.put(workspace + ".*.w", "ADMIN");
        for (LayerDefinition layer : catalogue.layers()) {
            if (isReference(layer.name())) {
                rules.put(workspace + "." + layer.name() + ".r", SIGNED_IN + "," + adminRoles);
            }
        }
        return rules;
    }

    static boolean isReference(String layerName) {
        return layerName.equals(LayerCatalogue.REFERENCE_LAYER) || layerName.startsWith("ref_");
    }

    /** The body GeoServer's description gives for the rules: {@code <rules><rule resource="…">roles</rule></rules>}. */
    static String xml(Map<String, String> rules) {
        StringBuilder b = new StringBuilder("<rules>");
        rules.forEach((resource, roles) -> b.append("<rule resource=\"")
                .append(escape(resource))
                .append("\">")
                .append(escape(roles))
                .append("</rule>"));
        return b.append("</rules>").toString();
    }

    static List<String> names(Map<String, String> rules) {
        return List.copyOf(rules.keySet());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
