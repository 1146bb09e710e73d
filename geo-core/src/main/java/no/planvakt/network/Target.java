package no.planvakt.network;

import org.locationtech.jts.geom.Geometry;

/** Something to measure to: a centre, a stop, a junction. */
public record Target(String id, Geometry geometry) {}
