package no.planvakt.rule.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.planvakt.crs.Crs;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped Buskerud pack gives exactly the findings its spec (worked out by hand) expects. */
class PackSpecTest {
    static final LoadedPack PACK = RulePackLoader.buskerud();
    static final PackSpec SPEC = PackSpecVerifier.buskerudSpec();

    /** One named test per spec case, so that a failing guideline case is named in the test report. */
    @TestFactory
    Stream<DynamicTest> shippedPackMatchesItsSpec() {
        PackSpecVerifier verifier = new PackSpecVerifier(PACK, Crs.DEFAULT_CANONICAL_SRID);
        assertThat(SPEC.pack()).isEqualTo(PACK.pack().pack());
        return SPEC.cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    List<String> mismatches = verifier.verify(SPEC, c);
                    assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
                }));
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = new TreeSet<>();
        SPEC.cases().forEach(c -> covered.addAll(c.rules()));
        assertThat(covered)
                .containsAll(PACK.rules().stream().map(r -> r.definition().id()).toList());
    }

    @Test
    void everyRuleKindHasAPassAndAFailCase() {
        for (String kind : List.of("exclusion", "coverage", "proximity", "fragmentation", "inside_share")) {
            Set<String> rules = new TreeSet<>();
            PACK.rules().stream()
                    .filter(r -> r.kind().name().equals(kind))
                    .forEach(r -> rules.add(r.definition().id()));
            boolean fail =
                    SPEC.cases().stream().anyMatch(c -> c.findings().stream().anyMatch(f -> rules.contains(f.rule())));
            boolean pass = SPEC.cases().stream()
                    .anyMatch(c ->
                            c.clear() != null && c.clear().stream().anyMatch(k -> rules.contains(k.split(" ")[0])));
            assertThat(fail).as(kind + " has a case with findings").isTrue();
            assertThat(pass).as(kind + " has a case with a clear object").isTrue();
        }
    }

    /** Classification and nearness report every object: a fit is an INFO finding, a misfit RED or YELLOW. */
    @Test
    void classifyingKindsHaveAFitAndAMisfitCase() {
        for (String kind : List.of("classification", "nearness")) {
            Set<String> rules = new TreeSet<>();
            PACK.rules().stream()
                    .filter(r -> r.kind().name().equals(kind))
                    .forEach(r -> rules.add(r.definition().id()));
            List<PackSpec.Expected> expected = SPEC.cases().stream()
                    .flatMap(c -> c.findings().stream())
                    .filter(f -> rules.contains(f.rule()))
                    .toList();
            assertThat(expected).as(kind + " fits").anyMatch(f -> f.status() == no.planvakt.result.Status.INFO);
            assertThat(expected).as(kind + " misfits").anyMatch(f -> f.status() == no.planvakt.result.Status.YELLOW);
        }
    }

    @Test
    void aWrongExpectationIsReported() {
        // The verifier itself must be able to fail: change one expected area and one status.
        PackSpec.Case r3 = SPEC.cases().stream()
                .filter(c -> c.rules().equals(List.of("R3")) && c.adopted() != null)
                .findFirst()
                .orElseThrow();
        List<PackSpec.Expected> changed = new java.util.ArrayList<>(r3.findings());
        PackSpec.Expected first = changed.get(0);
        changed.set(
                0,
                new PackSpec.Expected(
                        first.rule(),
                        first.object(),
                        first.reference(),
                        first.status(),
                        first.areaDaa() + 1,
                        first.share(),
                        first.distanceM(),
                        first.figures(),
                        first.tolerance()));
        changed.remove(changed.size() - 1);
        PackSpec.Case wrong = new PackSpec.Case(
                r3.name(),
                r3.srid(),
                r3.rules(),
                r3.draft(),
                r3.adopted(),
                r3.layers(),
                changed,
                List.of("R3 D4", "R3 D9"),
                null);
        List<String> mismatches = new PackSpecVerifier(PACK, Crs.DEFAULT_CANONICAL_SRID)
                .verify(new PackSpec(SPEC.format(), SPEC.pack(), SPEC.srid(), List.of(wrong)));
        assertThat(mismatches).hasSize(3);
        assertThat(mismatches.get(0)).contains("R3 D1/F1 RED: areaDaa is 39.99").contains("expected 41.000000");
        assertThat(mismatches.get(1)).contains("unexpected finding R3 D3/F1 YELLOW");
        assertThat(mismatches.get(2)).contains("clear list");
    }

    @Test
    void aWrongTableRowIsReported() {
        // The table comparison must be able to fail too: one share changed, one row dropped.
        PackSpec.Case r6b = SPEC.cases().stream()
                .filter(c -> c.tables() != null && c.tables().containsKey("R6b-andel"))
                .findFirst()
                .orElseThrow();
        List<List<Object>> rows = new java.util.ArrayList<>(r6b.tables().get("R6b-andel"));
        List<Object> last = new java.util.ArrayList<>(rows.get(rows.size() - 1));
        last.set(last.size() - 1, 66.0);
        rows.set(rows.size() - 1, last);
        PackSpec.Case changedShare = new PackSpec.Case(
                r6b.name(),
                r6b.srid(),
                r6b.rules(),
                r6b.draft(),
                r6b.adopted(),
                r6b.layers(),
                r6b.findings(),
                r6b.clear(),
                java.util.Map.of("R6b-andel", rows));
        PackSpec.Case rowDropped = new PackSpec.Case(
                r6b.name(),
                r6b.srid(),
                r6b.rules(),
                r6b.draft(),
                r6b.adopted(),
                r6b.layers(),
                r6b.findings(),
                r6b.clear(),
                java.util.Map.of("R6b-andel", rows.subList(1, rows.size())));
        PackSpecVerifier verifier = new PackSpecVerifier(PACK, Crs.DEFAULT_CANONICAL_SRID);
        assertThat(verifier.verify(new PackSpec(SPEC.format(), SPEC.pack(), SPEC.srid(), List.of(changedShare))))
                .singleElement()
                .asString()
                .contains("table R6b-andel row " + rows.size())
                .contains("66.7")
                .contains("expected");
        assertThat(verifier.verify(new PackSpec(SPEC.format(), SPEC.pack(), SPEC.srid(), List.of(rowDropped))))
                .singleElement()
                .asString()
                .contains("rows, expected " + (rows.size() - 1));
    }
}
