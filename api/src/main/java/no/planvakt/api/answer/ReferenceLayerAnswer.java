package no.planvakt.api.answer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A loaded reference layer with its provenance.
 *
 * @param date       the source's date (e.g. when it was extracted); null when not given
 * @param method     how the layer was made, when given
 * @param sourceFile the uploaded file's name
 * @param features   features stored
 */
public record ReferenceLayerAnswer(
        String id,
        String title,
        String source,
        String owner,
        String licence,
        LocalDate date,
        String method,
        String sourceFile,
        Instant loadedAt,
        long features) {}
