package no.planvakt.layers;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The servers run-tests starts. Tests fail (never skip) without them: a green build must mean the
 * WMS was really exercised.
 */
public final class TestEnvironment {
    private TestEnvironment() {
    }

    public static String dbUrl() {
        return require("PLANVAKT_DB_URL");
    }

    /** WMS base URL ending in ? or &, e.g. http://127.0.0.1:55480/wms? */
    public static String wmsUrl() {
        String url = require("PLANVAKT_WMS_URL");
        return url.endsWith("?") || url.endsWith("&") ? url : url + (url.contains("?") ? "&" : "?");
    }

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            fail(name + " is not set: run the tests with ./run-tests, which starts PostGIS and MapServer");
        }
        return value;
    }
}
