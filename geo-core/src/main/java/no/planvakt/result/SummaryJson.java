package no.planvakt.result;

import java.util.Map;

/** One rule's summary as JSON ({@code result.json}'s "summary", stored with a run, the API's run answer). */
public record SummaryJson(
        String ruleId,
        String title,
        Status status,
        String statusLabel,
        Map<Status, Integer> counts,
        int checkedClear,
        double areaDaa,
        String citation) {

    public static SummaryJson of(RuleSummary s) {
        return new SummaryJson(
                s.ruleId(),
                s.title(),
                s.status(),
                s.status().label(),
                s.counts(),
                s.checkedClear(),
                Math.round(s.areaM2()) / 1000.0,
                s.citation());
    }
}
