package no.planvakt.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A versioned set of rules with citations, as a county writes it in YAML. The Buskerud pack is
 * the default; other counties write their own in the same format.
 *
 * @param format the file format's version ({@link PackFormat}); absent means the current one
 */
public record RulePack(
        Integer format,
        @JsonProperty(required = true) String pack,
        @JsonProperty(required = true) String version,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String document,
        @JsonProperty(required = true) List<RuleDefinition> rules) {

    public RulePack {
        rules = List.copyOf(rules);
    }
}
