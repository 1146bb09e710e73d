package no.planvakt.layers.geoserver;

import java.net.URI;

/**
 * A deployed GeoServer and the names Planvakt publishes under.
 *
 * @param restUrl   the REST root, e.g. {@code https://maps.example.no/geoserver/rest}
 * @param workspace workspace (and namespace prefix) for every Planvakt layer
 * @param datastore name of the PostGIS store in that workspace
 */
public record GeoServerTarget(
        URI restUrl, String user, String password, String workspace, String datastore, String namespaceUri) {

    public GeoServerTarget {
        String s = restUrl.toString();
        if (s.endsWith("/")) {
            restUrl = URI.create(s.substring(0, s.length() - 1));
        }
    }
}
