package no.planvakt.network;

import org.locationtech.jts.geom.Coordinate;

/**
 * Where a geometry reaches the network.
 *
 * @param offset     distance along the edge's line from its start node to the point
 * @param connectorM straight distance from the geometry to the point
 */
public record AccessPoint(NetworkEdge edge, double offset, Coordinate point, double connectorM) {

    /** Distance along the edge from the point to its end node. */
    public double toEnd() {
        return Math.max(0, edge.length() - offset);
    }
}
