package no.planvakt.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import no.planvakt.diff.ChangeKind;

/**
 * Which plan objects a rule examines: an ECQL filter over the plan object attributes
 * (type, objekttype, arealformal, hensyn, kode, status, navn) with ${parameter} substitution, and
 * which kinds of change from the plan diff count.
 */
public record PlanSelectionSpec(
        @JsonProperty(required = true) String filter, List<ChangeKind> change) {
    public PlanSelectionSpec {
        change = change == null
                ? List.of(ChangeKind.NEW, ChangeKind.EXPANDED, ChangeKind.UNCHANGED)
                : List.copyOf(change);
    }
}
