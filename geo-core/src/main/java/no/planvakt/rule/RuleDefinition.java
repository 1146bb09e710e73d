package no.planvakt.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import no.planvakt.result.Status;

/**
 * One rule as the pack states it. Messages are templates per status with placeholders
 * {object}, {purpose}, {change}, {area_daa}, {share_pct}, {reference}, {reference_id}.
 *
 * @param accounts what an {@code accounting} rule counts (groups, land-cover classes, themes); null for other kinds
 */
public record RuleDefinition(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) Citation citation,
        @JsonProperty(required = true) PlanSelectionSpec plan,
        @JsonProperty(required = true) ReferenceSelectionSpec reference,
        Map<String, Parameter> parameters,
        @JsonProperty(required = true) Map<Status, String> messages,
        String guidance,
        no.planvakt.account.AccountSpec accounts) {

    public RuleDefinition {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        messages = Map.copyOf(messages);
    }

    public double number(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new RulePackException("rule " + id + ": parameter " + name + " is missing");
        }
        return p.asDouble(id, name);
    }

    /** Replaces ${name} by the parameter's value. */
    public String substitute(String field, String text) {
        String out = text;
        int start;
        while ((start = out.indexOf("${")) >= 0) {
            int end = out.indexOf('}', start);
            if (end < 0) {
                throw new RulePackException("rule " + id + ": " + field + ": unclosed ${ in \"" + text + "\"");
            }
            String name = out.substring(start + 2, end);
            Parameter p = parameters.get(name);
            if (p == null) {
                throw new RulePackException(
                        "rule " + id + ": " + field + " refers to unknown parameter ${" + name + "}");
            }
            out = out.substring(0, start) + p.asText() + out.substring(end + 1);
        }
        return out;
    }
}
