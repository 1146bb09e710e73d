package no.planvakt.layers.mapserver;

import java.nio.file.Path;

/**
 * Where the generated mapfile points: the PostGIS database MapServer reads, the URL clients reach
 * it at, and the directory holding the mapfile, its templates and its scratch space.
 *
 * @param onlineResource the public WMS URL ending in {@code ?} or {@code &}, e.g.
 *                       {@code http://127.0.0.1:55480/wms?map=PLANVAKT&}
 * @param directory      directory the mapfile, templates, fontset and SLD files are written to
 * @param fontFile       a TrueType font for labels and legends
 */
public record MapfileSettings(
        String dbHost,
        int dbPort,
        String dbName,
        String dbUser,
        String dbPassword,
        String onlineResource,
        Path directory,
        Path fontFile) {

    /** libpq connection string; values are quoted so spaces or quotes in a password cannot split it. */
    public String connectionString() {
        StringBuilder b = new StringBuilder();
        b.append("host=")
                .append(libpq(dbHost))
                .append(" port=")
                .append(dbPort)
                .append(" dbname=")
                .append(libpq(dbName))
                .append(" user=")
                .append(libpq(dbUser));
        if (dbPassword != null && !dbPassword.isEmpty()) {
            b.append(" password=").append(libpq(dbPassword));
        }
        return b.toString();
    }

    private static String libpq(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
