package no.planvakt.rule;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which reference layer a rule uses, optionally narrowed by an ECQL filter on its attributes. */
public record ReferenceSelectionSpec(
        @JsonProperty(required = true) String layer, String filter) {}
