/**
 * Distances along a road and path network, the service that classification (ABC), housing near
 * centres and stops, and energy-station siting ask.
 *
 * <p>The contract:
 * <ul>
 *   <li>{@link no.planvakt.network.RoadNetwork#fromLayer} builds the graph from line layers. Lines are
 *   noded only where they share a vertex or an end (as N1000 and NVDB links are digitised): a bridge
 *   crossing a road without a shared vertex is no junction. Each edge keeps its road category and
 *   number.</li>
 *   <li>A geometry reaches the network at its access points: the nearest point of every link it
 *   touches, or else of the nearest link within the snap distance. The straight stretch from the
 *   geometry to the access point (the connector) is part of the distance.</li>
 *   <li>{@link no.planvakt.network.DistanceService#distances} measures from one geometry to a set of
 *   targets with one multi-source Dijkstra (every access point is a source with its own start cost).
 *   Each {@link no.planvakt.network.Measured} says which {@link no.planvakt.network.Method} gave it:
 *   along the network, straight line (the documented fallback when no network is loaded), or
 *   unreachable (no link within the snap distance, or another component of the network).</li>
 *   <li>Lengths are in the units of the geometries' CRS (metres in UTM); callers convert to the
 *   plan's own CRS with {@link no.planvakt.crs.AreaMeasure#length}.</li>
 * </ul>
 * The embedded command uses {@link no.planvakt.network.GraphDistances} (JGraphT); the service runs the
 * same questions on pgRouting, and a test holds the two to 1 m on test networks and on N1000.
 */
package no.planvakt.network;
