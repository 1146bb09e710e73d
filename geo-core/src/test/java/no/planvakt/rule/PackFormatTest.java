package no.planvakt.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A field that a format removed or renamed is refused naming its line, the format and what to write
 * instead. Format 1 is the first, so the shipped table is empty; this test gives the loader a table
 * of its own (as if a format had renamed {@code citation.linjer} to {@code lines} and removed
 * {@code plan.endring}) and feeds it the real Buskerud pack with the old fields put back.
 */
class PackFormatTest {
    private static final List<PackFormat.FieldChange> TABLE = List.of(
            new PackFormat.FieldChange(2, "rules[].citation.linjer", "lines", null),
            new PackFormat.FieldChange(2, "rules[].plan.endring", null, "use plan.change: [NEW, EXPANDED, UNCHANGED]"));
    private static String buskerud;

    @BeforeAll
    static void pack() throws Exception {
        try (InputStream in = PackFormatTest.class.getResourceAsStream("/no/planvakt/rule/packs/buskerud.yaml")) {
            buskerud = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedTableIsEmptyAndTheShippedPackLoadsWithAnyTable() {
        assertThat(PackFormat.CHANGES).isEmpty();
        assertThat(RulePackLoader.load("buskerud.yaml", bytes(buskerud), TABLE).rules())
                .isNotEmpty();
    }

    @Test
    void aRenamedFieldIsNamedWithItsLineAndItsNewName() {
        String old = buskerud.replaceFirst("\n      lines: ", "\n      linjer: ");
        assertThatThrownBy(() -> RulePackLoader.load("buskerud.yaml", bytes(old), TABLE))
                .isInstanceOf(RulePackException.class)
                .hasMessage(
                        "buskerud.yaml: rule R1: field rules[0].citation.linjer (line 16): \"linjer\" was renamed to \"lines\""
                                + " in format 2; write lines: instead");
    }

    @Test
    void aRemovedFieldIsNamedWithWhatToWriteInstead() {
        String old = buskerud.replaceFirst("\n    plan:\n", "\n    plan:\n      endring: ny\n");
        assertThatThrownBy(() -> RulePackLoader.load("buskerud.yaml", bytes(old), TABLE))
                .isInstanceOf(RulePackException.class)
                .hasMessage(
                        "buskerud.yaml: rule R1: field rules[0].plan.endring (line 19): \"endring\" was removed in format 2"
                                + " (use plan.change: [NEW, EXPANDED, UNCHANGED])");
    }

    @Test
    void aFieldNotInTheTableIsStillJustUnknown() {
        String misspelt = buskerud.replaceFirst("\n      lines: ", "\n      linez: ");
        assertThatThrownBy(() -> RulePackLoader.load("buskerud.yaml", bytes(misspelt), TABLE))
                .isInstanceOf(RulePackException.class)
                .hasMessage("buskerud.yaml: rule R1: field rules[0].citation.linez (line 16): unknown field \"linez\"");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
