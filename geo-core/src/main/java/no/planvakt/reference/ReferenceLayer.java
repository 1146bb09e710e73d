package no.planvakt.reference;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A reference layer (forest line, heritage, mineral deposits, …) in the canonical CRS.
 *
 * @param id       short identifier rule packs refer to, e.g. "over_skoggrensen"
 * @param coverage where the layer is mapped; null means "everywhere the plan is"
 * @param sourceSrid the CRS the layer came in
 */
public record ReferenceLayer(String id, String title, Provenance provenance, Geometry coverage, int sourceSrid,
                             List<ReferenceFeature> features) {
    public ReferenceLayer {
        features = List.copyOf(features);
    }
}
