package no.planvakt.rule;

/**
 * Told by {@link CheckEngine} before each rule, so a service can show progress and stop a run
 * between rules: to cancel, throw {@link RunCancelledException} from {@link #beforeRule}.
 */
@FunctionalInterface
public interface RunProgress {
    RunProgress NONE = (index, total, ruleId) -> { };

    /**
     * @param index  rules already done (0 for the first rule)
     * @param total  rules in this run
     * @param ruleId the rule about to run
     */
    void beforeRule(int index, int total, String ruleId);
}
