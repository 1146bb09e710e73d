package no.planvakt.api.answer;

import java.util.List;

/**
 * A rule pack a check can use, with its rules, for the page's rule picker.
 *
 * @param id       the pack's id (e.g. buskerud)
 * @param document the planning document the rules cite
 */
public record RulePackAnswer(String id, String version, String title, String document, List<Rule> rules) {
    public RulePackAnswer {
        rules = List.copyOf(rules);
    }

    /**
     * One rule of the pack.
     *
     * @param kind     the rule kind (exclusion, coverage, proximity, …)
     * @param citation the citation's short form (document and section)
     * @param quote    the cited text
     * @param layer    the reference layer the rule reads
     */
    public record Rule(String id, String title, String kind, String citation, String quote, String layer) {}
}
