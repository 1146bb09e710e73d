package no.planvakt.api.web;

/** The object exists but is not published, and the caller has not signed in: 401. */
public class SignInRequiredException extends RuntimeException {
    public SignInRequiredException(String message) {
        super(message);
    }
}
