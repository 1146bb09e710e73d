package no.planvakt.layers.geoserver;

/** How GeoServer reaches the Planvakt database (as seen from the GeoServer host). */
public record PostgisConnection(String host, int port, String database, String user, String password) {}
