package no.planvakt.plan;

import static org.assertj.core.api.Assertions.assertThat;

import no.planvakt.Fixtures;
import org.junit.jupiter.api.Test;

/** Copies of a plan object under another id or geometry keep everything else. */
class PlanFeatureTest {
    @Test
    void withIdAndWithGeometryChangeOnlyThatField() {
        PlanFeature f = Fixtures.landUse("D1", 1120, 2, Fixtures.rect(0, 0, 10, 10));
        PlanFeature renamed = f.withId("D1#2");
        assertThat(renamed.id()).isEqualTo("D1#2");
        assertThat(renamed.withId("D1")).isEqualTo(f);
        PlanFeature moved = f.withGeometry(Fixtures.rect(5, 5, 15, 15));
        assertThat(moved.geometry()).isEqualTo(Fixtures.rect(5, 5, 15, 15));
        assertThat(moved.withGeometry(f.geometry())).isEqualTo(f);
    }
}
