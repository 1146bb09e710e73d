package no.planvakt.api.run;

/** The run is not in a state that allows this (findings of an unfinished run, cancelling a finished one): 409. */
public class RunStateException extends RuntimeException {
    public RunStateException(String message) {
        super(message);
    }
}
