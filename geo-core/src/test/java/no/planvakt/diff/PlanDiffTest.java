package no.planvakt.diff;

import static no.planvakt.Fixtures.landUse;
import static no.planvakt.Fixtures.rect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.planvakt.Fixtures;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.plan.PlanFeature;
import org.junit.jupiter.api.Test;

/** Plan-diff fixtures worked out by hand: rectangles in metres, sliver tolerance 100 m². */
class PlanDiffTest {
    private final PlanDiff diff = new PlanDiff(100, AreaMeasure.of(Fixtures.SRID, Fixtures.SRID));

    @Test
    void anAreaWithoutCounterpartIsNew() {
        AreaChange c = only(diff.compare(List.of(landUse("D", 1120, 2, rect(0, 0, 200, 100))), List.of()));
        assertThat(c.kind()).isEqualTo(ChangeKind.NEW);
        assertThat(c.changedAreaM2()).isCloseTo(20_000, within(1e-6));
    }

    @Test
    void onlyTheAddedPartOfAnExpandedAreaIsNew() {
        // 0–200 x 0–100 replaces 0–100 x 0–100: the expansion is 100 x 100 = 10 000 m².
        AreaChange c = only(diff.compare(
                List.of(landUse("D", 1120, 2, rect(0, 0, 200, 100))),
                List.of(landUse("A", 1120, 1, rect(0, 0, 100, 100)))));
        assertThat(c.kind()).isEqualTo(ChangeKind.EXPANDED);
        assertThat(c.changedAreaM2()).isCloseTo(10_000, within(1e-6));
        assertThat(c.changedPart().getEnvelopeInternal().getMinX()).isEqualTo(100);
        assertThat(c.existingPart().getArea()).isCloseTo(10_000, within(1e-6));
    }

    @Test
    void aRedigitisedBoundaryWithinTheSliverToleranceIsUnchanged() {
        // Shifted 0.5 m east: 0.5 x 100 = 50 m² differs on each side, below 100 m².
        AreaChange c = only(diff.compare(
                List.of(landUse("D", 1120, 1, rect(0.5, 0, 100.5, 100))),
                List.of(landUse("A", 1120, 1, rect(0, 0, 100, 100)))));
        assertThat(c.kind()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(c.changedPart().isEmpty()).isTrue();
    }

    @Test
    void anAreaThatOnlyTouchesAnAdoptedAreaWithinTheToleranceIsNew() {
        // Overlap 0.5 x 100 = 50 m² ≤ 100 m²: the area is new as a whole, 100.5 x 100 = 10 050 m²;
        // the adopted area loses 99.5 x 100 = 9 950 m² and is reported as removed there.
        List<AreaChange> changes = diff.compare(
                List.of(landUse("D", 1120, 2, rect(99.5, 0, 200, 100))),
                List.of(landUse("A", 1120, 1, rect(0, 0, 100, 100))));
        assertThat(changes).extracting(AreaChange::kind).containsExactly(ChangeKind.NEW, ChangeKind.REMOVED);
        assertThat(changes.get(0).changedAreaM2()).isCloseTo(10_050, within(1e-6));
        assertThat(changes.get(1).changedAreaM2()).isCloseTo(9_950, within(1e-6));
    }

    @Test
    void adoptedAreasTheDraftDropsAreRemoved() {
        List<AreaChange> changes = diff.compare(
                List.of(landUse("D", 1120, 1, rect(0, 0, 100, 100))),
                List.of(landUse("A1", 1120, 1, rect(0, 0, 100, 100)), landUse("A2", 1120, 1, rect(500, 0, 600, 50))));
        assertThat(changes)
                .extracting(c -> c.feature().id() + " " + c.kind())
                .containsExactly("D UNCHANGED", "A2 REMOVED");
        assertThat(changes.get(1).changedAreaM2()).isCloseTo(5_000, within(1e-6));
    }

    @Test
    void byPurposeComparesEachArealformalWithItself() {
        // 1120 on former LNFR land: new holiday homes, and the LNFR area is removed there.
        List<AreaChange> changes = diff.byPurpose(
                List.of(landUse("D", 1120, 2, rect(0, 0, 100, 100))),
                List.of(landUse("A", 5001, 1, rect(0, 0, 100, 100))));
        assertThat(changes).extracting(c -> c.feature().id() + " " + c.kind()).containsExactly("D NEW", "A REMOVED");
    }

    @Test
    void aRuleSelectionCountsPurposesOfTheSameGroupAsTheSame() {
        // R3 selects 1120 and 5220 together: 1120 replacing 5220 on the same land is not new holiday-home land.
        PlanFeature draft = landUse("D", 1120, 2, rect(0, 0, 100, 100));
        PlanFeature adopted = landUse("A", 5220, 1, rect(0, 0, 100, 100));
        assertThat(only(diff.compare(List.of(draft), List.of(adopted))).kind()).isEqualTo(ChangeKind.UNCHANGED);
    }

    @Test
    void aNewAreaBetweenTwoAdoptedAreasIsNewWhetherOrNotTheyOverlapEachOther() {
        // Draft 100 x 100 at x 0–100; the adopted areas reach 0.3 m into it from the west (30 m²)
        // and the east (30 m²): 60 m² ≤ 100 m², new as a whole.
        PlanFeature draft = landUse("D", 1120, 2, rect(0, 0, 100, 100));
        assertThat(only(diff.draftChanges(
                                List.of(draft),
                                List.of(
                                        landUse("A1", 1120, 1, rect(-50, 0, 0.3, 100)),
                                        landUse("A2", 1120, 1, rect(99.7, 0, 150, 100)))))
                        .kind())
                .isEqualTo(ChangeKind.NEW);
        // Two adopted areas on the same 0.6 x 100 strip: 60 m² each, 120 m² summed, but the draft
        // overlaps the adopted plan by 60 m² only, so it is still new.
        AreaChange c = only(diff.draftChanges(
                List.of(draft),
                List.of(
                        landUse("A1", 1120, 1, rect(-50, 0, 0.6, 100)),
                        landUse("A2", 1120, 1, rect(-40, 0, 0.6, 100)))));
        assertThat(c.kind()).isEqualTo(ChangeKind.NEW);
        assertThat(c.changedAreaM2()).isCloseTo(10_000, within(1e-6));
        // 1.5 x 100 on each side: 300 m² existing, the rest (9 700 m²) an expansion.
        AreaChange expanded = only(diff.draftChanges(
                List.of(draft),
                List.of(
                        landUse("A1", 1120, 1, rect(-50, 0, 1.5, 100)),
                        landUse("A2", 1120, 1, rect(98.5, 0, 150, 100)))));
        assertThat(expanded.kind()).isEqualTo(ChangeKind.EXPANDED);
        assertThat(expanded.changedAreaM2()).isCloseTo(9_700, within(1e-6));
        assertThat(expanded.existingPart().getArea()).isCloseTo(300, within(1e-6));
    }

    @Test
    void draftChangesAreCompareWithoutTheRemovedObjects() {
        List<PlanFeature> draft =
                List.of(landUse("D1", 1120, 1, rect(0, 0, 100, 100)), landUse("D2", 1120, 2, rect(0, 0, 200, 100)));
        List<PlanFeature> adopted =
                List.of(landUse("A1", 1120, 1, rect(0, 0, 100, 100)), landUse("A2", 1120, 1, rect(500, 0, 600, 50)));
        assertThat(diff.draftChanges(draft, adopted))
                .extracting(c -> c.feature().id() + " " + c.kind())
                .containsExactly("D1 UNCHANGED", "D2 EXPANDED");
        assertThat(diff.compare(draft, adopted))
                .extracting(c -> c.feature().id() + " " + c.kind())
                .containsExactly("D1 UNCHANGED", "D2 EXPANDED", "A2 REMOVED");
    }

    private static AreaChange only(List<AreaChange> changes) {
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }
}
