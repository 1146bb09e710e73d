package no.planvakt.result;

import java.util.Map;

/**
 * The traffic light for one rule in one run.
 *
 * @param counts findings per status
 * @param areaM2 total area of RED and YELLOW findings
 */
public record RuleSummary(
        String ruleId,
        String title,
        Status status,
        Map<Status, Integer> counts,
        int checkedClear,
        double areaM2,
        String citation) {}
