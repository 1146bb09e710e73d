package no.planvakt.rule;

/** A run stopped on request between two rules (see {@link RunProgress}); nothing of it is kept. */
public class RunCancelledException extends RuntimeException {
    public RunCancelledException(String message) {
        super(message);
    }
}
