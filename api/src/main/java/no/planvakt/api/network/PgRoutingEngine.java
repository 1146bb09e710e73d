package no.planvakt.api.network;

import no.planvakt.network.DistanceService;
import no.planvakt.network.NetworkEngine;
import no.planvakt.network.RoadNetwork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service's network engine: shortest paths by pgRouting in PostGIS. The network is the same
 * noded {@link RoadNetwork} the embedded command uses (its edges are written once per distinct
 * network to {@code network.edge}), so the two engines differ only in the search.
 */
@Component
public class PgRoutingEngine implements NetworkEngine {
    private final JdbcTemplate jdbc;

    public PgRoutingEngine(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DistanceService on(RoadNetwork network, double maxSnap) {
        return new PgRoutingDistances(jdbc, network, maxSnap);
    }
}
