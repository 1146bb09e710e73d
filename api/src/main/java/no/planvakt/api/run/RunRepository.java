package no.planvakt.api.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.api.answer.RunAnswer;
import no.planvakt.api.answer.RunEntry;
import no.planvakt.api.web.Json;
import no.planvakt.api.web.NotFoundException;
import no.planvakt.api.web.Wkb;
import no.planvakt.diff.ChangeKind;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultJson;
import no.planvakt.result.ResultTable;
import no.planvakt.result.Status;
import no.planvakt.result.SummaryJson;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Check runs, their findings and their checked-and-clear lists (schema {@code result}). */
@Repository
public class RunRepository {
    private final JdbcTemplate jdbc;

    public RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A run asked for and not yet started; returns its id. */
    public long queue(
            long draftVersionId,
            Long adoptedVersionId,
            String municipality,
            String packId,
            String packVersion,
            List<String> rules,
            String requestedBy) {
        return jdbc.queryForObject(
                "INSERT INTO result.run (pack_id, pack_version, draft_version_id, adopted_version_id, municipality,"
                        + " requested_rules, requested_by, state, percent, finished_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, 'QUEUED', 0, NULL) RETURNING id",
                Long.class,
                packId,
                packVersion,
                draftVersionId,
                adoptedVersionId,
                municipality,
                rules == null ? null : Json.of(rules),
                requestedBy);
    }

    /** Stores a whole finished run at once (tests, imports of results); the service goes through queue, start and complete. */
    public long insert(
            CheckResult r,
            long draftVersionId,
            Long adoptedVersionId,
            String municipality,
            java.time.Instant startedAt,
            int srid) {
        long id = queue(draftVersionId, adoptedVersionId, municipality, r.packId(), r.packVersion(), null, null);
        jdbc.update(
                "UPDATE result.run SET state = 'RUNNING', started_at = ? WHERE id = ?",
                java.sql.Timestamp.from(startedAt),
                id);
        complete(id, r, srid);
        return id;
    }

    /** Queued → running; false when the run is no longer queued (cancelled meanwhile). */
    public boolean start(long runId) {
        return jdbc.update(
                        "UPDATE result.run SET state = 'RUNNING', started_at = now() WHERE id = ? AND state = 'QUEUED'",
                        runId)
                == 1;
    }

    public void progress(long runId, int percent, String currentRule) {
        jdbc.update(
                "UPDATE result.run SET percent = ?, current_rule = ? WHERE id = ? AND state = 'RUNNING'",
                percent,
                currentRule,
                runId);
    }

    /** A run that ended without a result: FAILED (with the reason) or CANCELLED. */
    public void end(long runId, RunState state, String reason) {
        jdbc.update(
                "UPDATE result.run SET state = ?, failure_reason = ?, current_rule = NULL, finished_at = now()"
                        + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')",
                state.name(),
                reason,
                runId);
    }

    /**
     * Cancels a queued run at once (true), or asks a running one to stop at its next rule (false).
     * A run that has already ended cannot be cancelled.
     */
    public boolean cancel(long runId) {
        if (jdbc.update(
                        "UPDATE result.run SET state = 'CANCELLED', finished_at = now(), cancel_requested = true"
                                + " WHERE id = ? AND state = 'QUEUED'",
                        runId)
                == 1) {
            return true;
        }
        if (jdbc.update("UPDATE result.run SET cancel_requested = true WHERE id = ? AND state = 'RUNNING'", runId)
                == 1) {
            return false;
        }
        throw new RunStateException(
                "check run " + runId + " has already ended (" + state(runId) + ") and cannot be cancelled");
    }

    public boolean cancelRequested(long runId) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT cancel_requested FROM result.run WHERE id = ?", Boolean.class, runId));
    }

    /** At start-up: runs that were queued or running when the service stopped will never finish. */
    public int failLeftOver(String reason) {
        return jdbc.update(
                "UPDATE result.run SET state = 'FAILED', failure_reason = ?, current_rule = NULL, finished_at = now()"
                        + " WHERE state IN ('QUEUED', 'RUNNING')",
                reason);
    }

    public RunState state(long runId) {
        List<String> s = jdbc.queryForList("SELECT state FROM result.run WHERE id = ?", String.class, runId);
        if (s.isEmpty()) {
            throw new NotFoundException("check run " + runId + " does not exist");
        }
        return RunState.valueOf(s.get(0));
    }

    private static final String FINDING_COLUMNS =
            "run_id, finding_key, rule_id, rule_title, status, change, plan_object_id,"
                    + " plan_object_name, plan_object_purpose, reference_layer, reference_feature_id, area_m2, area_daa, share,"
                    + " distance_m, message, trace, figures, geom";

    /** Stores the result of a run and marks it done; call inside a transaction so it is stored completely or not at all. */
    public void complete(long runId, CheckResult r, int srid) {
        ArrayNode summary = (ArrayNode) ResultJson.toJson(r).get("summary");
        int updated = jdbc.update(
                "UPDATE result.run SET pack_id = ?, pack_version = ?, report_srid = ?, inputs = ?::jsonb, summary = ?::jsonb,"
                        + " state = 'DONE', percent = 100, current_rule = NULL, finished_at = now() WHERE id = ? AND state = 'RUNNING'",
                r.packId(),
                r.packVersion(),
                r.reportSrid(),
                Json.of(r.inputs()),
                summary.toString(),
                runId);
        if (updated != 1) {
            throw new RunStateException("check run " + runId + " is no longer running; its result is not stored");
        }
        // Findings and the checked list by COPY, streamed on the transaction's connection: a county
        // run has tens of thousands of findings, and batched inserts were most of its storing time.
        jdbc.execute((ConnectionCallback<Long>) c -> BinaryCopy.rows(
                c,
                "result.finding",
                FINDING_COLUMNS,
                r.findings(),
                (row, f) -> row.int8(runId)
                        .text(f.key())
                        .text(f.ruleId())
                        .text(f.ruleTitle())
                        .text(f.status().name())
                        .text(f.change() == null ? null : f.change().name())
                        .text(f.planObjectId())
                        .text(f.planObjectName())
                        .text(f.planObjectPurpose())
                        .text(f.referenceLayer())
                        .text(f.referenceFeatureId())
                        .float8(f.areaM2())
                        .float8(f.areaDaa())
                        .float8(f.share())
                        .float8(f.distanceM())
                        .text(f.message())
                        .jsonb(Json.of(f.trace()))
                        .jsonb(Json.of(f.figures()))
                        .geometry(f.geometry(), srid)));
        jdbc.execute((ConnectionCallback<Long>) c -> BinaryCopy.rows(
                c,
                "result.checked",
                "run_id, rule_id, plan_object_id, plan_object_name, message",
                r.checked(),
                (row, ch) -> row.int8(runId)
                        .text(ch.ruleId())
                        .text(ch.planObjectId())
                        .text(ch.planObjectName())
                        .text(ch.message())));
        List<Object[]> tables = new ArrayList<>();
        for (ResultTable t : r.tables()) {
            tables.add(new Object[] {
                runId, t.id(), t.ruleId(), t.title(), t.note(), Json.of(t.columns()), Json.of(t.rows())
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO result.run_table (run_id, table_id, rule_id, title, note, columns, rows)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)",
                tables);
    }

    /** The run's tables of figures, in the order the engine produced them. */
    public List<ResultTable> tables(long runId) {
        requireDone(runId);
        return jdbc.query(
                "SELECT table_id, rule_id, title, note, columns::text, rows::text FROM result.run_table"
                        + " WHERE run_id = ? ORDER BY id",
                (rs, i) -> new ResultTable(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Json.columns(rs.getString(5)),
                        Json.rows(rs.getString(6)),
                        rs.getString(4)),
                runId);
    }

    public List<Finding> findings(long runId, int srid) {
        requireDone(runId);
        return jdbc.query(
                "SELECT finding_key, rule_id, rule_title, status, change, plan_object_id, plan_object_name, plan_object_purpose,"
                        + " reference_layer, reference_feature_id, area_m2, share, distance_m, message, trace::text AS trace, figures::text AS figures,"
                        + " ST_AsBinary(geom) AS wkb FROM result.finding WHERE run_id = ? ORDER BY id",
                (rs, i) -> new Finding(
                        rs.getString("finding_key"),
                        rs.getString("rule_id"),
                        rs.getString("rule_title"),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("change") == null ? null : ChangeKind.valueOf(rs.getString("change")),
                        rs.getString("plan_object_id"),
                        rs.getString("plan_object_name"),
                        rs.getString("plan_object_purpose"),
                        rs.getString("reference_layer"),
                        rs.getString("reference_feature_id"),
                        rs.getDouble("area_m2"),
                        (Double) rs.getObject("share"),
                        (Double) rs.getObject("distance_m"),
                        rs.getString("message"),
                        Json.strings(rs.getString("trace")),
                        Wkb.read(rs.getBytes("wkb"), srid),
                        Json.numbers(rs.getString("figures"))),
                runId);
    }

    public List<Checked> checked(long runId) {
        return jdbc.query(
                "SELECT rule_id, plan_object_id, plan_object_name, message FROM result.checked WHERE run_id = ? ORDER BY id",
                (rs, i) -> new Checked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                runId);
    }

    public RunAnswer describe(long runId) {
        List<RunAnswer> rows = jdbc.query(
                "SELECT id, pack_id, pack_version, draft_version_id, adopted_version_id, municipality,"
                        + " report_srid, state, percent, current_rule, failure_reason, requested_by, cancel_requested, queued_at,"
                        + " inputs::text AS inputs, summary::text AS summary, started_at, finished_at FROM result.run WHERE id = ?",
                (rs, i) -> {
                    Map<String, String> inputs = new LinkedHashMap<>();
                    Json.map(rs.getString("inputs")).forEach((k, v) -> inputs.put(k, String.valueOf(v)));
                    return new RunAnswer(
                            rs.getLong("id"),
                            rs.getString("pack_id"),
                            rs.getString("pack_version"),
                            rs.getLong("draft_version_id"),
                            (Long) rs.getObject("adopted_version_id"),
                            rs.getString("municipality"),
                            (Integer) rs.getObject("report_srid"),
                            RunState.valueOf(rs.getString("state")),
                            rs.getInt("percent"),
                            rs.getString("current_rule"),
                            rs.getString("failure_reason"),
                            rs.getString("requested_by"),
                            rs.getBoolean("cancel_requested"),
                            instant(rs.getTimestamp("queued_at")),
                            inputs,
                            Json.summaries(rs.getString("summary")),
                            instant(rs.getTimestamp("started_at")),
                            instant(rs.getTimestamp("finished_at")),
                            List.of());
                },
                runId);
        if (rows.isEmpty()) {
            throw new NotFoundException("check run " + runId + " does not exist");
        }
        RunAnswer r = rows.get(0);
        return new RunAnswer(
                r.runId(),
                r.pack(),
                r.packVersion(),
                r.draftVersionId(),
                r.adoptedVersionId(),
                r.municipality(),
                r.reportSrid(),
                r.state(),
                r.percent(),
                r.currentRule(),
                r.reason(),
                r.requestedBy(),
                r.cancelRequested(),
                r.queuedAt(),
                r.inputs(),
                r.summary(),
                r.startedAt(),
                r.finishedAt(),
                checked(runId));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Runs whose draft's municipality matches {@code visibleSql} (from AccessPolicy), newest first, at most 200. */
    public List<RunEntry> list(String visibleSql, Long draftVersionId) {
        return jdbc.query(
                "SELECT r.id, r.draft_version_id, r.adopted_version_id, r.municipality, r.state, r.percent, r.current_rule,"
                        + " r.failure_reason, r.requested_by, r.queued_at, r.finished_at"
                        + " FROM result.run r JOIN plan.version v ON v.id = r.draft_version_id JOIN plan.plan p ON p.id = v.plan_id"
                        + " WHERE " + visibleSql
                        + " AND (?::bigint IS NULL OR r.draft_version_id = ?) ORDER BY r.id DESC LIMIT 200",
                (rs, i) -> new RunEntry(
                        rs.getLong("id"),
                        rs.getLong("draft_version_id"),
                        (Long) rs.getObject("adopted_version_id"),
                        rs.getString("municipality"),
                        RunState.valueOf(rs.getString("state")),
                        rs.getInt("percent"),
                        rs.getString("current_rule"),
                        rs.getString("failure_reason"),
                        rs.getString("requested_by"),
                        instant(rs.getTimestamp("queued_at")),
                        instant(rs.getTimestamp("finished_at"))),
                draftVersionId,
                draftVersionId);
    }

    /** What a stored run was made of, to rebuild its report. */
    public record RunHeader(
            long draftVersionId,
            Long adoptedVersionId,
            String packId,
            String packVersion,
            int reportSrid,
            Map<String, String> inputs,
            List<String> ruleIds) {}

    public RunHeader header(long runId) {
        requireDone(runId);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT draft_version_id, adopted_version_id, pack_id, pack_version, report_srid,"
                        + " inputs::text AS inputs, summary::text AS summary FROM result.run WHERE id = ?",
                runId);
        if (rows.isEmpty()) {
            throw new NotFoundException("check run " + runId + " does not exist");
        }
        Map<String, Object> r = rows.get(0);
        Map<String, String> inputs = new LinkedHashMap<>();
        Json.map((String) r.get("inputs")).forEach((k, v) -> inputs.put(k, String.valueOf(v)));
        List<String> ruleIds = Json.summaries((String) r.get("summary")).stream()
                .map(SummaryJson::ruleId)
                .toList();
        Number adopted = (Number) r.get("adopted_version_id");
        return new RunHeader(
                ((Number) r.get("draft_version_id")).longValue(),
                adopted == null ? null : adopted.longValue(),
                (String) r.get("pack_id"),
                (String) r.get("pack_version"),
                (Integer) r.get("report_srid"),
                inputs,
                ruleIds);
    }

    /** Findings and reports exist only for a finished run; before that the answer is 409 with its state. */
    private void requireDone(long runId) {
        RunState state = state(runId);
        if (state != RunState.DONE) {
            throw new RunStateException("check run " + runId + " is " + state + ", not DONE: it has no findings"
                    + (state == RunState.QUEUED || state == RunState.RUNNING
                            ? " yet (GET /api/runs/" + runId + " shows its progress)"
                            : ""));
        }
    }
}
