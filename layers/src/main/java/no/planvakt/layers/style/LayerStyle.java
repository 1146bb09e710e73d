package no.planvakt.layers.style;

import java.util.List;

/**
 * A named style: ordered rules (first match wins in MapServer; the rules are mutually exclusive
 * so SLD, which applies every matching rule, draws the same), and an optional label column.
 */
public record LayerStyle(String name, String title, List<StyleRule> rules, String labelProperty) {

    public LayerStyle {
        rules = List.copyOf(rules);
    }
}
