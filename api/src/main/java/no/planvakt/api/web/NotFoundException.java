package no.planvakt.api.web;

/** A plan version, layer or run that does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
