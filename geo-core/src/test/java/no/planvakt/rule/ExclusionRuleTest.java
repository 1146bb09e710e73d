package no.planvakt.rule;

import static no.planvakt.Fixtures.landUse;
import static no.planvakt.Fixtures.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import no.planvakt.Fixtures;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * R3 (the exclusion kind) pass and fail fixtures with the shipped pack's defaults: red from
 * 500 m², yellow from 50 m², sliver 100 m². The forest line is the line x = 1 000; west is above.
 */
class ExclusionRuleTest {
    private static final Map<String, no.planvakt.reference.ReferenceLayer> ABOVE =
            Map.of("over_skoggrensen", Fixtures.layer("over_skoggrensen", rect(0, 0, 1000, 1000)));

    @Test
    void passNewHolidayHomesBelowTheForestLine() {
        CheckResult r =
                check(Fixtures.plan(PlanVersionKind.DRAFT, landUse("D", 1120, 2, rect(1000, 0, 1200, 100))), null);
        assertThat(r.findings()).isEmpty();
        assertThat(r.checked())
                .singleElement()
                .satisfies(
                        c -> assertThat(c.message())
                                .isEqualTo(
                                        "Fritidsbebyggelse (1120), framtidig «Område D»: nytt område 20,0 daa, ingen overlapp med Testlag over_skoggrensen"));
        assertThat(r.summaries().get(0).status()).isEqualTo(Status.GREEN);
    }

    @Test
    void failNewHolidayHomesAboveTheForestLine() {
        // 900–1100 x 0–100: 100 x 100 = 10 000 m² above of 20 000 m².
        CheckResult r =
                check(Fixtures.plan(PlanVersionKind.DRAFT, landUse("D", 1120, 2, rect(900, 0, 1100, 100))), null);
        Finding f = r.findings().get(0);
        assertThat(f.status()).isEqualTo(Status.RED);
        assertThat(f.areaDaa()).isCloseTo(10.0, within(1e-9));
        assertThat(f.share()).isCloseTo(0.5, within(1e-9));
        assertThat(f.message())
                .isEqualTo("Fritidsbebyggelse (1120), framtidig «Område D» er ny: 10,0 daa av den nye delen ligger over"
                        + " skoggrensen (50,0 %).");
        assertGeometry(f.geometry(), "POLYGON ((900 0, 900 100, 1000 100, 1000 0, 900 0))");
    }

    @Test
    void failOnlyTheExpansionCounts() {
        // Adopted 950–1100, draft 800–1100: expansion 800–950 x 100 = 15 000 m², all above; the old part 950–1000 is
        // not red.
        Plan adopted = Fixtures.plan(PlanVersionKind.ADOPTED, landUse("A", 1120, 1, rect(950, 0, 1100, 100)));
        CheckResult r =
                check(Fixtures.plan(PlanVersionKind.DRAFT, landUse("D", 1120, 1, rect(800, 0, 1100, 100))), adopted);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.RED);
            assertThat(f.areaM2()).isCloseTo(15_000, within(1e-6));
            assertThat(f.share()).isCloseTo(1.0, within(1e-9));
            assertGeometry(f.geometry(), "POLYGON ((800 0, 800 100, 950 100, 950 0, 800 0))");
        });
    }

    @Test
    void densificationAboveTheLineIsInformationNotABreach() {
        // Same area in both plans, status 3 (videreutvikling): 100 x 100 above the line → INFO 10 daa, summary not red.
        Plan adopted = Fixtures.plan(PlanVersionKind.ADOPTED, landUse("A", 1120, 1, rect(800, 0, 900, 100)));
        CheckResult r =
                check(Fixtures.plan(PlanVersionKind.DRAFT, landUse("D", 1120, 3, rect(800, 0, 900, 100))), adopted);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.INFO);
            assertThat(f.areaDaa()).isCloseTo(10.0, within(1e-9));
            assertGeometry(f.geometry(), "POLYGON ((800 0, 800 100, 900 100, 900 0, 800 0))");
        });
        assertThat(r.summaries().get(0).status()).isEqualTo(Status.INFO);
    }

    @Test
    void smallOverlapsAreBoundaryCasesOrClear() {
        // 0.2 x 500 = 100 m² above → YELLOW; 0.05 x 500 = 25 m² → clear, with the small overlap mentioned.
        CheckResult yellow =
                check(Fixtures.plan(PlanVersionKind.DRAFT, landUse("D", 1120, 2, rect(999.8, 0, 1100, 500))), null);
        assertThat(yellow.findings()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.YELLOW);
            assertThat(f.areaM2()).isCloseTo(100, within(1e-6));
            assertGeometry(f.geometry(), "POLYGON ((999.8 0, 999.8 500, 1000 500, 1000 0, 999.8 0))");
        });
        CheckResult clear =
                check(Fixtures.plan(PlanVersionKind.DRAFT, landUse("D", 1120, 2, rect(999.95, 0, 1100, 500))), null);
        assertThat(clear.findings()).isEmpty();
        assertThat(clear.checked().get(0).message())
                .isEqualTo("Fritidsbebyggelse (1120), framtidig «Område D»: nytt område 50,0 daa;"
                        + " overlapp med Testlag over_skoggrensen bare 25,0 m², under toleransen (yellowAreaM2)");
    }

    @Test
    void otherPurposesAreNotSelected() {
        CheckResult r = check(Fixtures.plan(PlanVersionKind.DRAFT, landUse("B", 1110, 2, rect(0, 0, 500, 500))), null);
        assertThat(r.findings()).isEmpty();
        assertThat(r.checked()).isEmpty();
    }

    /** The conflict geometry, compared exactly with the expected WKT after normalising both (as JTS's own overlay tests do). */
    private static void assertGeometry(Geometry actual, String expectedWkt) {
        Geometry expected;
        try {
            expected = new WKTReader().read(expectedWkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        assertThat(actual.norm().equalsExact(expected.norm()))
                .as(actual + " is " + expectedWkt)
                .isTrue();
    }

    private static CheckResult check(Plan draft, Plan adopted) {
        return new CheckEngine(RulePackLoader.buskerud().only(java.util.List.of("R3")))
                .run(new CheckInput(draft, adopted, ABOVE));
    }
}
