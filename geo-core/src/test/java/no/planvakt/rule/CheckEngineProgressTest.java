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

        // Rules run side by side (CheckEngine), so they are told as they start, not in pack order.
        List<String> told = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.Set<Integer> indexes = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CheckResult all = new CheckEngine(pack).run(input, (index, total, ruleId) -> {
            assertThat(total).isEqualTo(ruleIds.size());
            indexes.add(index);
            told.add(ruleId);
        });
        assertThat(told).containsExactlyInAnyOrderElementsOf(ruleIds);
        assertThat(indexes).hasSize(ruleIds.size()).allMatch(i -> i >= 0 && i < ruleIds.size());
        assertThat(all.findings()).isEqualTo(new CheckEngine(pack).run(input).findings());

        List<String> before = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicReference<String> cancelled = new java.util.concurrent.atomic.AtomicReference<>();
        assertThatThrownBy(() -> new CheckEngine(pack).run(input, (index, total, ruleId) -> {
            if (index == 2) {
                cancelled.set(ruleId);
                throw new RunCancelledException("cancelled before " + ruleId);
            }
            before.add(ruleId);
        })).isInstanceOf(RunCancelledException.class).satisfies(e -> assertThat(e.getMessage()).isEqualTo("cancelled before " + cancelled.get()));
        // The two started before it ran; the cancelled rule never did, and the run stopped short of the whole pack.
        assertThat(before).hasSizeGreaterThanOrEqualTo(2).doesNotContain(cancelled.get()).hasSizeLessThan(ruleIds.size());
    }
}
