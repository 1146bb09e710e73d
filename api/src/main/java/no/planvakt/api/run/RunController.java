package no.planvakt.api.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.api.override.OverrideRepository;
import no.planvakt.result.FindingsGeoJson;
import no.planvakt.result.ResultJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/runs} {"draftVersionId": 1, "adoptedVersionId": 2, "rules": ["R3"]} starts a check
 * run (all rules of the pack when "rules" is left out);
 * {@code GET /api/runs/{id}}, {@code /findings} (JSON) and {@code /findings.geojson} read it.
 */
@RestController
public class RunController {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunService service;
    private final RunRepository runs;
    private final OverrideRepository overrides;
    private final int srid;

    public RunController(RunService service, RunRepository runs, OverrideRepository overrides,
                         @Value("${planvakt.canonical-srid}") int srid) {
        this.service = service;
        this.runs = runs;
        this.overrides = overrides;
        this.srid = srid;
    }

    /** @param rules optional rule ids (e.g. ["R3"]) to check only some guidelines */
    public record RunRequest(Long draftVersionId, Long adoptedVersionId, java.util.List<String> rules) {
    }

    @PostMapping(path = "/api/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> start(@RequestBody RunRequest request) {
        if (request == null || request.draftVersionId() == null) {
            throw new InputException("draftVersionId is required");
        }
        long runId = service.run(request.draftVersionId(), request.adoptedVersionId(), request.rules());
        return ResponseEntity.created(URI.create("/api/runs/" + runId)).body(runs.describe(runId));
    }

    @GetMapping("/api/runs/{id}")
    public Map<String, Object> get(@PathVariable long id) {
        return runs.describe(id);
    }

    @GetMapping(path = "/api/runs/{id}/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    public JsonNode findings(@PathVariable long id) {
        ArrayNode findings = ResultJson.findings(runs.findings(id, srid));
        withOverrides(id, findings);
        return findings;
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
        Map<String, Map<String, Object>> byKey = overrides.forRun(runId);
        for (JsonNode f : findings) {
            Map<String, Object> o = byKey.get(f.get("key").asText());
            if (o != null) {
                ((ObjectNode) f).set("override", JSON.valueToTree(o));
            }
        }
    }
}
