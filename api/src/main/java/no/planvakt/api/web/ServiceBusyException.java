package no.planvakt.api.web;

/** The service is at its limit of parallel work; the client should try again (503 with Retry-After). */
public class ServiceBusyException extends RuntimeException {
    public ServiceBusyException(String message) {
        super(message);
    }
}
