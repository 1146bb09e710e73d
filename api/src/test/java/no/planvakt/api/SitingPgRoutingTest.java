package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.planvakt.api.network.PgRoutingEngine;
import no.planvakt.crs.Crs;
import no.planvakt.network.DistanceService;
import no.planvakt.network.GraphDistances;
import no.planvakt.network.Measured;
import no.planvakt.network.RoadNetwork;
import no.planvakt.network.Target;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.rule.RulePackLoader;
import no.planvakt.siting.CorridorBuilder;
import no.planvakt.siting.CorridorSection;
import no.planvakt.siting.CorridorSpec;
import no.planvakt.siting.SitingParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * E1's network search as the siting analysis runs it (one search per corridor section, the section
 * line as the source, every site a target) gives the same distances with the service's pgRouting
 * engine as with the JVM graph E1 uses, on the pack's five corridors built from the real N1000
 * network (the demo's corridors) and the county's towns and villages as sites, to 1 m.
 */
class SitingPgRoutingTest extends ApiTestBase {
    @Autowired
    PgRoutingEngine engine;

    @Test
    void e1DistancesFromEachCorridorSectionAgreeWithPgRouting() throws Exception {
        ReferenceLayerReader reader = new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID);
        ReferenceLayer roads = PgRoutingEngineTest.read(reader, "vegnett", "n1000_veglenke_buskerud.geojson");
        ReferenceLayer places = PgRoutingEngineTest.read(reader, "steder", "n1000_stedsnavn_buskerud_points.geojson");
        List<Target> sites = new ArrayList<>();
        for (ReferenceFeature f : places.features()) {
            Object type = f.attributes().get("navneobjekttype");
            if ("by".equals(type) || "tettsted".equals(type)) {
                sites.add(new Target(String.valueOf(f.attributes().get("navn")), f.geometry()));
            }
        }
        SitingParameters p = SitingParameters.of(
                RulePackLoader.buskerud().only(List.of("E1")).rules().get(0).definition());
        List<CorridorSection> sections = new ArrayList<>();
        for (CorridorSpec c : p.corridors()) {
            sections.addAll(CorridorBuilder.build("E1", c, roads.id(), roads.features(), p.joinM())
                    .sections());
        }
        RoadNetwork network = RoadNetwork.fromLayer(roads, "vegkategori", "vegnummer");
        // As SitingRule: the candidate reach is also how far a site may lie from the network.
        DistanceService jvm = new GraphDistances(network, p.candidateMaxM());
        DistanceService sql = engine.on(network, p.candidateMaxM());
        List<String> mismatches = new ArrayList<>();
        int reachable = 0;
        for (CorridorSection s : sections) {
            List<Measured> a = jvm.distances(s.line(), sites);
            List<Measured> b = sql.distances(s.line(), sites);
            for (int i = 0; i < sites.size(); i++) {
                boolean same = a.get(i).method() == b.get(i).method()
                        && (!a.get(i).reachable()
                                || Math.abs(a.get(i).metres() - b.get(i).metres()) <= 1.0);
                if (!same) {
                    mismatches.add(
                            s.id() + " → " + sites.get(i).id() + ": JGraphT " + a.get(i) + ", pgRouting " + b.get(i));
                }
                reachable += a.get(i).reachable() ? 1 : 0;
            }
        }
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
        assertThat(sections).hasSize(7);
        assertThat(reachable).as("section-site pairs connected").isGreaterThan(sites.size() * 3);
    }
}
