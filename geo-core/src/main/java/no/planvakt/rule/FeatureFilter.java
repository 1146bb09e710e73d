package no.planvakt.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
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

    /**
     * Results remembered per filter at most. A filter lives as long as its loaded pack (in the
     * service, across runs), and one on a name would otherwise keep an entry per object ever seen;
     * beyond this it is evaluated each time, as before. Selections by code or class need a few dozen.
     */
    static final int REMEMBERED_LIMIT = 2_000;

    private final String text;
    private final Filter filter;
    /** The attributes the result depends on alone, or null when it may depend on more (see {@link PureFilter}). */
    private final String[] reads;
    /** Results by the values of {@link #reads}: a selection is evaluated once per distinct value, not per object. */
    private final Map<ReadValues, Boolean> remembered = new ConcurrentHashMap<>();

    private FeatureFilter(String text, Filter filter) {
        this.text = text;
        this.filter = filter;
        List<String> names = PureFilter.attributes(filter);
        this.reads = names == null ? null : names.toArray(String[]::new);
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
        if (filter == Filter.INCLUDE) {
            return true;
        }
        if (reads == null) {
            return filter.evaluate(planFeature(f));
        }
        Object[] values = new Object[reads.length];
        for (int i = 0; i < reads.length; i++) {
            values[i] = planAttribute(f, reads[i]);
        }
        return remembered(new ReadValues(values), () -> filter.evaluate(planFeature(f)));
    }

    public boolean accepts(ReferenceFeature f) {
        if (filter == Filter.INCLUDE) {
            return true;
        }
        if (reads == null) {
            return filter.evaluate(referenceFeature(f));
        }
        Map<String, Object> attributes = f.attributes();
        Object[] values = new Object[reads.length];
        for (int i = 0; i < reads.length; i++) {
            Object v = attributes.get(reads[i]);
            values[i] = v == null && !attributes.containsKey(reads[i]) ? ReadValues.ABSENT : v;
        }
        return remembered(new ReadValues(values), () -> filter.evaluate(referenceFeature(f)));
    }

    /** The result for these values: remembered, or evaluated on the whole feature (and remembered while there is room). */
    private boolean remembered(ReadValues key, BooleanSupplier evaluate) {
        Boolean known = remembered.get(key);
        if (known != null) {
            return known;
        }
        boolean result = evaluate.getAsBoolean();
        if (remembered.size() < REMEMBERED_LIMIT) {
            remembered.putIfAbsent(key, result);
        }
        return result;
    }

    /** The value {@link #planFeature} gives attribute {@code name} ({@link ReadValues#ABSENT} for a name it does not have). */
    private static Object planAttribute(PlanFeature f, String name) {
        return switch (name) {
            case "id" -> f.id();
            case "type" -> f.type().name();
            case "objekttype" -> f.objectType();
            case "arealformal" -> f.isLandUse() ? f.code() : null;
            case "hensyn" -> f.type().isZone() ? f.code() : null;
            case "kode" -> f.code();
            case "status" -> f.status() == null ? null : f.status().code();
            case "navn" -> f.name();
            default -> ReadValues.ABSENT;
        };
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
        for (AttributeDescriptor d : PLAN_TYPE.getAttributeDescriptors()) {
            b.set(d.getLocalName(), planAttribute(f, d.getLocalName()));
        }
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
