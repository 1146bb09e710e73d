package no.planvakt.bench.county;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.CompiledRule;

/**
 * Planvakt's RED and YELLOW findings of one rule against the SQL baseline's rows: the same
 * (plan object, reference feature) pairs, and the same areas to 0.01 % (0.1 % with a buffer, below). A pair on one side only is
 * accepted when its area lies within 0.01 % of the rule's threshold (the two sides may round a
 * borderline overlap to different sides of it), and counted.
 */
record Agreement(String rule, int both, int onlyPlanvakt, int onlySql, int borderline, double maxRelativeDifference,
                 double tolerance, List<String> examples) {
    private static final double TOLERANCE = 1e-4;
    /**
     * With a buffer around the reference (R5b): JTS and GEOS both draw round corners with 8
     * segments per quadrant, but place them differently; on the generated deposits that moves the
     * overlap area by up to about 0.06 %.
     */
    private static final double BUFFER_TOLERANCE = 1e-3;

    boolean ok() {
        return onlyPlanvakt == 0 && onlySql == 0 && maxRelativeDifference <= tolerance;
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok());
        m.put("pairs in both", both);
        m.put("only Planvakt", onlyPlanvakt);
        m.put("only SQL", onlySql);
        m.put("borderline (at the threshold)", borderline);
        m.put("max relative area difference", maxRelativeDifference);
        m.put("tolerance", tolerance);
        if (!examples.isEmpty()) {
            m.put("examples", examples);
        }
        return m;
    }

    @Override
    public String toString() {
        return (ok() ? "ok" : "DISAGREE") + ": " + both + " pairs, max rel. diff " + String.format(java.util.Locale.ROOT, "%.2e", maxRelativeDifference)
                + (borderline > 0 ? ", " + borderline + " at the threshold" : "")
                + (onlyPlanvakt + onlySql > 0 ? ", only Planvakt " + onlyPlanvakt + ", only SQL " + onlySql + " " + examples : "");
    }

    static Agreement compare(String ruleId, List<Finding> findings, List<PostGisBaseline.Row> rows, CompiledRule rule) {
        boolean coverage = rule.definition().kind().equals("coverage");
        boolean buffered = rule.definition().parameters().containsKey("bufferM") && rule.definition().number("bufferM") > 0;
        double tolerance = buffered ? BUFFER_TOLERANCE : TOLERANCE;
        double threshold = coverage ? 0 : rule.definition().number("yellowAreaM2");
        Map<String, Double> planvakt = new HashMap<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(ruleId) && (f.status() == Status.RED || f.status() == Status.YELLOW)) {
                planvakt.merge(key(coverage ? "" : f.planObjectId(), f.referenceFeatureId()), f.areaM2(), Double::sum);
            }
        }
        Map<String, Double> sql = new HashMap<>();
        for (PostGisBaseline.Row r : rows) {
            sql.merge(key(r.object(), r.reference()), r.areaM2(), Double::sum);
        }
        int both = 0;
        int onlyP = 0;
        int onlyS = 0;
        int border = 0;
        double maxRel = 0;
        List<String> examples = new java.util.ArrayList<>();
        for (Map.Entry<String, Double> e : planvakt.entrySet()) {
            Double s = sql.get(e.getKey());
            if (s == null) {
                if (nearThreshold(e.getValue(), threshold)) {
                    border++;
                } else {
                    onlyP++;
                    if (examples.size() < 5) {
                        examples.add("Planvakt " + e.getKey() + " " + e.getValue() + " m²");
                    }
                }
                continue;
            }
            both++;
            double rel = Math.abs(e.getValue() - s) / Math.max(Math.abs(s), 1);
            maxRel = Math.max(maxRel, rel);
            if (rel > tolerance && examples.size() < 5) {
                examples.add(e.getKey() + " Planvakt " + e.getValue() + " m², SQL " + s + " m²");
            }
        }
        for (Map.Entry<String, Double> e : sql.entrySet()) {
            if (!planvakt.containsKey(e.getKey())) {
                if (nearThreshold(e.getValue(), threshold)) {
                    border++;
                } else {
                    onlyS++;
                    if (examples.size() < 5) {
                        examples.add("SQL " + e.getKey() + " " + e.getValue() + " m²");
                    }
                }
            }
        }
        return new Agreement(ruleId, both, onlyP, onlyS, border, maxRel, tolerance, examples);
    }

    private static boolean nearThreshold(double area, double threshold) {
        return threshold > 0 && Math.abs(area - threshold) <= TOLERANCE * threshold;
    }

    private static String key(String object, String reference) {
        return object + " × " + reference;
    }
}
