package no.planvakt.layers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** Migrates the test database with the project's Flyway migrations (V1 tables, V2 WMS views). */
public final class TestDatabase {
    private static boolean migrated;

    private TestDatabase() {}

    public static synchronized Connection connect() throws SQLException {
        if (!migrated) {
            Flyway.configure()
                    .dataSource(TestEnvironment.dbUrl(), null, null)
                    .placeholders(Map.of("srid", "25833"))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            migrated = true;
        }
        return DriverManager.getConnection(TestEnvironment.dbUrl());
    }
}
