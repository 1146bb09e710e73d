package no.planvakt.api.plan;

import java.util.Map;
import no.planvakt.api.security.AccessPolicy;
import no.planvakt.api.security.AuditLog;
import no.planvakt.api.web.Uploads;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports an uploaded plan file: read and validate it completely with no database connection held
 * (parsing a county's SOSI file takes seconds; the pool is small), then store it in one transaction.
 */
@Service
public class PlanService {
    private final PlanRepository plans;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final int srid;
    private final TransactionTemplate tx;

    public PlanService(
            PlanRepository plans,
            AccessPolicy access,
            AuditLog audit,
            @Value("${planvakt.canonical-srid}") int srid,
            TransactionTemplate tx) {
        this.tx = tx;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.srid = srid;
    }

    /** Stores the plan if the caller may change plans of the municipality the file names (or of the plan it adds to). */
    public long importPlan(MultipartFile file, PlanVersionKind kind, Long planId) {
        if (planId != null) {
            access.changePlan(planId);
        }
        Plan plan = Uploads.withTempFile(file, (tmp, name) -> new PlanReader(srid).read(tmp, name, kind));
        return tx.execute(status -> {
            access.changeMunicipality(plan.municipality(), "plan " + plan.name());
            long versionId = plans.insert(planId, plan);
            plans.uploadedBy(versionId, access.caller().name());
            return versionId;
        });
    }

    /** Marks a version published (out for consultation: readable by everyone) or withdraws it; logged with who and when. */
    @Transactional
    public void publish(long versionId, boolean published) {
        plans.publish(versionId, published ? access.caller().name() : null);
        audit.record(
                published ? "plan.publish" : "plan.unpublish",
                "plan_version",
                versionId,
                plans.describe(versionId).municipality(),
                Map.of());
    }
}
