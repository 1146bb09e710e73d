package no.planvakt.rule;

/** A check run stopped at its time limit ({@link RunTimeLimit}); nothing of it is kept. The message is the planner's. */
public class RunTimeLimitException extends RuntimeException {
    public RunTimeLimitException(String message) {
        super(message);
    }
}
