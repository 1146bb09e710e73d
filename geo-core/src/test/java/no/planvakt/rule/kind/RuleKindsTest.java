package no.planvakt.rule.kind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every kind the sealed interface permits is one a pack can name, and declares its placeholders. */
class RuleKindsTest {
    @Test
    void everyPermittedKindIsRegisteredByName() {
        assertThat(RuleKind.class.getPermittedSubclasses()).hasSameSizeAs(RuleKinds.names());
        for (String name : RuleKinds.names()) {
            RuleKind kind = RuleKinds.find(name).orElseThrow();
            assertThat(RuleKind.class.getPermittedSubclasses()).contains(kind.getClass());
            assertThat(kind.placeholders()).as(name).containsAll(RuleKind.COMMON_PLACEHOLDERS);
        }
        assertThat(RuleKinds.names())
                .containsExactly(
                        "exclusion",
                        "coverage",
                        "proximity",
                        "fragmentation",
                        "accounting",
                        "siting",
                        "classification",
                        "nearness",
                        "inside_share");
    }
}
