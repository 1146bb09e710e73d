/**
 * Rule packs and the engine. A pack (YAML, see docs/rule-packs.md) is read by {@link
 * no.planvakt.rule.RulePackLoader} and refused at load with a message naming file, rule, field
 * and line when anything is wrong; the result is a {@link no.planvakt.rule.LoadedPack} of
 * {@link no.planvakt.rule.CompiledRule}s whose filters are compiled once.
 * <p>
 * {@link no.planvakt.rule.PlanCheck#run} is the one entry to a check: the command, the API and the
 * tests call it. {@link no.planvakt.rule.CheckEngine} is pure: the same inputs and pack give the
 * same {@link no.planvakt.result.CheckResult}, whether the inputs came from files or from PostGIS.
 * The kinds themselves live in {@code rule.kind}; the result types in {@code result}, which does not
 * depend on this package.
 */
package no.planvakt.rule;
