package no.planvakt.result;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.planvakt.diff.AreaChange;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RulePack;

/**
 * Everything a check run produced. Findings and checked lists are sorted, so the same inputs and
 * pack always give the same result.
 *
 * @param reportSrid the CRS areas were measured in (the draft plan's own)
 * @param inputs     names and versions of every input (plans, layers with provenance), for the record
 */
public record CheckResult(
        String packId,
        String packVersion,
        int reportSrid,
        Map<String, String> inputs,
        List<RuleSummary> summaries,
        List<Finding> findings,
        List<Checked> checked,
        List<AreaChange> planDiff,
        List<String> warnings,
        List<ResultTable> tables) {

    public CheckResult {
        findings = List.copyOf(findings);
        checked = List.copyOf(checked);
        planDiff = List.copyOf(planDiff);
        warnings = List.copyOf(warnings);
        summaries = List.copyOf(summaries);
        inputs = Map.copyOf(inputs);
        tables = List.copyOf(tables);
    }

    /** A result without tables. */
    public CheckResult(String packId, String packVersion, int reportSrid, Map<String, String> inputs,
                       List<RuleSummary> summaries, List<Finding> findings, List<Checked> checked,
                       List<AreaChange> planDiff, List<String> warnings) {
        this(packId, packVersion, reportSrid, inputs, summaries, findings, checked, planDiff, warnings, List.of());
    }

    /** Summarises one rule: worst status of its findings, GREEN when it found nothing. */
    public static RuleSummary summarise(RuleDefinition rule, List<Finding> findings, List<Checked> checked) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Status worst = Status.GREEN;
        double area = 0;
        for (Finding f : findings) {
            if (f.ruleId().equals(rule.id())) {
                counts.merge(f.status(), 1, Integer::sum);
                worst = worst.worst(f.status());
                if (f.status() == Status.RED || f.status() == Status.YELLOW) {
                    area += f.areaM2();
                }
            }
        }
        int clear = (int) checked.stream().filter(c -> c.ruleId().equals(rule.id())).count();
        return new RuleSummary(rule.id(), rule.title(), worst, counts, clear, area, rule.citation().shortForm());
    }

    public static String packLabel(RulePack pack) {
        return pack.pack() + " " + pack.version();
    }
}
