package no.planvakt.api.run;

/** Where a check run is: QUEUED → RUNNING → DONE, or FAILED (with a reason) or CANCELLED. */
public enum RunState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
}
