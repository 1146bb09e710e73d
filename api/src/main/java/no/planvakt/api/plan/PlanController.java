package no.planvakt.api.plan;

import java.net.URI;
import no.planvakt.api.answer.PlanVersionAnswer;
import no.planvakt.api.answer.PlanVersionEntry;
import no.planvakt.api.security.AccessPolicy;
import no.planvakt.plan.PlanVersionKind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/plans} (multipart: file, kind=draft|adopted, optional planId to add a version
 * to an existing plan), {@code GET /api/plans/versions[?kind=draft]} (those the caller may see) and
 * {@code GET /api/plans/versions/{id}}, and {@code POST|DELETE /api/plans/versions/{id}/publish}
 * (consultation: readable by everyone).
 */
@RestController
public class PlanController {
    private final PlanService service;
    private final PlanRepository plans;
    private final AccessPolicy access;

    public PlanController(PlanService service, PlanRepository plans, AccessPolicy access) {
        this.service = service;
        this.plans = plans;
        this.access = access;
    }

    @PostMapping(path = "/api/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<PlanVersionAnswer> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam("kind") String kind,
            @RequestParam(name = "planId", required = false) Long planId) {
        long versionId = service.importPlan(file, PlanVersionKind.parse(kind), planId);
        return ResponseEntity.created(URI.create("/api/plans/versions/" + versionId))
                .body(plans.describe(versionId));
    }

    /**
     * The plan versions the caller may see (its scope's, or published ones), newest first.
     *
     * @param kind draft or adopted; every version when left out
     */
    @GetMapping("/api/plans/versions")
    public java.util.List<PlanVersionEntry> versions(@RequestParam(name = "kind", required = false) String kind) {
        return plans.versions(
                kind == null ? null : PlanVersionKind.parse(kind).name(),
                access.visibleSql("p.municipality", "v.published_at"));
    }

    @GetMapping("/api/plans/versions/{id}")
    public PlanVersionAnswer version(@PathVariable long id) {
        return plans.describe(id);
    }

    /** Out for consultation: the version, its runs, findings and report become readable by everyone. */
    @PostMapping("/api/plans/versions/{id}/publish")
    public PlanVersionAnswer publish(@PathVariable long id) {
        service.publish(id, true);
        return plans.describe(id);
    }

    @DeleteMapping("/api/plans/versions/{id}/publish")
    public PlanVersionAnswer withdraw(@PathVariable long id) {
        service.publish(id, false);
        return plans.describe(id);
    }
}
