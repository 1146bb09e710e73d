package no.planvakt.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;

/**
 * An ECQL filter from a rule pack, evaluated with GeoTools against plan objects or reference
 * features. Plan objects expose a fixed, typed set of attributes so that pack authors can rely on
 * them; reference features expose their own attributes as they came in the file.
 */
public final class FeatureFilter {
    /** The attributes a plan filter may use. */
    static final SimpleFeatureType PLAN_TYPE = planType();

    private final String text;
    private final Filter filter;

    private FeatureFilter(String text, Filter filter) {
        this.text = text;
        this.filter = filter;
    }

    public static FeatureFilter compile(String where, String ecql) {
        String source = ecql == null || ecql.isBlank() ? "INCLUDE" : ecql;
        try {
            return new FeatureFilter(source, ECQL.toFilter(source));
        } catch (CQLException e) {
            throw new RulePackException(where + ": invalid ECQL filter \"" + source + "\": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public String text() {
        return text;
    }

    public boolean accepts(PlanFeature f) {
        return filter == Filter.INCLUDE || filter.evaluate(planFeature(f));
    }

    public boolean accepts(ReferenceFeature f) {
        return filter == Filter.INCLUDE || filter.evaluate(referenceFeature(f));
    }

    /** Checks that the filter names only plan attributes. */
    public void requirePlanAttributes(String where) {
        for (String name : attributeNames()) {
            if (PLAN_TYPE.getDescriptor(name) == null) {
                throw new RulePackException(where + ": filter uses unknown plan attribute \"" + name
                        + "\" (known: type, objekttype, arealformal, hensyn, kode, status, navn, id)");
            }
        }
    }

    private String[] attributeNames() {
        org.geotools.filter.FilterAttributeExtractor ex = new org.geotools.filter.FilterAttributeExtractor();
        filter.accept(ex, null);
        return ex.getAttributeNames();
    }

    private static SimpleFeatureType planType() {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("plan");
        b.add("id", String.class);
        b.add("type", String.class);
        b.add("objekttype", String.class);
        b.add("arealformal", Integer.class);
        b.add("hensyn", Integer.class);
        b.add("kode", Integer.class);
        b.add("status", Integer.class);
        b.add("navn", String.class);
        return b.buildFeatureType();
    }

    private static SimpleFeature planFeature(PlanFeature f) {
        SimpleFeatureBuilder b = new SimpleFeatureBuilder(PLAN_TYPE);
        b.set("id", f.id());
        b.set("type", f.type().name());
        b.set("objekttype", f.objectType());
        b.set("arealformal", f.isLandUse() ? f.code() : null);
        b.set("hensyn", f.type().isZone() ? f.code() : null);
        b.set("kode", f.code());
        b.set("status", f.status() == null ? null : f.status().code());
        b.set("navn", f.name());
        return b.buildFeature(f.id());
    }

    /** Feature types by attribute names and classes: a layer's features share one, built once. */
    private static final Map<String, SimpleFeatureType> REFERENCE_TYPES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static SimpleFeature referenceFeature(ReferenceFeature f) {
        Map<String, Object> attrs = new LinkedHashMap<>(f.attributes());
        StringBuilder signature = new StringBuilder();
        attrs.forEach((k, v) -> signature
                .append(k)
                .append('\u001f')
                .append(v == null ? "" : v.getClass().getName())
                .append('\u001e'));
        SimpleFeatureType type = REFERENCE_TYPES.computeIfAbsent(signature.toString(), sig -> {
            SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
            tb.setName("reference");
            attrs.forEach((k, v) -> tb.add(k, v == null ? String.class : v.getClass()));
            return tb.buildFeatureType();
        });
        SimpleFeatureBuilder b = new SimpleFeatureBuilder(type);
        attrs.forEach(b::set);
        return b.buildFeature(f.id());
    }
}
