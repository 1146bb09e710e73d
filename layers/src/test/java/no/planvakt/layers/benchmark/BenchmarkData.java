package no.planvakt.layers.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.planvakt.layers.TestDatabase;

/**
 * A generated municipality for the WMS benchmark: 30 km × 30 km in UTM 33 (municipality 3399),
 * 3 600 land-use polygons (17-vertex rings on a 500 m grid, mixed arealformål and status),
 * 300 hensynssoner and 1 500 findings of mixed status in the latest run. Generated in PostGIS
 * with a fixed seed, so every benchmark run draws the same data.
 */
final class BenchmarkData {
    static final String PLAN_IDENT = "planvakt-bench";
    /** minx, miny, maxx, maxy of the municipality. */
    static final double[] EXTENT = {300000, 6650000, 330000, 6680000};

    private BenchmarkData() {}

    static void ensure() throws SQLException {
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM wms.finding WHERE municipality = '3399'")) {
                rs.next();
                if (rs.getLong(1) == 1500) {
                    return;
                }
            }
            c.setAutoCommit(false);
            s.executeUpdate("DELETE FROM plan.plan WHERE plan_ident = '" + PLAN_IDENT + "'");
            s.execute("SELECT setseed(0.42)");
            s.executeUpdate("INSERT INTO plan.plan (municipality, plan_ident, name) VALUES ('3399', '" + PLAN_IDENT
                    + "', 'Benchmark kommuneplan')");
            s.executeUpdate("INSERT INTO plan.version (plan_id, kind, source_file, source_srid)"
                    + " SELECT id, 'DRAFT', 'generated', 25833 FROM plan.plan WHERE plan_ident = '" + PLAN_IDENT + "'");
            String version =
                    "(SELECT v.id FROM plan.version v JOIN plan.plan p ON p.id = v.plan_id WHERE p.plan_ident = '"
                            + PLAN_IDENT + "')";
            s.executeUpdate(
                    "INSERT INTO plan.feature (version_id, local_id, object_type, type, code, status, name, geom)"
                            + " SELECT " + version
                            + ", 'lu-' || i || '-' || j, 'KpArealformålOmråde', 'AREALFORMAL_OMRADE',"
                            + " (ARRAY[1110,1120,1130,1160,1300,1400,2010,3040,5001,5100,5210,5220,6001,1200,4001])[1 + (i * 7 + j) % 15],"
                            + " 1 + ((i + j) % 2), 'F' || i || '_' || j,"
                            + " ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(300250 + i * 500, 6650250 + j * 500), 25833), 245, 4))"
                            + " FROM generate_series(0, 59) i, generate_series(0, 59) j");
            s.executeUpdate(
                    "INSERT INTO plan.feature (version_id, local_id, object_type, type, code, status, name, geom)"
                            + " SELECT " + version + ", 'hs-' || k, 'KpAngittHensynSone', 'ANGITT_HENSYN_SONE',"
                            + " (ARRAY[510,530,550,560,570,590])[1 + k % 6], NULL, 'H' || k,"
                            + " ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(300000 + random() * 30000, 6650000 + random() * 30000), 25833),"
                            + " 200 + random() * 600, 4)) FROM generate_series(1, 300) k");
            s.executeUpdate(
                    "INSERT INTO result.run (pack_id, pack_version, draft_version_id, municipality, report_srid, inputs,"
                            + " summary, started_at) SELECT 'buskerud', '2026.1', " + version
                            + ", '3399', 25833, '{}', '{}', now()");
            s.executeUpdate(
                    "INSERT INTO result.finding (run_id, finding_key, rule_id, rule_title, status, plan_object_name,"
                            + " area_m2, area_daa, share, message, trace, geom)"
                            + " SELECT (SELECT max(id) FROM result.run WHERE municipality = '3399'), 'f' || k,"
                            + " (ARRAY['R1','R2','R3','R4','R5a'])[1 + k % 5], 'Regel', "
                            + " (ARRAY['RED','YELLOW','GREEN','INFO','NOT_MAPPED'])[1 + (k * 3) % 5], 'F' || k, 1000, 1, 0.5, 'x', '{}',"
                            + " ST_Buffer(ST_SetSRID(ST_MakePoint(300000 + random() * 30000, 6650000 + random() * 30000), 25833),"
                            + " 40 + random() * 120, 4) FROM generate_series(1, 1500) k");
            s.execute("ANALYZE plan.feature");
            s.execute("ANALYZE result.finding");
            c.commit();
        }
    }
}
