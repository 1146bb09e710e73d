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
        Geometry geometry) {

    public Finding {
        trace = List.copyOf(trace);
    }

    public double areaDaa() {
        return areaM2 / 1000.0;
    }
}
