package no.planvakt.layers.geoserver;

import java.net.URI;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.ReferenceLayerSource;
import no.planvakt.layers.style.StyleCatalogue;

/**
 * Command line: publishes the catalogue to a GeoServer. Settings come from the environment so
 * passwords stay off the command line: GEOSERVER_REST_URL, GEOSERVER_USER, GEOSERVER_PASSWORD,
 * GEOSERVER_WORKSPACE (planvakt), GEOSERVER_PLANVAKT_ADMIN_ROLES (the roles that read plan and findings
 * layers, default ADMIN,PLANVAKT_ADMIN; see GeoServerLayerRules), PLANVAKT_DB_HOST/PORT/NAME/USER/PASSWORD
 * (as GeoServer sees the database).
 * With {@code --data-dir DIR} it writes the same configuration into a GeoServer data directory instead.
 * Each loaded reference layer (ref.layer row) becomes a layer of its own when the database is
 * reachable from here with those settings; otherwise only the catalogue's layers are published.
 */
public final class PublishToGeoServer {
    private PublishToGeoServer() {}

    public static void main(String[] args) throws Exception {
        String ws = env("GEOSERVER_WORKSPACE", "planvakt");
        boolean files = args.length == 2 && args[0].equals("--data-dir");
        GeoServerTarget target = new GeoServerTarget(
                URI.create(files ? "http://unused/geoserver/rest" : env("GEOSERVER_REST_URL", null)),
                env("GEOSERVER_USER", "admin"),
                files ? "" : env("GEOSERVER_PASSWORD", null),
                ws,
                "planvakt_postgis",
                "https://planvakt.no/" + ws);
        PostgisConnection db = new PostgisConnection(
                env("PLANVAKT_DB_HOST", "localhost"),
                Integer.parseInt(env("PLANVAKT_DB_PORT", "5432")),
                env("PLANVAKT_DB_NAME", "planvakt"),
                env("PLANVAKT_DB_USER", "planvakt"),
                env("PLANVAKT_DB_PASSWORD", ""));
        LayerCatalogue catalogue = LayerCatalogue.standard()
                .withReferenceLayers(
                        ReferenceLayerSource.readOrNone(db.host(), db.port(), db.database(), db.user(), db.password()));
        if (files) {
            System.out.println(new GeoServerDataDirectory(catalogue, StyleCatalogue.standard(), target)
                    .write(java.nio.file.Path.of(args[1]), db));
            return;
        }
        new GeoServerPublisher(
                        target,
                        catalogue,
                        StyleCatalogue.standard(),
                        env("GEOSERVER_PLANVAKT_ADMIN_ROLES", GeoServerLayerRules.DEFAULT_ADMIN_ROLES))
                .publish(db)
                .forEach(System.out::println);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        if (v == null || v.isEmpty()) {
            if (fallback == null) {
                throw new IllegalArgumentException(name + " must be set");
            }
            return fallback;
        }
        return v;
    }
}
