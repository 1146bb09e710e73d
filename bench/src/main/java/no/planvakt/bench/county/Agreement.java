package no.planvakt.bench.county;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.CompiledRule;

/**
 * Planvakt's RED and YELLOW findings of one rule against the SQL baseline's rows: the same
 * (plan object, reference feature) pairs, the same areas to 0.01 % and, for fragmentation, the
 * same status; for an area account, the plan's area per land-cover class and in all. Where the
 * rule draws a buffer around the reference feature, JTS's and PostGIS's buffers differ by a thin
 * sliver; a pair's area may then differ by the object's part in that sliver ({@link
 * BufferAllowance}) plus the 0.01 %, and what remains beyond it is the unexplained difference that
 * fails the check. A pair on one side only is accepted when its area lies within 0.01 % of the
 * rule's threshold, or (proximity) its distance within 1 cm of the limit (the two sides may round
 * a borderline case to different sides of it), and counted.
 *
 * @param maxRelativeDifference the largest |Planvakt − SQL| / SQL over the pairs in both
 * @param bufferExplained       pairs beyond the 0.01 % whose difference the buffers' sliver explains
 * @param maxUnexplained        the largest difference left after the buffers' sliver, relative to
 *                              the SQL area
 */
record Agreement(
        String rule,
        int both,
        int onlyPlanvakt,
        int onlySql,
        int borderline,
        int statusDiffers,
        int jointNotCompared,
        double maxRelativeDifference,
        int bufferExplained,
        double maxUnexplained,
        double tolerance,
        List<String> examples) {
    private static final double TOLERANCE = 1e-4;

    boolean ok() {
        return onlyPlanvakt == 0 && onlySql == 0 && statusDiffers == 0 && maxUnexplained <= tolerance;
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok());
        m.put("pairs in both", both);
        m.put("only Planvakt", onlyPlanvakt);
        m.put("only SQL", onlySql);
        m.put("borderline (at the threshold)", borderline);
        m.put("status differs", statusDiffers);
        m.put("joint findings (no baseline)", jointNotCompared);
        m.put("max relative area difference", maxRelativeDifference);
        m.put("pairs explained by the two buffers", bufferExplained);
        m.put("max unexplained relative difference", maxUnexplained);
        m.put("tolerance", tolerance);
        if (!examples.isEmpty()) {
            m.put("examples", examples);
        }
        return m;
    }

    @Override
    public String toString() {
        return (ok() ? "ok" : "DISAGREE") + ": " + both + " pairs, max rel. diff "
                + String.format(Locale.ROOT, "%.2e", maxRelativeDifference)
                + (bufferExplained > 0
                        ? String.format(
                                Locale.ROOT,
                                " (%d explained by the buffers, largest remainder %.2e)",
                                bufferExplained,
                                maxUnexplained)
                        : "")
                + (borderline > 0 ? ", " + borderline + " at the threshold" : "")
                + (statusDiffers > 0 ? ", status differs " + statusDiffers : "")
                + (jointNotCompared > 0 ? ", " + jointNotCompared + " joint findings not compared" : "")
                + (onlyPlanvakt + onlySql > 0
                        ? ", only Planvakt " + onlyPlanvakt + ", only SQL " + onlySql + " " + examples
                        : "")
                + (maxUnexplained > tolerance && onlyPlanvakt + onlySql == 0 ? " " + examples : "");
    }

    /** {@code buffers}: {@link BufferAllowance#of} for the rule ({@link BufferAllowance#NONE} when it draws none). */
    static Agreement compare(
            String ruleId,
            List<Finding> findings,
            List<PostGisBaseline.Row> rows,
            CompiledRule rule,
            BufferAllowance buffers) {
        String kind = rule.definition().kind();
        boolean coverage = kind.equals("coverage");
        boolean proximity = kind.equals("proximity");
        boolean accounting = kind.equals("accounting");
        double threshold =
                coverage || proximity || accounting ? 0 : rule.definition().number("yellowAreaM2");
        Map<Pair, Double> planvakt = new HashMap<>();
        Map<Pair, String> planvaktStatus = new HashMap<>();
        int joint = 0;
        for (Finding f : findings) {
            if (accounting && f.ruleId().equals(ruleId) && "plan".equals(f.planObjectId())) {
                // The account's plan finding: the plan's area per land-cover class (classes with area) and in all.
                planvakt.put(key("", "plan"), f.figures().get("plan_m2"));
                for (var c : rule.definition().accounts().classes()) {
                    double a = f.figures().getOrDefault(c.id() + "_m2", 0.0);
                    if (a > 0.001) {
                        planvakt.put(key("", c.id()), a);
                    }
                }
            } else if (!accounting
                    && f.ruleId().equals(ruleId)
                    && (f.status() == Status.RED || f.status() == Status.YELLOW)) {
                if (kind.equals("fragmentation")
                        && f.planObjectId() != null
                        && f.planObjectId().contains("+")) {
                    joint++; // several objects' joint effect (fragmentation): not in the baseline
                    continue;
                }
                Pair k = key(coverage ? "" : f.planObjectId(), f.referenceFeatureId());
                planvakt.merge(k, f.areaM2(), Double::sum);
                planvaktStatus.put(k, f.status().name());
            }
        }
        Map<Pair, Double> sql = new HashMap<>();
        Map<Pair, PostGisBaseline.Row> sqlRow = new HashMap<>();
        for (PostGisBaseline.Row r : rows) {
            sql.merge(key(r.object(), r.reference()), r.areaM2(), Double::sum);
            sqlRow.put(key(r.object(), r.reference()), r);
        }
        int both = 0;
        int onlyP = 0;
        int onlyS = 0;
        int border = 0;
        int statusDiffers = 0;
        double maxRel = 0;
        int explained = 0;
        double maxUnexplained = 0;
        List<String> examples = new java.util.ArrayList<>();
        for (Map.Entry<Pair, Double> e : planvakt.entrySet()) {
            Double s = sql.get(e.getKey());
            PostGisBaseline.Row row = sqlRow.get(e.getKey());
            if (s == null || row != null && outside(row)) {
                if (nearThreshold(e.getValue(), threshold) || row != null && atLimit(row)) {
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
            double difference = Math.abs(e.getValue() - s);
            double rel = difference / Math.max(Math.abs(s), 1);
            maxRel = Math.max(maxRel, rel);
            double unexplained = rel;
            if (difference > 0) {
                // How much of the difference lies outside the sliver between the two buffers?
                double sliver = buffers.m2(e.getKey().object(), e.getKey().reference());
                unexplained = Math.max(0, difference - sliver) / Math.max(Math.abs(s), 1);
                if (unexplained <= TOLERANCE) {
                    explained += rel > TOLERANCE ? 1 : 0;
                } else if (examples.size() < 5) {
                    examples.add(String.format(
                            Locale.ROOT,
                            "%s Planvakt %.2f m², SQL %.2f m², buffers' sliver %.2f m²",
                            e.getKey(),
                            e.getValue(),
                            s,
                            sliver));
                }
            }
            maxUnexplained = Math.max(maxUnexplained, unexplained);
            if (row.status() != null && !row.status().equals(planvaktStatus.get(e.getKey()))) {
                statusDiffers++;
                if (examples.size() < 5) {
                    examples.add(e.getKey() + " Planvakt " + planvaktStatus.get(e.getKey()) + ", SQL " + row.status());
                }
            }
        }
        for (Map.Entry<Pair, Double> e : sql.entrySet()) {
            PostGisBaseline.Row row = sqlRow.get(e.getKey());
            if (!planvakt.containsKey(e.getKey()) && !outside(row)) {
                if (nearThreshold(e.getValue(), threshold) || atLimit(row)) {
                    border++;
                } else {
                    onlyS++;
                    if (examples.size() < 5) {
                        examples.add("SQL " + e.getKey() + " " + e.getValue() + " m²");
                    }
                }
            }
        }
        return new Agreement(
                ruleId,
                both,
                onlyP,
                onlyS,
                border,
                statusDiffers,
                joint,
                maxRel,
                explained,
                maxUnexplained,
                TOLERANCE,
                examples);
    }

    /** A proximity row the baseline returned just beyond the limit (to tell borderline pairs apart). */
    private static boolean outside(PostGisBaseline.Row r) {
        return !Double.isNaN(r.distanceM()) && r.distanceM() > r.limitM();
    }

    /** A proximity pair whose distance lies within 1 cm of the limit: either side may count it. */
    private static boolean atLimit(PostGisBaseline.Row r) {
        return !Double.isNaN(r.distanceM()) && Math.abs(r.distanceM() - r.limitM()) <= PostGisBaseline.LIMIT_MARGIN_M;
    }

    private static boolean nearThreshold(double area, double threshold) {
        return threshold > 0 && Math.abs(area - threshold) <= TOLERANCE * threshold;
    }

    private static Pair key(String object, String reference) {
        return new Pair(object, reference);
    }

    /** A (plan object, reference feature) pair; the object is "" where the rule reports per reference feature. */
    private record Pair(String object, String reference) {
        @Override
        public String toString() {
            return object + " × " + reference;
        }
    }
}
