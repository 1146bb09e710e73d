package no.planvakt.siting;

/** The largest allowed distance between stations of one carrier on one corridor class, with its source. */
public record Spacing(String corridorClass, String carrier, double maxM, String citation) {}
