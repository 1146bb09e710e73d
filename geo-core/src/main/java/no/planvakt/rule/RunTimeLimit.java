package no.planvakt.rule;

import java.math.BigDecimal;

/**
 * The longest a check run may take, so one run (a huge plan, a pathological geometry) cannot hold
 * a service thread or the command for ever. The clock starts when the run starts; the run stops
 * cooperatively at the next rule or {@link RunProgress#checkpoint} after the limit, with
 * {@link RunTimeLimitException}, and nothing of it is kept. One overlay of two geometries is not
 * interrupted, so a run may overshoot by the time its slowest single step takes.
 *
 * <p>Set with the system property (command) or service property {@value #PROPERTY}, in seconds
 * (decimals allowed); default {@value #DEFAULT_SECONDS} s, about 40 times a full Buskerud check
 * on a two-core machine (docs/performance.md).
 */
public final class RunTimeLimit implements RunProgress {
    public static final String PROPERTY = "planvakt.maxRunSeconds";
    public static final double DEFAULT_SECONDS = 1800;

    private final RunProgress inner;
    private final double seconds;
    private final long deadline;

    private RunTimeLimit(RunProgress inner, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(PROPERTY + " must be a positive number of seconds, found " + seconds);
        }
        this.inner = inner;
        this.seconds = seconds;
        this.deadline = System.nanoTime() + (long) (seconds * 1e9);
    }

    /** {@code inner} with a deadline {@code seconds} from now. */
    public static RunTimeLimit of(RunProgress inner, double seconds) {
        return new RunTimeLimit(inner, seconds);
    }

    /** {@code inner} with the deadline set by the system property {@value #PROPERTY} (or the default), from now. */
    public static RunTimeLimit configured(RunProgress inner) {
        return new RunTimeLimit(inner, configuredSeconds());
    }

    /** The limit set by the system property {@value #PROPERTY}, or the default. */
    public static double configuredSeconds() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_SECONDS;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a number of seconds, found \"" + v + "\"");
        }
    }

    public double seconds() {
        return seconds;
    }

    @Override
    public void beforeRule(int index, int total, String ruleId) {
        checkDeadline();
        inner.beforeRule(index, total, ruleId);
    }

    @Override
    public void checkpoint() {
        checkDeadline();
        inner.checkpoint();
    }

    private void checkDeadline() {
        if (System.nanoTime() > deadline) {
            throw new RunTimeLimitException(message(seconds));
        }
    }

    /** The planner's message for a run stopped at this limit. */
    public static String message(double seconds) {
        String s = BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
        return "Kontrollen ble stoppet fordi den brukte mer enn " + s + " s, grensen for én kjøring (" + PROPERTY
                + "); ingenting av den er lagret. Kjør færre regler om gangen, del opp planen eller øk grensen.";
    }
}
