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
        figures = figures == null
                ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /**
     * Starts a finding of one rule: the one way rule kinds create findings (the record's
     * constructor stays for readers that restore stored findings whole).
     */
    public static Builder of(String ruleId, String ruleTitle, Status status) {
        return new Builder(ruleId, ruleTitle, status);
    }

    public double areaDaa() {
        return areaM2 / 1000.0;
    }

    /** Collects a finding's parts by name; {@link #build()} checks that the identifying ones are set. */
    public static final class Builder {
        private final String ruleId;
        private final String ruleTitle;
        private final Status status;
        private String key;
        private ChangeKind change;
        private String planObjectId = "";
        private String planObjectName = "";
        private String planObjectPurpose = "";
        private String referenceLayer;
        private String referenceFeatureId;
        private double areaM2;
        private Double share;
        private Double distanceM;
        private String message;
        private List<String> trace = List.of();
        private Geometry geometry;
        private final java.util.Map<String, Double> figures = new java.util.LinkedHashMap<>();

        private Builder(String ruleId, String ruleTitle, Status status) {
            this.ruleId = java.util.Objects.requireNonNull(ruleId, "ruleId");
            this.ruleTitle = ruleTitle;
            this.status = java.util.Objects.requireNonNull(status, "status");
        }

        /** Stable identity across re-runs (see {@link Finding#key()}). */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder change(ChangeKind change) {
            this.change = change;
            return this;
        }

        /** The plan object (or objects, ids joined) the finding is about. */
        public Builder planObject(String id, String name, String purpose) {
            this.planObjectId = id;
            this.planObjectName = name;
            this.planObjectPurpose = purpose;
            return this;
        }

        /** The reference layer and, when the finding is about one of its features, that feature's id. */
        public Builder reference(String layer, String featureId) {
            this.referenceLayer = layer;
            this.referenceFeatureId = featureId;
            return this;
        }

        public Builder area(double m2) {
            this.areaM2 = m2;
            return this;
        }

        public Builder share(Double share) {
            this.share = share;
            return this;
        }

        public Builder distance(Double metres) {
            this.distanceM = metres;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder trace(List<String> trace) {
            this.trace = trace;
            return this;
        }

        public Builder geometry(Geometry geometry) {
            this.geometry = geometry;
            return this;
        }

        public Builder figure(String name, double value) {
            figures.put(name, value);
            return this;
        }

        public Builder figures(java.util.Map<String, Double> more) {
            figures.putAll(more);
            return this;
        }

        public Finding build() {
            if (key == null || message == null) {
                throw new IllegalStateException("finding of rule " + ruleId + " needs a key and a message");
            }
            return new Finding(
                    key,
                    ruleId,
                    ruleTitle,
                    status,
                    change,
                    planObjectId,
                    planObjectName,
                    planObjectPurpose,
                    referenceLayer,
                    referenceFeatureId,
                    areaM2,
                    share,
                    distanceM,
                    message,
                    trace,
                    geometry,
                    figures);
        }
    }
}
