package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.plan.AttributeNames;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RulePackException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Splits plan areas by land cover from the parameter {@code landCoverLayers}: "layer=label, …" in
 * order of precedence (a part covered by two layers counts for the first, so put built-up land
 * first). What no layer covers is "ikke kartlagt". Areas in m² of the plan's own CRS.
 */
final class LandCoverSplit {
    static final String PARAMETER = "landCoverLayers";
    static final String UNMAPPED = "ikke kartlagt";

    private final RuleContext ctx;
    private final Map<String, STRtree> layers = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    private LandCoverSplit(RuleContext ctx) {
        this.ctx = ctx;
    }

    static LandCoverSplit of(RuleContext ctx) {
        LandCoverSplit split = new LandCoverSplit(ctx);
        for (String entry : NetworkAccess.list(ctx.rule(), PARAMETER)) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new RulePackException("rule " + ctx.rule().id() + ": parameter " + PARAMETER
                        + " must read \"layer=label, …\", found \"" + entry + "\"");
            }
            String id = entry.substring(0, eq).trim();
            ReferenceLayer layer = ctx.layers().get(id);
            if (layer == null) {
                split.missing.add(id);
                continue;
            }
            STRtree index = new STRtree();
            for (ReferenceFeature f : layer.features()) {
                if (f.geometry().getDimension() == 2) {
                    index.insert(f.geometry().getEnvelopeInternal(), f.geometry());
                }
            }
            if (index.size() == 0) {
                throw new InputException("reference layer " + id + " has no polygons (needed as land cover \""
                        + entry.substring(eq + 1).trim() + "\")");
            }
            split.layers.put(entry.substring(eq + 1).trim(), index);
        }
        return split;
    }

    /** Land-cover layers named in the rule but not loaded. */
    List<String> missing() {
        return missing;
    }

    List<String> labels() {
        List<String> out = new ArrayList<>(layers.keySet());
        out.add(UNMAPPED);
        return out;
    }

    /** m² of {@code part} per label, in precedence order, ending with "ikke kartlagt". */
    Map<String, Double> split(Geometry part) {
        Map<String, Double> out = new LinkedHashMap<>();
        Geometry rest = part;
        for (Map.Entry<String, STRtree> e : layers.entrySet()) {
            @SuppressWarnings("unchecked")
            List<Geometry> near = e.getValue().query(rest.getEnvelopeInternal());
            List<Geometry> hits = near.stream().filter(g -> g.intersects(part)).toList();
            if (hits.isEmpty() || rest.isEmpty()) {
                out.put(e.getKey(), 0.0);
                continue;
            }
            Geometry cover = Overlaps.union(hits, part.getFactory().createPolygon());
            out.put(e.getKey(), ctx.measure().area(Overlaps.intersection(rest, cover)));
            rest = Overlaps.difference(rest, cover);
        }
        out.put(UNMAPPED, rest.isEmpty() ? 0.0 : ctx.measure().area(rest));
        return out;
    }

    /** The kommunenummer of a plan object (KOMM / kommunenummer / kommune), or "ukjent". */
    static String municipality(PlanFeature f) {
        return AttributeNames.find(f.attributes(), List.of("kommunenummer", "komm", "kommune"))
                .map(e -> String.valueOf(e.getValue()).trim())
                .orElse("ukjent");
    }
}
