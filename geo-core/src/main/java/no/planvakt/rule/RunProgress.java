package no.planvakt.rule;

/**
 * Told by {@link CheckEngine} as each rule starts, so a service can show progress and stop a run
 * between rules: to cancel, throw {@link RunCancelledException} from {@link #beforeRule}. Rules
 * run side by side, so calls come from several threads, in no fixed order.
 *
 * <p>Rule kinds also call {@link #checkpoint} inside their loops (once per plan object or
 * reference object), so a run can be stopped within a long rule too: {@link RunTimeLimit} throws
 * there when the run's time is up.
 */
@FunctionalInterface
public interface RunProgress {
    RunProgress NONE = (index, total, ruleId) -> {};

    /**
     * @param index  rules started before this one (0 for the first; rules may run side by side)
     * @param total  rules in this run
     * @param ruleId the rule about to run
     */
    void beforeRule(int index, int total, String ruleId);

    /** Called often from inside the rules (from several threads); may throw to stop the run. Does nothing by default. */
    default void checkpoint() {}
}
