package no.planvakt.account;

import static no.planvakt.Fixtures.landUse;
import static no.planvakt.Fixtures.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.planvakt.Fixtures;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.plan.PlanFeature;
import org.junit.jupiter.api.Test;

/** Overlaps between a plan's objects worked out by hand, and the second plan's reuse of the first's pairs. */
class PlanOverlapsTest {
    private static final AreaMeasure MEASURE = AreaMeasure.of(Fixtures.SRID, Fixtures.SRID);

    // A and B overlap by 10 x 100 = 1 000 m²; C touches B; D (adopted only) overlaps A by 5 x 100 = 500 m².
    private final PlanFeature a = landUse("A", 1120, 2, rect(0, 0, 100, 100));
    private final PlanFeature b = landUse("B", 1120, 2, rect(90, 0, 190, 100));
    private final PlanFeature c = landUse("C", 1120, 2, rect(190, 0, 290, 100));
    private final PlanFeature d = landUse("D", 5100, 1, rect(-5, 0, 5, 100));

    @Test
    void theAdoptedPlanTakesTheSharedPairsFromTheDraftAndMeasuresTheRest() {
        PlanOverlaps shared = new PlanOverlaps();
        assertThat(shared.of(List.of(a, b, c), MEASURE)).isCloseTo(1_000, within(1e-6));
        // The adopted objects are copies with the same coordinates, as a second file gives them.
        List<PlanFeature> adopted = List.of(copy(a), copy(b), copy(c), d);
        double reused = shared.of(adopted, MEASURE);
        assertThat(reused).isCloseTo(1_500, within(1e-6));
        assertThat(Double.doubleToRawLongBits(reused))
                .isEqualTo(Double.doubleToRawLongBits(new PlanOverlaps().of(adopted, MEASURE)));
    }

    @Test
    void pairsInTheOtherOrderOrWithTwinGeometriesAreMeasuredAgain() {
        PlanOverlaps shared = new PlanOverlaps();
        shared.of(List.of(a, b, c, copy(c)), MEASURE);
        // B before A: the pair is measured as B ∩ A; C occurred twice in the draft.
        List<PlanFeature> adopted = List.of(copy(b), copy(a), copy(c), d);
        double again = shared.of(adopted, MEASURE);
        assertThat(again).isCloseTo(1_500, within(1e-6));
        assertThat(Double.doubleToRawLongBits(again))
                .isEqualTo(Double.doubleToRawLongBits(new PlanOverlaps().of(adopted, MEASURE)));
    }

    private static PlanFeature copy(PlanFeature f) {
        return f.withId(f.id() + "'").withGeometry(f.geometry().copy());
    }
}
