package no.planvakt.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.result.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine tells its progress as each rule starts, and stops when the listener cancels. */
class CheckEngineProgressTest {
    @TempDir
    Path dir;

    @Test
    void progressBeforeEachRuleAndCancelBetweenRules() {
        DemoData.extractTo(dir);
        PlanReader reader = new PlanReader(Crs.DEFAULT_CANONICAL_SRID);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID)
                .readManifest(dir.resolve(DemoData.LAYERS))
                .forEach(l -> layers.put(l.id(), l));
        CheckInput input = new CheckInput(
                reader.read(dir.resolve(DemoData.DRAFT), PlanVersionKind.DRAFT),
                reader.read(dir.resolve(DemoData.ADOPTED), PlanVersionKind.ADOPTED),
                layers);
        LoadedPack pack = RulePackLoader.buskerud();
        List<String> ruleIds =
                pack.rules().stream().map(r -> r.definition().id()).toList();

        // Rules run side by side: each is told once as it starts, from whichever thread runs it,
        // with the count of rules started before it.
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> indexes = ConcurrentHashMap.newKeySet();
        CheckResult all = new CheckEngine(pack).run(input, (index, total, ruleId) -> {
            assertThat(total).isEqualTo(ruleIds.size());
            indexes.add(index);
            told.add(ruleId);
        });
        assertThat(told).containsExactlyInAnyOrderElementsOf(ruleIds);
        assertThat(indexes).isEqualTo(IntStream.range(0, ruleIds.size()).boxed().collect(Collectors.toSet()));
        assertThat(all.findings()).isEqualTo(new CheckEngine(pack).run(input).findings());

        // A listener that cancels stops the run: no result, the exception comes out.
        assertThatThrownBy(() -> new CheckEngine(pack).run(input, (index, total, ruleId) -> {
                    if (index == 2) {
                        throw new RunCancelledException("cancelled before " + ruleId);
                    }
                }))
                .isInstanceOf(RunCancelledException.class)
                .hasMessageStartingWith("cancelled before ");
    }
}
