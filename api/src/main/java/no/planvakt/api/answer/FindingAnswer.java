package no.planvakt.api.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import no.planvakt.result.FindingJson;

/**
 * A finding of a stored run: the fields of {@code result.json}'s findings, and the planner's
 * verdict when there is one.
 */
public record FindingAnswer(
        @JsonUnwrapped FindingJson finding,
        @JsonInclude(JsonInclude.Include.NON_NULL) OverrideAnswer override) {}
