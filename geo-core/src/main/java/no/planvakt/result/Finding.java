package no.planvakt.result;

import java.util.List;
import no.planvakt.diff.ChangeKind;
import org.locationtech.jts.geom.Geometry;

/**
 * One finding: which plan object meets which reference feature under which rule, with the
 * conflict geometry (canonical CRS), figures measured in the report CRS, and the trace of steps
 * that produced it, so that a planner can follow and reproduce it.
 *
 * @param key      stable identity across re-runs of the same inputs (rule, object, reference, kind)
 * @param share    conflict area / area of the examined part (0..1), null when not an area figure
 * @param figures  further named figures of the rule kind (e.g. parts of a nature area before and
 *                 after, covered share), so that reports and tests can read them without parsing text
 */
public record Finding(
        String key,
        String ruleId,
        String ruleTitle,
        Status status,
        ChangeKind change,
        String planObjectId,
        String planObjectName,
        String planObjectPurpose,
        String referenceLayer,
        String referenceFeatureId,
        double areaM2,
        Double share,
        Double distanceM,
        String message,
        List<String> trace,
        Geometry geometry,
        java.util.Map<String, Double> figures) {

    public Finding {
        trace = List.copyOf(trace);
        figures = figures == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** A finding without further figures (the form from before rule kinds had them). */
    public Finding(String key, String ruleId, String ruleTitle, Status status, ChangeKind change, String planObjectId,
                   String planObjectName, String planObjectPurpose, String referenceLayer, String referenceFeatureId,
                   double areaM2, Double share, Double distanceM, String message, List<String> trace, Geometry geometry) {
        this(key, ruleId, ruleTitle, status, change, planObjectId, planObjectName, planObjectPurpose, referenceLayer,
                referenceFeatureId, areaM2, share, distanceM, message, trace, geometry, java.util.Map.of());
    }

    public double areaDaa() {
        return areaM2 / 1000.0;
    }
}
