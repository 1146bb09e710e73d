package no.planvakt.rule;

/** A rule pack that cannot be used; the message names the pack, rule and field. */
public class RulePackException extends RuntimeException {
    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
