package no.planvakt.rule.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * What the PostGIS oracles share: one row of figures from SQL, and a count of the figures compared
 * with the engine's, writing each disagreement to a common list of mismatches.
 */
final class OracleLedger {
    private final List<String> mismatches;
    private int compared;

    OracleLedger(List<String> mismatches) {
        this.mismatches = mismatches;
    }

    int compared() {
        return compared;
    }

    /** Counts one comparison that the caller decided itself; {@code mismatch} is null when it agreed. */
    void counted(String mismatch) {
        compared++;
        if (mismatch != null) {
            mismatches.add(mismatch);
        }
    }

    /** The engine's figure against PostGIS's, within {@code tolerance} (absolute, in the figure's unit). */
    void agree(String where, String figure, Double engine, double postgis, double tolerance) {
        compared++;
        if (engine == null) {
            mismatches.add(where + ": " + figure + " missing in the finding (PostGIS: " + postgis + ")");
            return;
        }
        if (Math.abs(engine - postgis) > tolerance) {
            mismatches.add(String.format(
                    Locale.ROOT,
                    "%s: %s engine %.6f, PostGIS %.6f (%.5f %%)",
                    where,
                    figure,
                    engine,
                    postgis,
                    postgis == 0 ? 0 : 100 * Math.abs(engine - postgis) / Math.abs(postgis)));
        }
    }

    /** The first row of {@code sql} as numbers, with {@code params} bound in order (text, WKB bytes, …). */
    static double[] row(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                double[] out = new double[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = rs.getDouble(i + 1);
                }
                return out;
            }
        }
    }
}
