package no.planvakt.rule;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A rule parameter. The guidelines contain no numbers, so every tolerance is a parameter with a
 * documented default that a county can change in its pack, optionally per place type.
 *
 * @param placeTypes overrides per place type; null when the value holds everywhere
 */
public record Parameter(
        @JsonProperty(required = true) Object value,
        String unit,
        @JsonProperty(required = true) String description,
        PlaceTypes placeTypes) {

    public Parameter(Object value, String unit, String description) {
        this(value, unit, description, null);
    }

    public double asDouble(String ruleId, String name) {
        return number(value, ruleId, name);
    }

    public String asText() {
        return String.valueOf(value);
    }

    /** A parameter value (or a value inside a structured parameter) as a number; the error names rule and field. */
    public static double number(Object value, String ruleId, String name) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new RulePackException(
                    "rule " + ruleId + ": parameter " + name + " must be a number, found \"" + value + "\"");
        }
    }
}
