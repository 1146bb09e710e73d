package no.planvakt.siting;

import org.locationtech.jts.geom.Geometry;

/** A site before it is scored: a plan object or a feature of the sites layer (rest area, fuel station). */
public record SiteInput(String id, String name, String source, Geometry geometry, double areaM2) {}
