package no.planvakt.plan;

import java.util.List;
import java.util.stream.Stream;

/**
 * A municipal plan version as imported: its features in the canonical CRS, the CRS it came in
 * (areas are reported in that CRS) and what the import had to repair.
 *
 * @param municipality kommunenummer, e.g. "3330"; null when the file does not say
 * @param planId       planidentifikasjon / arealplanId when given
 * @param sourceSrid   the EPSG code the file was in
 * @param srid         the canonical EPSG code the geometries are in
 */
public record Plan(
        String name,
        String municipality,
        String planId,
        PlanVersionKind kind,
        int sourceSrid,
        int srid,
        List<PlanFeature> features,
        List<String> warnings) {

    public Plan {
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
    }

    public Stream<PlanFeature> landUse() {
        return features.stream().filter(PlanFeature::isLandUse);
    }
}
