package no.planvakt.reference;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** One feature of a reference layer, in the canonical CRS. */
public record ReferenceFeature(String id, Map<String, Object> attributes, Geometry geometry) {}
