package no.planvakt.rule;

import java.util.List;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;

/** What one rule found: findings, the objects checked and found clear, and any tables of figures. */
public record RuleOutcome(List<Finding> findings, List<Checked> checked, List<ResultTable> tables) {

    public RuleOutcome {
        tables = List.copyOf(tables);
    }

    /** An outcome without tables (most kinds report findings only). */
    public RuleOutcome(List<Finding> findings, List<Checked> checked) {
        this(findings, checked, List.of());
    }
}
