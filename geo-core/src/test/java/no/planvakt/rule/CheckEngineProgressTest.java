package no.planvakt.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.result.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine tells its progress before every rule, in pack order, and stops when the listener cancels. */
class CheckEngineProgressTest {
    @TempDir
    Path dir;

    @Test
    void progressBeforeEachRuleAndCancelBetweenRules() {
        DemoData.extractTo(dir);
        PlanReader reader = new PlanReader(Crs.DEFAULT_CANONICAL_SRID);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID).readManifest(dir.resolve(DemoData.LAYERS)).forEach(l -> layers.put(l.id(), l));
        CheckInput input = new CheckInput(reader.read(dir.resolve(DemoData.DRAFT), PlanVersionKind.DRAFT),
                reader.read(dir.resolve(DemoData.ADOPTED), PlanVersionKind.ADOPTED), layers);
        LoadedPack pack = RulePackLoader.buskerud();
        List<String> ruleIds = pack.rules().stream().map(r -> r.definition().id()).toList();

        List<String> told = new ArrayList<>();
        CheckResult all = new CheckEngine(pack).run(input, (index, total, ruleId) -> {
            assertThat(total).isEqualTo(ruleIds.size());
            assertThat(index).isEqualTo(told.size());
            told.add(ruleId);
        });
        assertThat(told).isEqualTo(ruleIds);
        assertThat(all.findings()).isEqualTo(new CheckEngine(pack).run(input).findings());

        List<String> before = new ArrayList<>();
        assertThatThrownBy(() -> new CheckEngine(pack).run(input, (index, total, ruleId) -> {
            if (index == 2) {
                throw new RunCancelledException("cancelled before " + ruleId);
            }
            before.add(ruleId);
        })).isInstanceOf(RunCancelledException.class).hasMessage("cancelled before " + ruleIds.get(2));
        assertThat(before).isEqualTo(ruleIds.subList(0, 2));
    }
}
