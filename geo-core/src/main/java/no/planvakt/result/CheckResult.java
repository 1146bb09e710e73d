package no.planvakt.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.diff.AreaChange;

/**
 * Everything a check run produced. Findings and checked lists are sorted and the inputs keep their
 * order, so the same inputs and pack always give the same result, byte for byte once written.
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
        // In the given order (not Map.copyOf's): the report lists inputs as the engine named them,
        // the same on every run.
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        tables = List.copyOf(tables);
    }

    /** A result without tables. */
    public CheckResult(
            String packId,
            String packVersion,
            int reportSrid,
            Map<String, String> inputs,
            List<RuleSummary> summaries,
            List<Finding> findings,
            List<Checked> checked,
            List<AreaChange> planDiff,
            List<String> warnings) {
        this(packId, packVersion, reportSrid, inputs, summaries, findings, checked, planDiff, warnings, List.of());
    }
}
