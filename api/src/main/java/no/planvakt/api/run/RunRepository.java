package no.planvakt.api.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Check runs, their findings and their checked-and-clear lists (schema {@code result}). */
@Repository
public class RunRepository {
    private final JdbcTemplate jdbc;

    public RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a whole run; call inside a transaction so a run is stored completely or not at all. */
    public long insert(CheckResult r, long draftVersionId, Long adoptedVersionId, String municipality, Instant startedAt, int srid) {
        ArrayNode summary = (ArrayNode) ResultJson.toJson(r).get("summary");
        long runId = jdbc.queryForObject("INSERT INTO result.run (pack_id, pack_version, draft_version_id, adopted_version_id, municipality,"
                        + " report_srid, inputs, summary, started_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) RETURNING id", Long.class,
                r.packId(), r.packVersion(), draftVersionId, adoptedVersionId, municipality, r.reportSrid(), Json.of(r.inputs()),
                summary.toString(), Timestamp.from(startedAt));
        List<Object[]> rows = new ArrayList<>();
        for (Finding f : r.findings()) {
            rows.add(new Object[] {runId, f.key(), f.ruleId(), f.ruleTitle(), f.status().name(), f.change() == null ? null : f.change().name(),
                    f.planObjectId(), f.planObjectName(), f.planObjectPurpose(), f.referenceLayer(), f.referenceFeatureId(), f.areaM2(),
                    f.areaDaa(), f.share(), f.distanceM(), f.message(), Json.of(f.trace()), Json.of(f.figures()),
                    f.geometry() == null ? null : Wkb.write(f.geometry())});
        }
        jdbc.batchUpdate("INSERT INTO result.finding (run_id, finding_key, rule_id, rule_title, status, change, plan_object_id,"
                + " plan_object_name, plan_object_purpose, reference_layer, reference_feature_id, area_m2, area_daa, share, distance_m,"
                + " message, trace, figures, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ST_GeomFromWKB(?, "
                + srid + "))", rows);
        List<Object[]> checked = new ArrayList<>();
        for (Checked c : r.checked()) {
            checked.add(new Object[] {runId, c.ruleId(), c.planObjectId(), c.planObjectName(), c.message()});
        }
        jdbc.batchUpdate("INSERT INTO result.checked (run_id, rule_id, plan_object_id, plan_object_name, message) VALUES (?, ?, ?, ?, ?)",
                checked);
        List<Object[]> tables = new ArrayList<>();
        for (ResultTable t : r.tables()) {
            tables.add(new Object[] {runId, t.id(), t.ruleId(), t.title(), t.note(), Json.of(t.columns()), Json.of(t.rows())});
        }
        jdbc.batchUpdate("INSERT INTO result.run_table (run_id, table_id, rule_id, title, note, columns, rows)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)", tables);
        return runId;
    }

    /** The run's tables of figures, in the order the engine produced them. */
    public List<ResultTable> tables(long runId) {
        requireRun(runId);
        return jdbc.query("SELECT table_id, rule_id, title, note, columns::text, rows::text FROM result.run_table"
                        + " WHERE run_id = ? ORDER BY id",
                (rs, i) -> new ResultTable(rs.getString(1), rs.getString(2), rs.getString(3), Json.columns(rs.getString(5)),
                        Json.rows(rs.getString(6)), rs.getString(4)),
                runId);
    }

    public List<Finding> findings(long runId, int srid) {
        requireRun(runId);
        return jdbc.query("SELECT finding_key, rule_id, rule_title, status, change, plan_object_id, plan_object_name, plan_object_purpose,"
                        + " reference_layer, reference_feature_id, area_m2, share, distance_m, message, trace::text AS trace, figures::text AS figures,"
                        + " ST_AsBinary(geom) AS wkb FROM result.finding WHERE run_id = ? ORDER BY id",
                (rs, i) -> new Finding(rs.getString("finding_key"), rs.getString("rule_id"), rs.getString("rule_title"),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("change") == null ? null : ChangeKind.valueOf(rs.getString("change")),
                        rs.getString("plan_object_id"), rs.getString("plan_object_name"), rs.getString("plan_object_purpose"),
                        rs.getString("reference_layer"), rs.getString("reference_feature_id"), rs.getDouble("area_m2"),
                        (Double) rs.getObject("share"), (Double) rs.getObject("distance_m"), rs.getString("message"),
                        Json.strings(rs.getString("trace")), Wkb.read(rs.getBytes("wkb"), srid), Json.numbers(rs.getString("figures"))),
                runId);
    }

    public List<Checked> checked(long runId) {
        return jdbc.query("SELECT rule_id, plan_object_id, plan_object_name, message FROM result.checked WHERE run_id = ? ORDER BY id",
                (rs, i) -> new Checked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), runId);
    }

    public Map<String, Object> describe(long runId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id AS \"runId\", pack_id AS pack, pack_version AS \"packVersion\","
                + " draft_version_id AS \"draftVersionId\", adopted_version_id AS \"adoptedVersionId\", municipality,"
                + " report_srid AS \"reportSrid\", inputs::text AS inputs, summary::text AS summary, started_at AS \"startedAt\","
                + " finished_at AS \"finishedAt\" FROM result.run WHERE id = ?", runId);
        if (rows.isEmpty()) {
            throw new NotFoundException("check run " + runId + " does not exist");
        }
        Map<String, Object> m = new LinkedHashMap<>(rows.get(0));
        m.put("inputs", Json.map((String) m.get("inputs")));
        try {
            m.put("summary", new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) m.get("summary")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        m.put("checked", ResultJson.checked(checked(runId)));
        return m;
    }

    /** What a stored run was made of, to rebuild its report. */
    public record RunHeader(long draftVersionId, Long adoptedVersionId, String packId, String packVersion, int reportSrid,
                            Map<String, String> inputs, List<String> ruleIds) {
    }

    public RunHeader header(long runId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT draft_version_id, adopted_version_id, pack_id, pack_version, report_srid,"
                + " inputs::text AS inputs, summary::text AS summary FROM result.run WHERE id = ?", runId);
        if (rows.isEmpty()) {
            throw new NotFoundException("check run " + runId + " does not exist");
        }
        Map<String, Object> r = rows.get(0);
        Map<String, String> inputs = new LinkedHashMap<>();
        Json.map((String) r.get("inputs")).forEach((k, v) -> inputs.put(k, String.valueOf(v)));
        List<String> ruleIds = new ArrayList<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree((String) r.get("summary")).forEach(n -> ruleIds.add(n.get("ruleId").asText()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Number adopted = (Number) r.get("adopted_version_id");
        return new RunHeader(((Number) r.get("draft_version_id")).longValue(), adopted == null ? null : adopted.longValue(),
                (String) r.get("pack_id"), (String) r.get("pack_version"), (Integer) r.get("report_srid"), inputs, ruleIds);
    }

    private void requireRun(long runId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM result.run WHERE id = ?", Integer.class, runId);
        if (n == null || n == 0) {
            throw new NotFoundException("check run " + runId + " does not exist");
        }
    }
}
