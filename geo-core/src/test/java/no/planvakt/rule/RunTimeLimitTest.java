package no.planvakt.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.result.CheckResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stops at its time limit: between rules, and inside a rule's loop over the plan objects. */
class RunTimeLimitTest {
    @TempDir
    static Path dir;

    static CheckInput input;

    @BeforeAll
    static void demo() {
        DemoData.extractTo(dir);
        input = PlanCheck.read(
                dir.resolve(DemoData.DRAFT),
                dir.resolve(DemoData.ADOPTED),
                dir.resolve(DemoData.LAYERS),
                Crs.DEFAULT_CANONICAL_SRID);
    }

    @Test
    void aRunPastItsLimitStopsWithTheLimitInItsMessage() {
        assertThatThrownBy(
                        () -> PlanCheck.run(RulePackLoader.buskerud(), input, RunTimeLimit.of(RunProgress.NONE, 1e-6)))
                .isInstanceOf(RunTimeLimitException.class)
                .hasMessage(
                        "Kontrollen ble stoppet fordi den brukte mer enn 0.000001 s, grensen for én kjøring (planvakt.maxRunSeconds);"
                                + " ingenting av den er lagret. Kjør færre regler om gangen, del opp planen eller øk grensen.");
        assertThat(RunTimeLimit.message(1800))
                .startsWith("Kontrollen ble stoppet fordi den brukte mer enn 1800 s, grensen");
    }

    @Test
    void theLimitStopsARuleWithinItsLoopOverThePlanObjects() {
        // One rule: its start and its plan diff pass the deadline check, then the listener sleeps past the
        // limit at that first checkpoint; the next one, in the rule's loop over the plan objects, stops it.
        LoadedPack r3 = RulePackLoader.buskerud().select(List.of("R3"));
        AtomicInteger calls = new AtomicInteger();
        RunProgress slowStart = new RunProgress() {
            @Override
            public void beforeRule(int index, int total, String ruleId) {}

            @Override
            public void checkpoint() {
                if (calls.getAndIncrement() == 0) {
                    sleep(300);
                }
            }
        };
        Throwable stopped = null;
        try {
            PlanCheck.run(r3, input, RunTimeLimit.of(slowStart, 0.2));
        } catch (RunTimeLimitException e) {
            stopped = e;
        }
        assertThat(stopped).as("the run must stop").isNotNull();
        assertThat(Arrays.stream(stopped.getStackTrace()).map(StackTraceElement::getClassName))
                .as("stopped from inside the rule kind, not between rules")
                .contains("no.planvakt.rule.kind.ExclusionRule");
    }

    @Test
    void rulesCallTheCheckpointPerObjectAndARunWithinItsLimitIsUnchanged() {
        AtomicInteger checkpoints = new AtomicInteger();
        LoadedPack pack = RulePackLoader.buskerud();
        RunProgress counting = new RunProgress() {
            @Override
            public void beforeRule(int index, int total, String ruleId) {}

            @Override
            public void checkpoint() {
                checkpoints.incrementAndGet();
            }
        };
        CheckResult limited = PlanCheck.run(pack, input, RunTimeLimit.of(counting, RunTimeLimit.DEFAULT_SECONDS));
        // At least one checkpoint per plan object each plan-object rule examines, beyond one per rule.
        assertThat(checkpoints.get())
                .isGreaterThan(pack.rules().size() + input.draft().features().size());
        assertThat(limited.findings()).isEqualTo(PlanCheck.run(pack, input).findings());
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> RunTimeLimit.of(RunProgress.NONE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planvakt.maxRunSeconds must be a positive number of seconds");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
