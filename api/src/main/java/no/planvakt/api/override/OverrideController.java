package no.planvakt.api.override;

import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.format.InputText;
import no.planvakt.result.Verdict;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/runs/{runId}/findings/{key}/override} {"verdict": "FALSE_POSITIVE", "reason": "…", "by": "…"}:
 * a planner marks a finding as assessed, as a false positive or as accepted with changes to the plan, with a reason.
 */
@RestController
public class OverrideController {
    private final OverrideRepository overrides;

    public OverrideController(OverrideRepository overrides) {
        this.overrides = overrides;
    }

    public record OverrideRequest(String verdict, String reason, String by) {
    }

    @PutMapping(path = "/api/runs/{runId}/findings/{key}/override", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> put(@PathVariable long runId, @PathVariable String key, @RequestBody OverrideRequest request) {
        Verdict verdict = Verdict.parse(request.verdict());
        if (verdict == null) {
            throw new InputException("verdict must be one of " + java.util.Arrays.toString(Verdict.values()) + ", found \""
                    + request.verdict() + "\"");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InputException("an override needs a reason (the planning forum reads it)");
        }
        if (request.by() == null || request.by().isBlank()) {
            throw new InputException("an override needs the name of who decided (field \"by\")");
        }
        String reason = InputText.required("reason", request.reason(), InputText.MAX_LONG);
        String by = InputText.required("by", request.by(), InputText.MAX_SHORT);
        InputText.check("finding key", key, InputText.MAX_SHORT);
        return overrides.save(runId, key, verdict.name(), reason, by);
    }
}
