package no.planvakt.siting;

import static no.planvakt.siting.SitingFixtures.GF;
import static no.planvakt.siting.SitingFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import no.planvakt.reference.ReferenceFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The traffic and grid parts take the nearest feature of their layer; worked out by hand. */
class SiteScorerTest {
    // Weights 0.4 traffic, 0.3 grid, 0.2 room, 0.1 conflict; grid 0 at 10 km; full traffic at 1 500 heavy vehicles a
    // day.
    static final SitingParameters P = new SitingParameters(
            List.of(),
            List.of(),
            "energistasjoner",
            "energi",
            "nettkapasitet",
            "",
            "trafikk",
            List.of(),
            "",
            1000,
            1000,
            20_000,
            2000,
            5000,
            20_000,
            10_000,
            1500,
            Map.of("R", 0.7),
            new SitingParameters.Weights(0.4, 0.3, 0.2, 0.1));

    static ReferenceFeature feature(String id, Map<String, Object> attributes, Geometry g) {
        return new ReferenceFeature(id, attributes, g);
    }

    @Test
    void theNearestTrafficLinkAndTheNearestGridPointWithCapacityCount() {
        // A 100 x 100 m site at x 0–100, y 50–150 (10 000 m²). Traffic links: T1 along y = 0 (50 m
        // below, ÅDT 600) and T2 along y = 400 (250 m above, ÅDT 1 500): T1 is nearer -> 600 / 1 500 = 0.4.
        // Grid: G1 2 000 m to the right of the site with 5 MW; G2 100 m to the left with 0 MW (no
        // capacity, ignored); G3 4 000 m to the right -> G1, 1 − 2 000 / 10 000 = 0.8.
        // Room 10 000 / 20 000 = 0.5; no conflict layer -> 1.
        // Score 0.4·0.4 + 0.3·0.8 + 0.2·0.5 + 0.1·1 = 0.16 + 0.24 + 0.1 + 0.1 = 0.6.
        Geometry site = GF.toGeometry(new Envelope(0, 100, 50, 150));
        List<ReferenceFeature> traffic = List.of(
                feature("T2", Map.of("adt_tunge", 1500), line(-1000, 400, 1000, 400)),
                feature("T1", Map.of("adt_tunge", "600"), line(-1000, 0, 1000, 0)));
        List<ReferenceFeature> grid = List.of(
                feature("G3", Map.of("ledig_mw", 5), GF.createPoint(new Coordinate(4100, 100))),
                feature("G2", Map.of("ledig_mw", 0), GF.createPoint(new Coordinate(-100, 100))),
                feature("G1", Map.of("ledig_mw", "5"), GF.createPoint(new Coordinate(2100, 100))));
        SiteScore s = new SiteScorer(P, grid, traffic, List.of()).score(site, 10_000, List.of());
        assertThat(s.traffic().value()).isCloseTo(0.4, within(1e-12));
        assertThat(s.traffic().how()).contains("trafikklenke T1 (50 m unna)");
        assertThat(s.grid().value()).isCloseTo(0.8, within(1e-12));
        assertThat(s.grid().how()).contains("2000 m til nettpunkt G1");
        assertThat(s.total()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void emptyLayersGiveZeroAndSaySo() {
        Geometry site = GF.toGeometry(new Envelope(0, 100, 50, 150));
        SiteScore s = new SiteScorer(P, List.of(), List.of(), List.of()).score(site, 10_000, List.of());
        assertThat(s.traffic().value()).isZero();
        assertThat(s.traffic().how()).isEqualTo("trafikklaget er tomt");
        assertThat(s.grid().value()).isZero();
        assertThat(s.grid().how()).isEqualTo("ingen nettstasjon med ledig kapasitet");
    }
}
