package no.planvakt;

/**
 * Bad input from a planner's file or request. The message always names the file, layer, line or
 * object and says what is wrong, because planners fix their own data from it.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
