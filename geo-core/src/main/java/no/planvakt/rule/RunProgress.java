package no.planvakt.rule;

/**
 * Told by {@link CheckEngine} as each rule starts, so a service can show progress and stop a run
 * between rules: to cancel, throw {@link RunCancelledException} from {@link #beforeRule}. Rules
 * run side by side, so calls come from several threads, in no fixed order.
 */
@FunctionalInterface
public interface RunProgress {
    RunProgress NONE = (index, total, ruleId) -> { };

    /**
     * @param index  rules started before this one (0 for the first; rules may run side by side)
     * @param total  rules in this run
     * @param ruleId the rule about to run
     */
    void beforeRule(int index, int total, String ruleId);
}
