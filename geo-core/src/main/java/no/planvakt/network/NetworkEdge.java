package no.planvakt.network;

import org.locationtech.jts.geom.LineString;

/**
 * An edge of the noded network: the part of a link between two nodes.
 *
 * @param from   node id at the line's start
 * @param to     node id at the line's end
 * @param length length of {@code line} in CRS units
 */
public record NetworkEdge(
        int id, int from, int to, LineString line, double length, String linkId, String category, String number) {}
