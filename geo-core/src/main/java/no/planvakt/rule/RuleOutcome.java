package no.planvakt.rule;

import java.util.List;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;

/** What one rule found: findings, and the objects checked and found clear. */
public record RuleOutcome(List<Finding> findings, List<Checked> checked) {
}
