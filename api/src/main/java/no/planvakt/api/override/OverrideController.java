package no.planvakt.api.override;

import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.api.answer.OverrideAnswer;
import no.planvakt.api.security.AccessPolicy;
import no.planvakt.api.security.AuditLog;
import no.planvakt.format.InputText;
import no.planvakt.result.Verdict;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/runs/{runId}/findings/{key}/override} {"verdict": "FALSE_POSITIVE", "reason": "…", "by": "…"}
 * ("by" optional: the signed-in user's name): a planner marks a finding as assessed, as a false
 * positive or as accepted with changes to the plan, with a reason.
 */
@RestController
public class OverrideController {
    private final OverrideRepository overrides;
    private final AccessPolicy access;
    private final AuditLog audit;

    public OverrideController(OverrideRepository overrides, AccessPolicy access, AuditLog audit) {
        this.overrides = overrides;
        this.access = access;
        this.audit = audit;
    }

    public record OverrideRequest(String verdict, String reason, String by) {}

    @Transactional
    @PutMapping(path = "/api/runs/{runId}/findings/{key}/override", consumes = MediaType.APPLICATION_JSON_VALUE)
    public OverrideAnswer put(
            @PathVariable long runId, @PathVariable String key, @RequestBody OverrideRequest request) {
        Verdict verdict = Verdict.parse(request.verdict());
        if (verdict == null) {
            throw new InputException("verdict must be one of " + java.util.Arrays.toString(Verdict.values())
                    + ", found \"" + request.verdict() + "\"");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InputException("an override needs a reason (the planning forum reads it)");
        }
        String reason = InputText.required("reason", request.reason(), InputText.MAX_LONG);
        InputText.check("finding key", key, InputText.MAX_SHORT);
        // "by" is the name the forum reads (it may be a full name); the audit log keeps the signed-in user.
        String by = request.by() == null || request.by().isBlank()
                ? access.caller().name()
                : InputText.required("by", request.by(), InputText.MAX_SHORT);
        OverrideAnswer saved = overrides.save(runId, key, verdict, reason, by);
        audit.record(
                "verdict",
                "finding",
                runId + "/" + key,
                null,
                Map.of("verdict", verdict.name(), "reason", reason, "by", by));
        return saved;
    }
}
