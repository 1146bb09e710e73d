package no.planvakt.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.diff.AreaChange;
import no.planvakt.diff.ChangeKind;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * What a rule kind gets to work with.
 *
 * @param compiled       the rule with its filters compiled
 * @param selection      the draft objects that pass the rule's plan filter
 * @param diff           gives the selected objects with their plan-diff classification (see {@link #changes})
 * @param references     the reference layer's features that pass the rule's reference filter
 * @param commonTrace    trace lines that hold for every finding of the rule (selection, diff basis)
 * @param draft          every object of the draft (rule kinds that look at zones next to the selection use it)
 * @param layers         every loaded reference layer by id (place-type layers are looked up here)
 * @param adopted        the adopted plan's objects that pass the rule's plan filter; null when no adopted plan is given
 * @param municipality   the draft's municipality number; null when the plan does not say
 * @param network        the engine for network distances (see {@link no.planvakt.network})
 * @param progress       the run's progress; kinds call {@link #checkpoint} in their loops so a run can stop within a rule
 */
public record RuleContext(
        CompiledRule compiled,
        List<PlanFeature> selection,
        Supplier<List<AreaChange>> diff,
        ReferenceLayer layer,
        List<ReferenceFeature> references,
        AreaMeasure measure,
        List<String> commonTrace,
        List<PlanFeature> draft,
        Map<String, ReferenceLayer> layers,
        List<PlanFeature> adopted,
        String municipality,
        no.planvakt.network.NetworkEngine network,
        RunProgress progress) {

    public RuleContext {
        network = network == null ? no.planvakt.network.NetworkEngine.JGRAPHT : network;
        progress = progress == null ? RunProgress.NONE : progress;
    }

    /**
     * The selected draft objects with their plan-diff classification, all of them (see
     * {@link #examined}): computed on first use, and shared by the rules with the same selection.
     */
    public List<AreaChange> changes() {
        return diff.get();
    }

    /**
     * Kinds call this once per object in their loops: it throws (e.g. {@link RunTimeLimitException})
     * when the run is to stop, so a long rule does not run on past the run's time limit.
     */
    public void checkpoint() {
        progress.checkpoint();
    }

    public RuleDefinition rule() {
        return compiled.definition();
    }

    /**
     * Whether the pack's {@code plan.change} counts this object's kind of change: the one place
     * that decides which objects a rule examines (the rest are listed as not covered).
     */
    public boolean examined(AreaChange change) {
        return rule().plan().change().contains(change.kind());
    }

    /**
     * The part of an object a rule examines: the new or expanded part, or the whole object when
     * {@code plan.change} counts UNCHANGED (an unchanged object is all "existing"; an expanded one
     * is then examined whole); null when the object is not examined.
     */
    public Geometry examinedPart(AreaChange change) {
        if (!examined(change)) {
            return null;
        }
        if (change.kind() == ChangeKind.UNCHANGED || rule().plan().change().contains(ChangeKind.UNCHANGED)) {
            return change.feature().geometry();
        }
        return change.changedPart();
    }

    /** The area of {@link #examinedPart} as the plan diff measured it; 0 when not examined. */
    public double examinedAreaM2(AreaChange change) {
        Geometry part = examinedPart(change);
        return part == null ? 0 : part == change.changedPart() ? change.changedAreaM2() : change.areaM2();
    }

    /** A filter-valued parameter of the kind, compiled at load; null when the rule does not set it. */
    public FeatureFilter filter(String parameter) {
        return compiled.parameterFilters().get(parameter);
    }

    /** A finding of this rule, not tied to one plan object (set {@code planObject} yourself). */
    public Finding.Builder finding(Status status) {
        return Finding.of(rule().id(), rule().title(), status).reference(layer.id(), null);
    }

    /** A finding of this rule about the changed plan object {@code change}, against this rule's layer. */
    public Finding.Builder finding(Status status, AreaChange change) {
        PlanFeature f = change.feature();
        return finding(status).change(change.kind()).planObject(f.id(), f.displayName(), f.purposeLabel());
    }

    /**
     * The placeholders every message of a plan-object finding may use: object, purpose, change,
     * area_daa, share_pct, reference, reference_id. Kinds add their own to the returned map.
     */
    public Map<String, String> messageValues(AreaChange change, double areaM2, double share, String referenceId) {
        Map<String, String> values = new HashMap<>();
        values.put("object", change.feature().displayName());
        values.put("purpose", change.feature().purposeLabel());
        values.put("change", change.kind().label());
        values.put("area_daa", FindingText.daa(areaM2));
        values.put("share_pct", FindingText.percent(share));
        values.put("reference", layer.title());
        values.put("reference_id", referenceId);
        return values;
    }

    /** A parameter's value for one object, and the trace line saying where it came from. */
    public record Value(double value, String trace) {}

    /**
     * The value of a numeric parameter for the object with geometry {@code at}. With place types,
     * the class is that of the place-type polygon containing the object's centroid: one
     * unambiguous point, and the class that most of a compact object lies in. When no polygon
     * contains it, or its class has no override, the parameter's own value holds.
     */
    public Value value(String name, Geometry at) {
        RuleDefinition rule = rule();
        Parameter p = rule.parameters().get(name);
        if (p == null) {
            throw new RulePackException("rule " + rule.id() + ": parameter " + name + " is missing");
        }
        double base = p.asDouble(rule.id(), name);
        PlaceTypes pt = p.placeTypes();
        if (pt == null) {
            return new Value(base, null);
        }
        ReferenceLayer places = layers.get(pt.layer());
        Point centroid = at.getCentroid();
        String where = String.format(
                Locale.ROOT,
                "sentroiden (%.0f, %.0f) i EPSG:%d",
                centroid.getX(),
                centroid.getY(),
                measure.storedSrid());
        if (places != null) {
            for (ReferenceFeature f : places.features()) {
                if (f.geometry().covers(centroid)) {
                    Object cls = f.attributes().get(pt.attribute());
                    Object override = cls == null ? null : pt.values().get(String.valueOf(cls));
                    if (override != null) {
                        double v = Parameter.number(override, rule.id(), name);
                        return new Value(
                                v,
                                String.format(
                                        Locale.ROOT,
                                        "Parameter %s = %s for stedstype %s=%s (%s objekt %s dekker %s)",
                                        name,
                                        fmt(v),
                                        pt.attribute(),
                                        cls,
                                        pt.layer(),
                                        f.id(),
                                        where));
                    }
                    return new Value(
                            base,
                            String.format(
                                    Locale.ROOT,
                                    "Parameter %s = %s (stedstype %s=%s har ingen egen verdi; %s i %s)",
                                    name,
                                    fmt(base),
                                    pt.attribute(),
                                    cls,
                                    where,
                                    f.id()));
                }
            }
        }
        return new Value(
                base,
                String.format(
                        Locale.ROOT,
                        "Parameter %s = %s (standard; ingen stedstype i %s dekker %s)",
                        name,
                        fmt(base),
                        pt.layer(),
                        where));
    }

    /** The value, adding its trace line (if any) to {@code trace}. */
    public double value(String name, Geometry at, List<String> trace) {
        Value v = value(name, at);
        if (v.trace() != null && !trace.contains(v.trace())) {
            trace.add(v.trace());
        }
        return v.value();
    }

    public boolean has(String name) {
        return rule().parameters().containsKey(name);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
