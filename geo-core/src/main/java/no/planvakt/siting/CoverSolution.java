package no.planvakt.siting;

/**
 * The chosen columns, sorted, and whether the solver proved them optimal.
 *
 * @param method which solver answered, for the trace
 */
public record CoverSolution(int[] chosen, boolean optimal, String method) {}
