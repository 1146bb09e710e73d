package no.planvakt.layers.mapserver;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.ReferenceLayer;
import no.planvakt.layers.catalogue.ReferenceLayerSource;
import no.planvakt.layers.style.StyleCatalogue;

/**
 * Command-line entry used by scripts/mapserver.sh:
 * {@code WriteMapfile --dir D --db-host H --db-port P --db-name N --db-user U [--db-password W] --url URL --font F}.
 * Besides the catalogue's layers the mapfile gets one layer per {@code ref.layer} row; run it again
 * after loading reference data to publish the new layers (MapServer reads the mapfile per request).
 */
public final class WriteMapfile {
    private WriteMapfile() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            a.put(args[i].substring(2), args[i + 1]);
        }
        MapfileSettings settings = new MapfileSettings(
                a.getOrDefault("db-host", "127.0.0.1"),
                Integer.parseInt(a.getOrDefault("db-port", "5432")),
                require(a, "db-name"),
                a.getOrDefault("db-user", "postgres"),
                a.get("db-password"),
                require(a, "url"),
                Path.of(require(a, "dir")).toAbsolutePath(),
                Path.of(a.getOrDefault("font", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")));
        LayerCatalogue catalogue = LayerCatalogue.standard().withReferenceLayers(referenceLayers(settings));
        Path mapfile = MapServerFiles.writeAll(catalogue, StyleCatalogue.standard(), settings);
        System.out.println(mapfile);
    }

    /** The loaded reference layers, or none when the database cannot be read. */
    static List<ReferenceLayer> referenceLayers(MapfileSettings settings) {
        return ReferenceLayerSource.readOrNone(
                settings.dbHost(), settings.dbPort(), settings.dbName(), settings.dbUser(), settings.dbPassword());
    }

    private static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }
}
