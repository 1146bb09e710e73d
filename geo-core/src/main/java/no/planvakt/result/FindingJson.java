package no.planvakt.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import no.planvakt.diff.ChangeKind;

/**
 * A finding as JSON: the one shape of {@code result.json}, the GeoJSON properties and the API.
 * Figures are rounded for reading (0.01 m², 1 m² in daa, 1e-6 for shares and named figures).
 * Null texts are written as null (ALWAYS, whatever a caller's mapper prefers), so the shape is the
 * same everywhere; only share, distance and figures are left out when a kind has none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FindingJson(
        String key,
        String ruleId,
        String ruleTitle,
        Status status,
        String statusLabel,
        ChangeKind change,
        String planObjectId,
        String planObjectName,
        String planObjectPurpose,
        String referenceLayer,
        String referenceFeatureId,
        double areaM2,
        double areaDaa,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double share,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceM,
        String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> figures,
        List<String> trace) {

    public static FindingJson of(Finding f) {
        Map<String, Double> figures = new java.util.LinkedHashMap<>();
        f.figures().forEach((k, v) -> figures.put(k, v == null ? null : Math.round(v * 1e6) / 1e6));
        return new FindingJson(
                f.key(),
                f.ruleId(),
                f.ruleTitle(),
                f.status(),
                f.status().label(),
                f.change(),
                f.planObjectId(),
                f.planObjectName(),
                f.planObjectPurpose(),
                f.referenceLayer(),
                f.referenceFeatureId(),
                Math.round(f.areaM2() * 100) / 100.0,
                Math.round(f.areaM2()) / 1000.0,
                f.share() == null ? null : Math.round(f.share() * 1e6) / 1e6,
                f.distanceM() == null ? null : Math.round(f.distanceM() * 100) / 100.0,
                f.message(),
                figures,
                f.trace());
    }
}
