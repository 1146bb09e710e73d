package no.planvakt.api.web;

/** The caller may see the object but not change it: 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
