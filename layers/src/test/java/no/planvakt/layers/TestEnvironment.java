package no.planvakt.layers;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvakt.layers.mapserver.WriteMapfile;

/**
 * The servers run-tests starts. Tests fail (never skip) without them: a green build must mean the
 * WMS was really exercised.
 */
public final class TestEnvironment {
    private TestEnvironment() {}

    public static String dbUrl() {
        return require("PLANVAKT_DB_URL");
    }

    /** WMS base URL ending in ? or &, e.g. http://127.0.0.1:55480/wms? */
    public static String wmsUrl() {
        String url = require("PLANVAKT_WMS_URL");
        return url.endsWith("?") || url.endsWith("&") ? url : url + (url.contains("?") ? "&" : "?");
    }

    /**
     * Writes the running MapServer's mapfile again, with the arguments scripts/mapserver.sh used,
     * so reference layers the test inserted become WMS layers (MapServer reads it per request).
     */
    public static synchronized void rewriteMapfile() throws Exception {
        Path argsFile = Path.of(require("PLANVAKT_WMS_MAPFILE_ARGS"));
        try {
            WriteMapfile.main(Files.readAllLines(argsFile).toArray(String[]::new));
        } catch (IOException e) {
            fail("cannot rewrite the mapfile from " + argsFile + ": " + e);
        }
    }

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            fail(name + " is not set: run the tests with ./run-tests, which starts PostGIS and MapServer");
        }
        return value;
    }
}
