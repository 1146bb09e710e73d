package no.planvakt.rule;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a rule comes from: document, section, line numbers and the exact Norwegian wording. */
public record Citation(
        @JsonProperty(required = true) String document,
        @JsonProperty(required = true) String section,
        String lines,
        @JsonProperty(required = true) String quote) {

    /** "Buskerudplanen §6.2.4" style short reference. */
    public String shortForm() {
        return document + ", " + section + (lines == null ? "" : " (linje " + lines + ")");
    }
}
