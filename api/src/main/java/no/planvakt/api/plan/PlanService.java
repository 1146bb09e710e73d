package no.planvakt.api.plan;

import no.planvakt.api.web.Uploads;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Imports an uploaded plan file: read and validate it completely, then store it in one transaction. */
@Service
public class PlanService {
    private final PlanRepository plans;
    private final int srid;

    public PlanService(PlanRepository plans, @Value("${planvakt.canonical-srid}") int srid) {
        this.plans = plans;
        this.srid = srid;
    }

    @Transactional
    public long importPlan(MultipartFile file, PlanVersionKind kind, Long planId) {
        Plan plan = Uploads.withTempFile(file, (tmp, name) -> new PlanReader(srid).read(tmp, name, kind));
        return plans.insert(planId, plan);
    }
}
