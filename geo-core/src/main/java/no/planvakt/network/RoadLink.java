package no.planvakt.network;

import org.locationtech.jts.geom.LineString;

/**
 * One link of a road or path layer as it was read.
 *
 * @param category road category (E, R, F, K, P, or a path type); null when the layer has none
 * @param number   road number as text (e.g. "7"); null for roads without a number
 */
public record RoadLink(String id, LineString line, String category, String number) {}
