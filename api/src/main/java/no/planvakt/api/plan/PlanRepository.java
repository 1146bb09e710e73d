package no.planvakt.api.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvakt.api.answer.PlanVersionAnswer;
import no.planvakt.api.answer.PlanVersionEntry;
import no.planvakt.api.web.Json;
import no.planvakt.api.web.NotFoundException;
import no.planvakt.api.web.Wkb;
import no.planvakt.plan.LandUseStatus;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanFeature;
import no.planvakt.plan.PlanObjectType;
import no.planvakt.plan.PlanVersionKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Plans and their versions in PostGIS (schema {@code plan}). */
@Repository
public class PlanRepository {
    private final JdbcTemplate jdbc;

    public PlanRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a plan version with all its features; returns the version id. Call inside a transaction. */
    public long insert(Long planId, Plan plan) {
        long pid = planId != null
                ? requirePlan(planId)
                : jdbc.queryForObject(
                        "INSERT INTO plan.plan (municipality, plan_ident, name) VALUES (?, ?, ?) RETURNING id",
                        Long.class,
                        plan.municipality(),
                        plan.planId(),
                        plan.name());
        long versionId = jdbc.queryForObject(
                "INSERT INTO plan.version (plan_id, kind, source_file, source_srid, warnings) VALUES (?, ?, ?, ?, ?::jsonb) RETURNING id",
                Long.class,
                pid,
                plan.kind().name(),
                plan.name(),
                plan.sourceSrid(),
                Json.of(plan.warnings()));
        List<Object[]> rows = new ArrayList<>();
        for (PlanFeature f : plan.features()) {
            rows.add(new Object[] {
                versionId,
                f.id(),
                f.objectType(),
                f.type().name(),
                f.code(),
                f.status() == null ? null : f.status().code(),
                f.name(),
                f.utnytting(),
                Json.attributes(f.attributes()),
                Wkb.write(f.geometry())
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO plan.feature (version_id, local_id, object_type, type, code, status, name, utnytting, attributes, geom)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ST_Multi(ST_GeomFromWKB(?, " + plan.srid()
                        + ")))",
                rows);
        return versionId;
    }

    public void uploadedBy(long versionId, String username) {
        jdbc.update("UPDATE plan.version SET uploaded_by = ? WHERE id = ?", username, versionId);
    }

    /** @param by who publishes; null withdraws the publication */
    public void publish(long versionId, String by) {
        jdbc.update(
                "UPDATE plan.version SET published_at = CASE WHEN ? IS NULL THEN NULL ELSE coalesce(published_at, now()) END,"
                        + " published_by = ? WHERE id = ?",
                by,
                by,
                versionId);
    }

    private long requirePlan(long planId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM plan.plan WHERE id = ?", Integer.class, planId);
        if (n == null || n == 0) {
            throw new NotFoundException("plan " + planId + " does not exist");
        }
        return planId;
    }

    /** The plan version as the engine sees it, features in insertion (file) order. */
    public Plan load(long versionId, int srid) {
        List<Map<String, Object>> v = jdbc.queryForList(
                "SELECT v.kind, v.source_file, v.source_srid, v.warnings::text AS warnings, p.municipality, p.plan_ident"
                        + " FROM plan.version v JOIN plan.plan p ON p.id = v.plan_id WHERE v.id = ?",
                versionId);
        if (v.isEmpty()) {
            throw new NotFoundException("plan version " + versionId + " does not exist");
        }
        Map<String, Object> row = v.get(0);
        List<PlanFeature> features = jdbc.query(
                "SELECT local_id, object_type, type, code, status, name, utnytting, attributes::text AS attributes, ST_AsBinary(geom) AS wkb"
                        + " FROM plan.feature WHERE version_id = ? ORDER BY id",
                (rs, i) -> {
                    Integer code = (Integer) rs.getObject("code");
                    Integer status = (Integer) rs.getObject("status");
                    return new PlanFeature(
                            rs.getString("local_id"),
                            rs.getString("object_type"),
                            PlanObjectType.valueOf(rs.getString("type")),
                            code,
                            status == null ? null : LandUseStatus.ofCode(status),
                            rs.getString("name"),
                            rs.getString("utnytting"),
                            Json.map(rs.getString("attributes")),
                            Wkb.read(rs.getBytes("wkb"), srid));
                },
                versionId);
        return new Plan(
                (String) row.get("source_file"),
                (String) row.get("municipality"),
                (String) row.get("plan_ident"),
                PlanVersionKind.valueOf((String) row.get("kind")),
                (Integer) row.get("source_srid"),
                srid,
                features,
                Json.strings((String) row.get("warnings")));
    }

    public PlanVersionAnswer describe(long versionId) {
        List<PlanVersionAnswer> v = jdbc.query(
                "SELECT v.id, v.plan_id, v.kind, v.source_file, v.source_srid, v.imported_at, p.municipality, p.plan_ident,"
                        + " v.uploaded_by, v.published_at, v.published_by,"
                        + " (SELECT count(*) FROM plan.feature f WHERE f.version_id = v.id) AS features,"
                        + " v.warnings::text AS warnings FROM plan.version v JOIN plan.plan p ON p.id = v.plan_id WHERE v.id = ?",
                (rs, i) -> new PlanVersionAnswer(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        PlanVersionKind.valueOf(rs.getString("kind")),
                        rs.getString("source_file"),
                        (Integer) rs.getObject("source_srid"),
                        instant(rs.getTimestamp("imported_at")),
                        rs.getString("municipality"),
                        rs.getString("plan_ident"),
                        rs.getString("uploaded_by"),
                        instant(rs.getTimestamp("published_at")),
                        rs.getString("published_by"),
                        rs.getLong("features"),
                        Json.strings(rs.getString("warnings"))),
                versionId);
        if (v.isEmpty()) {
            throw new NotFoundException("plan version " + versionId + " does not exist");
        }
        return v.get(0);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * The plan versions whose plan's municipality matches {@code visibleSql} (from AccessPolicy),
     * newest first, for the page's plan pickers.
     */
    public List<PlanVersionEntry> versions(String kind, String visibleSql) {
        return jdbc.query(
                "SELECT v.id, v.plan_id, v.kind, v.source_file, p.name, p.municipality, p.plan_ident, v.imported_at, v.published_at"
                        + " FROM plan.version v JOIN plan.plan p ON p.id = v.plan_id"
                        + " WHERE (CAST(? AS text) IS NULL OR v.kind = ?) AND " + visibleSql
                        + " ORDER BY v.imported_at DESC, v.id DESC",
                (rs, i) -> new PlanVersionEntry(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        PlanVersionKind.valueOf(rs.getString("kind")),
                        rs.getString("source_file"),
                        rs.getString("name"),
                        rs.getString("municipality"),
                        rs.getString("plan_ident"),
                        instant(rs.getTimestamp("imported_at")),
                        instant(rs.getTimestamp("published_at"))),
                kind,
                kind);
    }
}
