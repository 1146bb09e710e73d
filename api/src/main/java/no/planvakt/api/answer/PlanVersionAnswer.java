package no.planvakt.api.answer;

import java.time.Instant;
import java.util.List;
import no.planvakt.plan.PlanVersionKind;

/**
 * One stored version of a plan (a draft or the adopted plan).
 *
 * @param sourceSrid the CRS the file came in (areas are reported in it)
 * @param features   plan objects stored
 * @param warnings   what the import repaired or left out
 */
public record PlanVersionAnswer(
        long versionId,
        long planId,
        PlanVersionKind kind,
        String sourceFile,
        Integer sourceSrid,
        Instant importedAt,
        String municipality,
        String planIdent,
        String uploadedBy,
        Instant publishedAt,
        String publishedBy,
        long features,
        List<String> warnings) {}
