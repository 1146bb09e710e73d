package no.planvakt.layers.style;

import java.util.List;

/**
 * A named style: ordered rules (first match wins in MapServer; the rules are mutually exclusive
 * so SLD, which applies every matching rule, draws the same), and an optional label column.
 *
 * @param detailMaxScale outlines and hatches are drawn only at this scale denominator or larger
 *                       scales (null: always); at municipality scale they are sub-pixel noise
 *                       that costs rendering time
 * @param labelMaxScale  labels only at this scale denominator or larger scales (null: always)
 */
public record LayerStyle(
        String name,
        String title,
        List<StyleRule> rules,
        String labelProperty,
        Double detailMaxScale,
        Double labelMaxScale) {

    public LayerStyle {
        rules = List.copyOf(rules);
    }
}
