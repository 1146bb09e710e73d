package no.planvakt.bench.county;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.diff.AreaChange;
import no.planvakt.diff.ChangeKind;
import no.planvakt.diff.PlanDiff;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.FeatureFilter;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.kind.ReferenceBuffer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * How far one (plan object, reference feature) pair of a buffered rule may differ between Planvakt
 * and the SQL baseline: the area of the object's examined part (new or expanded, from the engine's
 * own plan diff) that lies in the symmetric difference of the reference feature's two buffers —
 * JTS's, built as the rule builds it ({@link ReferenceBuffer}), and PostGIS's, fetched with the
 * baseline's own expression. Both buffers approximate the true one with 8 segments per quadrant but
 * place the arc vertices differently, so inside that sliver either answer is right. A difference
 * larger than the sliver's share of the object is not explained by the buffers.
 * <p>
 * Buffered rules: exclusion with {@code bufferM}, proximity with {@code safetyZoneM} (for the
 * reference features its {@code safetyZoneFilter} accepts), with the width the baseline uses.
 */
final class BufferAllowance {
    /** For rules without a buffer: nothing is explained by buffers. */
    static final BufferAllowance NONE = new BufferAllowance(null, null, null, 0, f -> false);

    private final CompiledRule rule;
    private final CheckInput input;
    private final PostGisBaseline sql;
    private final double widthM;
    private final Predicate<ReferenceFeature> buffered;
    private final Map<String, Double> byPair = new HashMap<>();
    private Map<String, ReferenceFeature> references;
    private Map<String, PlanFeature> draft;
    private STRtree adopted;
    private AreaMeasure measure;

    private BufferAllowance(
            CompiledRule rule,
            CheckInput input,
            PostGisBaseline sql,
            double widthM,
            Predicate<ReferenceFeature> buffered) {
        this.rule = rule;
        this.input = input;
        this.sql = sql;
        this.widthM = widthM;
        this.buffered = buffered;
    }

    /** The allowance for {@code rule}'s pairs; {@link #NONE} when the rule draws no buffer. */
    static BufferAllowance of(CompiledRule rule, CheckInput input, PostGisBaseline sql) {
        RuleDefinition r = rule.definition();
        if (r.kind().equals("exclusion") && positive(r, "bufferM")) {
            return new BufferAllowance(rule, input, sql, r.number("bufferM"), f -> true);
        }
        if (r.kind().equals("proximity") && positive(r, "safetyZoneM")) {
            FeatureFilter filter = rule.parameterFilters().get("safetyZoneFilter");
            return new BufferAllowance(
                    rule, input, sql, r.number("safetyZoneM"), f -> filter == null || filter.accepts(f));
        }
        return NONE;
    }

    private static boolean positive(RuleDefinition r, String parameter) {
        return r.parameters().containsKey(parameter) && r.number(parameter) > 0;
    }

    /** The width of the buffer in metres; 0 for {@link #NONE}. */
    double widthM() {
        return widthM;
    }

    /**
     * Area in m² of the examined part of plan object {@code objectId} inside the symmetric
     * difference of the two buffers of {@code referenceId}; 0 when the feature is not buffered.
     */
    double m2(String objectId, String referenceId) {
        if (rule == null) {
            return 0;
        }
        String key = objectId + " × " + referenceId;
        Double known = byPair.get(key);
        if (known == null) {
            known = compute(objectId, referenceId);
            byPair.put(key, known);
        }
        return known;
    }

    private double compute(String objectId, String referenceId) {
        index();
        ReferenceFeature reference = references.get(referenceId);
        PlanFeature object = draft.get(objectId);
        if (reference == null || object == null || !buffered.test(reference)) {
            return 0;
        }
        Geometry part = examinedPart(object);
        if (part == null || part.isEmpty()) {
            return 0;
        }
        Geometry jts = ReferenceBuffer.around(reference.geometry(), widthM, measure);
        Geometry postgis;
        try {
            postgis = sql.buffers(rule.definition().reference().layer(), List.of(referenceId), widthM)
                    .get(referenceId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fetch PostGIS's buffer of " + referenceId, e);
        }
        if (postgis == null) {
            throw new IllegalStateException("PostGIS has no reference feature " + referenceId);
        }
        Geometry sliver = OverlayNGRobust.overlay(jts, postgis, OverlayNG.SYMDIFFERENCE);
        return measure.area(OverlayNGRobust.overlay(part, sliver, OverlayNG.INTERSECTION));
    }

    /**
     * The part of the object the rule examined, from the engine's plan diff against the adopted
     * objects of the same selection it touches (as {@code RuleContext.examinedPart}); null when the
     * rule's {@code plan.change} leaves the object out.
     */
    private Geometry examinedPart(PlanFeature object) {
        if (input.adopted() == null) {
            return object.geometry(); // the whole object: a looser bound, never a tighter one
        }
        @SuppressWarnings("unchecked")
        List<PlanFeature> near = adopted.query(object.geometry().getEnvelopeInternal());
        AreaChange change = new PlanDiff(rule.definition().number("sliverM2"), measure)
                .draftChanges(List.of(object), near)
                .get(0);
        List<ChangeKind> examined = rule.definition().plan().change();
        if (!examined.contains(change.kind())) {
            return null;
        }
        return change.kind() == ChangeKind.UNCHANGED || examined.contains(ChangeKind.UNCHANGED)
                ? object.geometry()
                : change.changedPart();
    }

    private void index() {
        if (references != null) {
            return;
        }
        measure = AreaMeasure.of(input.draft().srid(), input.draft().sourceSrid());
        references = input.layers().get(rule.definition().reference().layer()).features().stream()
                .filter(rule.referenceFilter()::accepts)
                .collect(Collectors.toMap(ReferenceFeature::id, Function.identity(), (a, b) -> a));
        draft = input.draft().features().stream()
                .filter(rule.planFilter()::accepts)
                .collect(Collectors.toMap(PlanFeature::id, Function.identity(), (a, b) -> a));
        adopted = new STRtree();
        if (input.adopted() != null) {
            input.adopted().features().stream()
                    .filter(rule.planFilter()::accepts)
                    .forEach(f -> adopted.insert(f.geometry().getEnvelopeInternal(), f));
        }
    }
}
