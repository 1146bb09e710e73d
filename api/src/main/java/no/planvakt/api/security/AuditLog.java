package no.planvakt.api.security;

import java.util.Map;
import no.planvakt.api.web.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who did what and when (table {@code auth.audit}): verdicts, publications, runs, users. */
@Repository
public class AuditLog {
    private final JdbcTemplate jdbc;
    private final CurrentCaller callers;

    public AuditLog(JdbcTemplate jdbc, CurrentCaller callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    /** Records an action of the current caller; call inside the transaction that makes the change. */
    public void record(String action, String objectType, Object objectId, String municipality, Map<String, ?> details) {
        Caller c = callers.get();
        jdbc.update(
                "INSERT INTO auth.audit (actor, action, object_type, object_id, municipality, details) VALUES (?, ?, ?, ?, ?, ?::jsonb)",
                c.anonymous() ? "(anonym)" : c.name(),
                action,
                objectType,
                String.valueOf(objectId),
                municipality,
                Json.of(details));
    }

    public java.util.List<Map<String, Object>> forObject(String objectType, Object objectId) {
        return jdbc.queryForList(
                "SELECT at, actor, action, details::text AS details FROM auth.audit WHERE object_type = ? AND object_id = ?"
                        + " ORDER BY id",
                objectType,
                String.valueOf(objectId));
    }
}
