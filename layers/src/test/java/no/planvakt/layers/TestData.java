package no.planvakt.layers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small, known plan with findings, inserted through JDBC into the V1 tables. Coordinates are
 * EUREF89 UTM 33 near Drammen; every square is 400 m × 400 m = 160 daa.
 *
 * <pre>
 * x 230200..230600  RED     R3  latest run of the draft (run2)      municipality 3301
 * x 232200..232600  GREEN   R1  older run of the same draft (run1)  municipality 3301
 * x 233000..233400  YELLOW  R4  run2
 * x 233800..234200  NOT_MAPPED R5a run2
 * x 234600..235000  INFO    R2  run2
 * x 210000..210400  INFO    R2  run3, municipality 3303 (y 6620000..6620400)
 * y 6630200..6630600 unless noted. Land use: 1120 framtidig 230000..231000, 5001 nåværende
 * 231000..232000, 1110 nåværende 232000..233000 (y 6630000..6631000); zone H570 over 5001.
 * </pre>
 */
public final class TestData {
    public static final String PLAN_IDENT = "planvakt-layers-test";
    public static final double Y0 = 6630200;
    public static final double RED_X0 = 230200;
    public static final double GREEN_X0 = 232200;
    public static final double YELLOW_X0 = 233000;
    public static final double NOT_MAPPED_X0 = 233800;
    public static final double INFO_X0 = 234600;
    public static final double OTHER_MUNICIPALITY_X0 = 210000;
    public static final double OTHER_MUNICIPALITY_Y0 = 6620000;
    public static final double SIDE = 400;

    private static Ids ids;

    /** Ids of what was inserted. */
    public record Ids(
            long planId,
            long draftVersionId,
            long adoptedVersionId,
            long olderRunId,
            long latestRunId,
            long otherMunicipalityRunId) {}

    private TestData() {}

    public static synchronized Ids load() throws SQLException {
        if (ids == null) {
            try (Connection c = TestDatabase.connect()) {
                c.setAutoCommit(false);
                ids = insert(c);
                c.commit();
            }
        }
        return ids;
    }

    /** WKT of the 400 m test square with its lower-left corner at (x0, y0). */
    public static String square(double x0, double y0, double side) {
        double x1 = x0 + side;
        double y1 = y0 + side;
        return "MULTIPOLYGON(((" + x0 + " " + y0 + "," + x1 + " " + y0 + "," + x1 + " " + y1 + "," + x0 + " " + y1 + ","
                + x0 + " " + y0 + ")))";
    }

    private static Ids insert(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Re-runnable against a kept database: the plan's versions, runs and findings cascade.
            s.executeUpdate(
                    "DELETE FROM plan.plan WHERE plan_ident IN ('" + PLAN_IDENT + "', '" + PLAN_IDENT + "-3303')");
            s.executeUpdate("DELETE FROM ref.layer WHERE id IN ('test_kulturminner', 'test_skoggrense')");
            // Two reference layers east of the findings: x 236000..236400 and 236600..237000.
            s.executeUpdate("INSERT INTO ref.layer (id, title, source, licence) VALUES"
                    + " ('test_kulturminner', 'Kulturminner (test)', 'Riksantikvaren', 'NLOD'),"
                    + " ('test_skoggrense', 'Skoggrense (test)', 'NIBIO', 'CC BY 4.0')");
            s.executeUpdate("INSERT INTO ref.feature (layer_id, feature_id, geom) VALUES"
                    + " ('test_kulturminner', 'k1', ST_GeomFromText('" + square(236000, Y0, SIDE) + "', 25833)),"
                    + " ('test_skoggrense', 's1', ST_GeomFromText('" + square(236600, Y0, SIDE) + "', 25833))");
        }
        long plan = insertPlan(c, "3301", PLAN_IDENT, "Kommuneplan Testby 2027–2039");
        // Adopted first: the draft is then the plan's newest version, which the land-use layers show.
        long adopted = insertVersion(c, plan, "ADOPTED");
        long draft = insertVersion(c, plan, "DRAFT");
        insertFeature(
                c,
                draft,
                "lu-1",
                "KpArealformålOmråde",
                "AREALFORMAL_OMRADE",
                1120,
                2,
                "BFR1 Fjellstølen",
                square(230000, 6630000, 1000));
        insertFeature(
                c,
                draft,
                "lu-2",
                "KpArealformålOmråde",
                "AREALFORMAL_OMRADE",
                5001,
                1,
                "LNFR",
                square(231000, 6630000, 1000));
        insertFeature(
                c,
                draft,
                "lu-3",
                "KpArealformålOmråde",
                "AREALFORMAL_OMRADE",
                1110,
                1,
                "B3 Bakken",
                square(232000, 6630000, 1000));
        insertFeature(
                c,
                draft,
                "hs-1",
                "KpAngittHensynSone",
                "ANGITT_HENSYN_SONE",
                570,
                null,
                "H570_1",
                square(231200, 6630200, 600));
        insertFeature(
                c,
                adopted,
                "lu-1",
                "KpArealformålOmråde",
                "AREALFORMAL_OMRADE",
                5001,
                1,
                "LNFR",
                square(230000, 6630000, 2000));

        long olderRun = insertRun(c, draft, "3301", "now() - interval '1 day'");
        long latestRun = insertRun(c, draft, "3301", "now()");
        insertFinding(c, olderRun, "R1", "Kulturminner sikret som hensynssone", "GREEN", GREEN_X0, Y0, 1.0, "H570_1");
        insertFinding(
                c,
                latestRun,
                "R3",
                "Ingen nye fritidsboligområder over skoggrensen",
                "RED",
                RED_X0,
                Y0,
                0.16,
                "BFR1 Fjellstølen");
        insertFinding(
                c,
                latestRun,
                "R4",
                "Fritidsboligområder tar vare på friluftsområder",
                "YELLOW",
                YELLOW_X0,
                Y0,
                0.4,
                "BFR1 Fjellstølen");
        insertFinding(c, latestRun, "R5a", "Mineralressurser sikret", "NOT_MAPPED", NOT_MAPPED_X0, Y0, 0, "LNFR");
        insertFinding(c, latestRun, "R2", "Ny utbygging tilpasset kulturminner", "INFO", INFO_X0, Y0, 0.5, "B3 Bakken");

        long otherPlan = insertPlan(c, "3303", PLAN_IDENT + "-3303", "Kommuneplan Nabokommune");
        long otherDraft = insertVersion(c, otherPlan, "DRAFT");
        long otherRun = insertRun(c, otherDraft, "3303", "now()");
        insertFinding(
                c,
                otherRun,
                "R2",
                "Ny utbygging tilpasset kulturminner",
                "INFO",
                OTHER_MUNICIPALITY_X0,
                OTHER_MUNICIPALITY_Y0,
                0.5,
                "B1");
        return new Ids(plan, draft, adopted, olderRun, latestRun, otherRun);
    }

    private static long insertPlan(Connection c, String municipality, String ident, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO plan.plan (municipality, plan_ident, name) VALUES (?, ?, ?) RETURNING id")) {
            p.setString(1, municipality);
            p.setString(2, ident);
            p.setString(3, name);
            return id(p);
        }
    }

    private static long insertVersion(Connection c, long plan, String kind) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO plan.version (plan_id, kind, source_file, source_srid) VALUES (?, ?, 'test.gml', 25833) RETURNING id")) {
            p.setLong(1, plan);
            p.setString(2, kind);
            return id(p);
        }
    }

    private static void insertFeature(
            Connection c,
            long version,
            String localId,
            String objectType,
            String type,
            int code,
            Integer status,
            String name,
            String wkt)
            throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO plan.feature (version_id, local_id, object_type, type, code,"
                        + " status, name, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ST_GeomFromText(?, 25833))")) {
            p.setLong(1, version);
            p.setString(2, localId);
            p.setString(3, objectType);
            p.setString(4, type);
            p.setInt(5, code);
            p.setObject(6, status);
            p.setString(7, name);
            p.setString(8, wkt);
            p.executeUpdate();
        }
    }

    private static long insertRun(Connection c, long draft, String municipality, String finishedAt)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO result.run (pack_id, pack_version, draft_version_id,"
                + " municipality, report_srid, inputs, summary, started_at, finished_at) VALUES ('buskerud', '2026.1', ?, ?,"
                + " 25833, '{}', '{}', " + finishedAt + ", " + finishedAt + ") RETURNING id")) {
            p.setLong(1, draft);
            p.setString(2, municipality);
            return id(p);
        }
    }

    private static void insertFinding(
            Connection c,
            long run,
            String rule,
            String title,
            String status,
            double x0,
            double y0,
            double share,
            String planObject)
            throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO result.finding (run_id, finding_key, rule_id, rule_title,"
                        + " status, change, plan_object_id, plan_object_name, area_m2, area_daa, share, message, trace, geom)"
                        + " VALUES (?, ?, ?, ?, ?, 'NEW', 'lu-1', ?, ?, ?, ?, ?, jsonb_build_object('citation', ?::text),"
                        + " ST_GeomFromText(?, 25833))")) {
            double area = SIDE * SIDE;
            p.setLong(1, run);
            p.setString(2, rule + "-" + x0);
            p.setString(3, rule);
            p.setString(4, title);
            p.setString(5, status);
            p.setString(6, planObject);
            p.setDouble(7, area);
            p.setDouble(8, area / 1000);
            p.setDouble(9, share);
            p.setString(10, title + ": " + status);
            p.setString(11, "Buskerudplanen §6.2 – " + title);
            p.setString(12, square(x0, y0, SIDE));
            p.executeUpdate();
        }
    }

    private static long id(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
