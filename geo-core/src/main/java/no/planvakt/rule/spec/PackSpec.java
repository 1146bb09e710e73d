package no.planvakt.rule.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import no.planvakt.result.Status;

/**
 * A rule pack's examples, as a {@code *.spec.yaml} beside the pack: small cases of plan objects
 * and reference features (WKT with attributes) and the findings they must give. Planetiler's map
 * schemas travel with a spec the same way; a county editing its pack runs its spec.
 *
 * @param format the file format's version, as in packs ({@code PackFormat}); absent means the current one
 * @param srid default CRS of the cases' WKT (the plan's own CRS: areas are measured in it)
 */
public record PackSpec(
        Integer format,
        @JsonProperty(required = true) String pack,
        Integer srid,
        @JsonProperty(required = true) List<Case> cases) {

    /**
     * One case.
     *
     * @param rules    the rules this case runs (only their layers need to be given)
     * @param adopted  the adopted plan; absent means no adopted plan (status framtidig = new)
     * @param findings every finding the rules must give, no more and no fewer
     * @param clear    if given, exactly the objects the rules must list as checked and clear ("R3 D5")
     * @param tables   if given, table id → exactly the rows that result table must have, in order (text
     *                 equal, numbers to 0.001; the geometry column "wkt" is left out of the rows)
     */
    public record Case(
            @JsonProperty(required = true) String name,
            Integer srid,
            @JsonProperty(required = true) List<String> rules,
            @JsonProperty(required = true) List<PlanObject> draft,
            List<PlanObject> adopted,
            @JsonProperty(required = true) Map<String, Layer> layers,
            @JsonProperty(required = true) List<Expected> findings,
            List<String> clear,
            Map<String, List<List<Object>>> tables) {}

    /**
     * A plan object.
     *
     * @param type   AREALFORMAL_OMRADE, ANGITT_HENSYN_SONE, BANDLEGGING_SONE, … (PlanObjectType)
     * @param code   arealformål or hensyn code (none for PLAN_OMRADE, the plan boundary)
     * @param status arealbruksstatus (1, 2, 3) for land-use areas
     * @param attributes further attributes, as a plan file gives them (e.g. kommunenummer)
     */
    public record PlanObject(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String type,
            Integer code,
            Integer status,
            String name,
            @JsonProperty(required = true) String wkt,
            Map<String, Object> attributes) {}

    /** A reference layer: its features and, optionally, the area where it is mapped (WKT). */
    public record Layer(
            String coverage, @JsonProperty(required = true) List<Feature> features) {}

    public record Feature(
            @JsonProperty(required = true) String id,
            Map<String, Object> attributes,
            @JsonProperty(required = true) String wkt) {}

    /**
     * An expected finding. {@code object} is the plan object id (for coverage rules: the covering
     * zones joined by "+", "" for none); {@code figures} are compared with the finding's named figures.
     *
     * @param tolerance relative tolerance for the figures (default 1e-4, with at least 1 m² / 0.01 m absolute)
     */
    public record Expected(
            @JsonProperty(required = true) String rule,
            @JsonProperty(required = true) String object,
            String reference,
            @JsonProperty(required = true) Status status,
            Double areaDaa,
            Double share,
            Double distanceM,
            Map<String, Double> figures,
            Double tolerance) {}
}
