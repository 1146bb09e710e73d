package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.planvakt.api.override.OverrideRepository;
import no.planvakt.api.plan.PlanRepository;
import no.planvakt.api.reference.ReferenceLayerRepository;
import no.planvakt.api.report.ReportService;
import no.planvakt.api.run.RunRepository;
import no.planvakt.report.ReportModel;
import no.planvakt.result.RuleSummary;
import no.planvakt.result.Status;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A stored run's report under a later pack that lacks one of its rules shows that rule, and says so. */
class StoredRunReportTest extends ApiTestBase {
    @Autowired
    RunRepository runs;

    @Autowired
    PlanRepository plans;

    @Autowired
    ReferenceLayerRepository layers;

    @Autowired
    OverrideRepository overrides;

    @Test
    void aRuleTheCurrentPackLacksIsShownNotDropped() {
        long run = ApiTestSupport.demoRun(http, dir);
        LoadedPack full = RulePackLoader.buskerud();
        LoadedPack withoutR3 = full.only(full.rules().stream()
                .map(r -> r.definition().id())
                .filter(id -> !id.equals("R3"))
                .toList());
        ReportModel model = new ReportService(runs, plans, layers, overrides, withoutR3, 25833).model(run);

        RuleSummary r3 = model.summary().stream()
                .filter(s -> s.ruleId().equals("R3"))
                .findFirst()
                .orElseThrow();
        assertThat(r3.title()).isEqualTo("Ingen nye eller utvidede fritidsboligområder over skoggrensen");
        assertThat(r3.status()).isEqualTo(Status.RED);
        assertThat(r3.counts())
                .containsEntry(Status.RED, 4)
                .containsEntry(Status.YELLOW, 1)
                .containsEntry(Status.INFO, 2);
        assertThat(r3.citation()).isEqualTo("ikke i gjeldende regelpakke");
        assertThat(model.summary())
                .extracting(RuleSummary::ruleId)
                .containsExactly(
                        "R1", "R1b", "R2", "R4a", "R4b", "R4c", "R5a", "R5b", "AR1", "E1", "R6a", "R6b", "R6c", "R3");
        assertThat(model.warnings())
                .contains(
                        "Regel R3 fra kjøringen (regelpakke buskerud 2026.2-høring) finnes ikke i gjeldende"
                                + " regelpakke buskerud 2026.2-høring: funnene står i sammendraget, men uten regeltekst og sitat.");
        assertThat(List.copyOf(model.summary())).hasSize(14);
    }
}
