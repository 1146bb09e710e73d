package no.planvakt.api.override;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.api.answer.OverrideAnswer;
import no.planvakt.api.web.NotFoundException;
import no.planvakt.result.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Planner overrides (schema {@code result.override}), one per draft plan version and finding key. */
@Repository
public class OverrideRepository {
    private final JdbcTemplate jdbc;

    public OverrideRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or replaces) the verdict on a finding of a run; returns it as stored. */
    public OverrideAnswer save(long runId, String findingKey, Verdict verdict, String reason, String by) {
        List<Map<String, Object>> f = jdbc.queryForList(
                "SELECT r.draft_version_id, f.rule_id, f.area_m2 FROM result.finding f"
                        + " JOIN result.run r ON r.id = f.run_id WHERE f.run_id = ? AND f.finding_key = ?",
                runId,
                findingKey);
        if (f.isEmpty()) {
            throw new NotFoundException("check run " + runId + " has no finding " + findingKey);
        }
        Map<String, Object> row = f.get(0);
        jdbc.update(
                "INSERT INTO result.override (draft_version_id, finding_key, rule_id, verdict, reason, decided_by, area_m2)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (draft_version_id, finding_key) DO UPDATE SET verdict = excluded.verdict,"
                        + " reason = excluded.reason, decided_by = excluded.decided_by, decided_at = now(), area_m2 = excluded.area_m2",
                row.get("draft_version_id"),
                findingKey,
                row.get("rule_id"),
                verdict.name(),
                reason,
                by,
                row.get("area_m2"));
        return forRun(runId).get(findingKey);
    }

    /**
     * The overrides that apply to a run's findings, by finding key. An override made on another
     * run of the same draft version applies when the key matches; "changed" tells whether the
     * finding's area has moved by more than 0.1 % since the planner decided.
     */
    public Map<String, OverrideAnswer> forRun(long runId) {
        Map<String, OverrideAnswer> out = new HashMap<>();
        jdbc.query(
                "SELECT f.finding_key, o.verdict, o.reason, o.decided_by, o.decided_at, o.area_m2 AS decided_area, f.area_m2"
                        + " FROM result.finding f JOIN result.run r ON r.id = f.run_id"
                        + " JOIN result.override o ON o.draft_version_id = r.draft_version_id AND o.finding_key = f.finding_key"
                        + " WHERE f.run_id = ?",
                rs -> {
                    double then = rs.getDouble("decided_area");
                    double now = rs.getDouble("area_m2");
                    out.put(
                            rs.getString("finding_key"),
                            new OverrideAnswer(
                                    Verdict.valueOf(rs.getString("verdict")),
                                    rs.getString("reason"),
                                    rs.getString("decided_by"),
                                    rs.getTimestamp("decided_at").toInstant(),
                                    Math.abs(now - then) > 0.001 * Math.max(Math.abs(then), 1.0)));
                },
                runId);
        return out;
    }
}
