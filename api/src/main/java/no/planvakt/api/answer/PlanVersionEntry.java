package no.planvakt.api.answer;

import java.time.Instant;
import no.planvakt.plan.PlanVersionKind;

/** A plan version in a list (the page's plan pickers). */
public record PlanVersionEntry(
        long versionId,
        long planId,
        PlanVersionKind kind,
        String sourceFile,
        String name,
        String municipality,
        String planIdent,
        Instant importedAt,
        Instant publishedAt) {}
