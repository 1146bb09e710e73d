package no.planvakt.api.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.api.answer.FindingAnswer;
import no.planvakt.api.answer.OverrideAnswer;
import no.planvakt.api.answer.RunAnswer;
import no.planvakt.api.answer.RunEntry;
import no.planvakt.api.override.OverrideRepository;
import no.planvakt.api.security.AccessPolicy;
import no.planvakt.api.security.AuditLog;
import no.planvakt.result.FindingJson;
import no.planvakt.result.FindingsGeoJson;
import no.planvakt.result.ResultJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/runs} {"draftVersionId": 1, "adoptedVersionId": 2, "rules": ["R3"]} queues a check
 * run (all rules of the pack when "rules" is left out) and answers 202 with its id and state at
 * once; with {@code ?wait=true} it answers when the run has ended (201). {@code GET /api/runs/{id}}
 * tells the state (QUEUED, RUNNING with percent and current rule, DONE, FAILED with a reason,
 * CANCELLED), {@code POST /api/runs/{id}/cancel} stops it, {@code /findings} (JSON) and
 * {@code /findings.geojson} read a finished run. {@code GET /api/runs} lists the runs the caller may see.
 */
@RestController
public class RunController {
    private static final java.time.Duration WAIT_AT_MOST = java.time.Duration.ofMinutes(10);

    private final RunService service;
    private final RunJobs jobs;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final RunRepository runs;
    private final OverrideRepository overrides;
    private final int srid;
    /** Spring's mapper (java.time as ISO text), for the verdicts inside the GeoJSON. */
    private final ObjectMapper json;

    public RunController(
            RunService service,
            RunJobs jobs,
            AccessPolicy access,
            AuditLog audit,
            RunRepository runs,
            OverrideRepository overrides,
            @Value("${planvakt.canonical-srid}") int srid,
            ObjectMapper json) {
        this.json = json;
        this.service = service;
        this.jobs = jobs;
        this.access = access;
        this.audit = audit;
        this.runs = runs;
        this.overrides = overrides;
        this.srid = srid;
    }

    /** @param rules optional rule ids (e.g. ["R3"]) to check only some guidelines */
    public record RunRequest(Long draftVersionId, Long adoptedVersionId, java.util.List<String> rules) {}

    @PostMapping(path = "/api/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RunAnswer> start(
            @RequestBody RunRequest request, @RequestParam(name = "wait", defaultValue = "false") boolean wait) {
        if (request == null || request.draftVersionId() == null) {
            throw new InputException("draftVersionId is required");
        }
        access.changeVersion(request.draftVersionId());
        if (request.adoptedVersionId() != null) {
            access.readVersion(request.adoptedVersionId());
        }
        RunService.Prepared prepared =
                service.prepare(request.draftVersionId(), request.adoptedVersionId(), request.rules());
        long runId = jobs.submit(prepared, access.caller().name());
        audit.record(
                "run.start",
                "run",
                runId,
                prepared.municipality(),
                Map.of("draftVersionId", request.draftVersionId(), "rules", String.valueOf(prepared.rules())));
        URI location = URI.create("/api/runs/" + runId);
        RunState state = wait ? jobs.await(runId, WAIT_AT_MOST) : RunState.QUEUED;
        if (state != RunState.QUEUED && state != RunState.RUNNING) {
            return ResponseEntity.created(location).body(runs.describe(runId));
        }
        return ResponseEntity.accepted().location(location).body(runs.describe(runId));
    }

    @PostMapping("/api/runs/{id}/cancel")
    public RunAnswer cancel(@PathVariable long id) {
        boolean now = jobs.cancel(id);
        audit.record("run.cancel", "run", id, null, Map.of("immediately", now));
        return runs.describe(id);
    }

    /** The latest runs the caller may see, newest first (state, not findings). */
    @GetMapping("/api/runs")
    public List<RunEntry> list(@RequestParam(name = "draftVersionId", required = false) Long draftVersionId) {
        return runs.list(access.visibleSql("p.municipality", "v.published_at"), draftVersionId);
    }

    @GetMapping("/api/runs/{id}")
    public RunAnswer get(@PathVariable long id) {
        return runs.describe(id);
    }

    @GetMapping(path = "/api/runs/{id}/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<FindingAnswer> findings(@PathVariable long id) {
        Map<String, OverrideAnswer> byKey = overrides.forRun(id);
        return runs.findings(id, srid).stream()
                .map(f -> new FindingAnswer(FindingJson.of(f), byKey.get(f.key())))
                .toList();
    }

    /** The run's tables of figures (accounts, reserves, shares, overviews), as in result.json's "tables". */
    @GetMapping(path = "/api/runs/{id}/tables", produces = MediaType.APPLICATION_JSON_VALUE)
    public JsonNode tables(@PathVariable long id) {
        return ResultJson.tables(runs.tables(id));
    }

    @GetMapping(path = "/api/runs/{id}/findings.geojson", produces = "application/geo+json")
    public JsonNode findingsGeoJson(@PathVariable long id) {
        ObjectNode fc = FindingsGeoJson.toGeoJson(runs.findings(id, srid), srid);
        ArrayNode properties = fc.arrayNode();
        fc.withArray("features").forEach(f -> properties.add(f.get("properties")));
        withOverrides(id, properties);
        return fc;
    }

    /** Planner verdicts made on this or an earlier run of the same draft version. */
    private void withOverrides(long runId, ArrayNode findings) {
        Map<String, OverrideAnswer> byKey = overrides.forRun(runId);
        for (JsonNode f : findings) {
            OverrideAnswer o = byKey.get(f.get("key").asText());
            if (o != null) {
                ((ObjectNode) f).set("override", json.valueToTree(o));
            }
        }
    }
}
