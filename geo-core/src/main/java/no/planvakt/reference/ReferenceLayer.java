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
public record ReferenceLayer(
        String id,
        String title,
        Provenance provenance,
        Geometry coverage,
        int sourceSrid,
        List<ReferenceFeature> features) {
    public ReferenceLayer {
        features = List.copyOf(features);
    }

    public ReferenceLayer withCoverage(Geometry newCoverage) {
        return new ReferenceLayer(id, title, provenance, newCoverage, sourceSrid, features);
    }

    /** The part of {@code g} outside the mapped area (empty when the layer covers it all). */
    public Geometry unmappedPart(Geometry g) {
        if (coverage == null || g.isEmpty()) {
            return g.getFactory().createGeometryCollection();
        }
        return org.locationtech.jts.operation.overlayng.OverlayNGRobust.overlay(
                g, coverage, org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE);
    }
}
