package no.planvakt.reference;

import java.time.LocalDate;

/**
 * Where a reference layer comes from. A finding is only as good as its evidence, so every layer
 * says who made it, when, under which licence and (for derived layers such as a forest line) how.
 */
public record Provenance(String source, String owner, String licence, LocalDate date, String method) {}
