package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.planvakt.api.network.PgRoutingEngine;
import no.planvakt.crs.Crs;
import no.planvakt.network.DistanceService;
import no.planvakt.network.GraphDistances;
import no.planvakt.network.Measured;
import no.planvakt.network.RoadNetwork;
import no.planvakt.network.Target;
import no.planvakt.reference.LayerManifest;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service's engine (pgRouting over the stored edges) and the command's (JGraphT) give the same
 * distances on the real N1000 network of Buskerud, from every tettsted to all the others in one
 * many-to-many query each, and agree on which pairs cannot be reached.
 */
class PgRoutingEngineTest extends ApiTestBase {
    @Autowired
    PgRoutingEngine engine;

    @Test
    void pgRoutingAndJGraphTAgreeOnN1000() throws Exception {
        ReferenceLayerReader reader = new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID);
        ReferenceLayer roads = read(reader, "veger", "n1000_veglenke_buskerud.geojson");
        ReferenceLayer places = read(reader, "steder", "n1000_stedsnavn_buskerud_points.geojson");
        List<Target> centres = new ArrayList<>();
        for (ReferenceFeature f : places.features()) {
            Object type = f.attributes().get("navneobjekttype");
            if ("by".equals(type) || "tettsted".equals(type)) {
                centres.add(new Target(String.valueOf(f.attributes().get("navn")), f.geometry()));
            }
        }
        RoadNetwork network = RoadNetwork.fromLayer(roads, "vegkategori", "vegnummer");
        DistanceService jvm = new GraphDistances(network, 1000);
        DistanceService sql = engine.on(network, 1000);
        int reachable = 0;
        List<String> mismatches = new ArrayList<>();
        for (Target from : centres.subList(0, 12)) {
            List<Measured> a = jvm.distances(from.geometry(), centres);
            List<Measured> b = sql.distances(from.geometry(), centres);
            for (int i = 0; i < centres.size(); i++) {
                boolean same = a.get(i).method() == b.get(i).method()
                        && (!a.get(i).reachable()
                                || Math.abs(a.get(i).metres() - b.get(i).metres()) < 0.001);
                if (!same) {
                    mismatches.add(from.id() + " → " + centres.get(i).id() + ": JGraphT " + a.get(i) + ", pgRouting "
                            + b.get(i));
                }
                reachable += a.get(i).reachable() ? 1 : 0;
            }
        }
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
        assertThat(reachable).as("connected pairs compared").isGreaterThan(50);
        // The edges are stored once per network.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM network.edge", Integer.class))
                .isGreaterThanOrEqualTo(network.edges().size());
    }

    static ReferenceLayer read(ReferenceLayerReader reader, String id, String file) throws Exception {
        // The data ships inside geo-core's jar: copy it out to read it as a file.
        Path path = java.nio.file.Files.createTempDirectory("n1000").resolve(file);
        try (var in = PgRoutingEngineTest.class.getResourceAsStream("/no/planvakt/data/n1000-buskerud/" + file)) {
            java.nio.file.Files.copy(in, path);
        }
        return reader.read(
                new LayerManifest(id, id, file, "Kartverket N1000", null, "CC BY 4.0", null, null, null), path, file);
    }
}
