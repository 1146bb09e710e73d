package no.planvakt.network;

/**
 * Which engine answers network distances: JGraphT in the embedded command ({@link #JGRAPHT}), pgRouting
 * in the service. Both get the same noded {@link RoadNetwork}, so they differ only in the search.
 */
@FunctionalInterface
public interface NetworkEngine {
    NetworkEngine JGRAPHT = GraphDistances::new;

    DistanceService on(RoadNetwork network, double maxSnap);
}
