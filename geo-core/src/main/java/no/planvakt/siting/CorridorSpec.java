package no.planvakt.siting;

/**
 * One corridor as the pack names it: a road number and its class (TEN-T core, comprehensive,
 * regional main road for heavy transport), whose spacing the pack gives per energy carrier.
 */
public record CorridorSpec(String id, RoadNumber road, String corridorClass) {}
