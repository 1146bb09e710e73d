package no.planvakt.layers.catalogue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads the loaded reference layers ({@code ref.layer}) for the tools that write server configuration (WriteMapfile,
 * PublishToGeoServer). A database that cannot be read gives no reference layers, not an error:
 * the server then publishes the static catalogue (scripts/mapserver.sh starts MapServer before a
 * fresh database is migrated, and the publisher may not see the database GeoServer sees).
 */
public final class ReferenceLayerSource {
    private ReferenceLayerSource() {}

    /** Every row of {@code ref.layer}, by id. */
    static List<ReferenceLayer> readAll(Connection connection) throws SQLException {
        List<ReferenceLayer> layers = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, title, source, owner, licence, source_date FROM ref.layer ORDER BY id")) {
            while (rs.next()) {
                layers.add(new ReferenceLayer(
                        rs.getString("id"),
                        rs.getString("title"),
                        rs.getString("source"),
                        rs.getString("owner"),
                        rs.getString("licence"),
                        rs.getObject("source_date", LocalDate.class)));
            }
        }
        return layers;
    }

    public static List<ReferenceLayer> readOrNone(
            String host, int port, String database, String user, String password) {
        Properties login = new Properties();
        login.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            login.setProperty("password", password);
        }
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        try (Connection c = DriverManager.getConnection(url, login)) {
            return readAll(c);
        } catch (SQLException e) {
            System.err.println("no reference layers from " + url + " ("
                    + e.getMessage().lines().findFirst().orElse("") + "); publishing the catalogue's layers only");
            return List.of();
        }
    }
}
