package no.planvakt.network;

import static no.planvakt.network.TestNetworks.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.reference.Provenance;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Distances on {@link TestNetworks} worked out by hand. */
class GraphDistancesTest {
    final RoadNetwork net = RoadNetwork.of("test", TestNetworks.links());
    final GraphDistances service = new GraphDistances(net, 100);

    @Test
    void linksAreNodedAtSharedVerticesOnly() {
        // A splits at (1000,0) where B starts; C's bend (1500,800) is nobody else's vertex; D crosses A without a
        // vertex.
        assertThat(net.edges())
                .extracting(e -> e.linkId() + " " + (int) e.length())
                .containsExactly("A 1000", "A 1000", "B 800", "C 1000", "D 600", "E 1000");
        assertThat(net.nodes()).hasSize(9);
        assertThat(net.components()).isEqualTo(3);
    }

    @Test
    void handWorkedDistances() {
        Point p = point(200, 50); // 50 m off A, 200 m from its start
        List<Measured> d = service.distances(
                p,
                List.of(
                        new Target("T1", point(1000, 700)), // 50 + 800 along A + 700 up B
                        new Target("T2", point(1800, -20)), // 50 + 800 + 800 + 20
                        new Target("T3", point(600, 10)), // same edge: 50 + 400 + 10
                        new Target("T4", point(1520, 300)), // 50 + 800 + 800 (B) + 1000 (C) + 20
                        new Target("bro", point(500, 300)), // on D, a piece of its own
                        new Target("E", point(5500, 5000)), // another piece
                        new Target("langt", point(3000, 3000)))); // 100 m snap: no link near
        assertThat(d)
                .extracting(
                        Measured::targetId,
                        m -> m.reachable() ? Math.round(m.metres() * 1000) / 1000.0 : m.metres(),
                        Measured::method)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T1", 1550.0, Method.NETWORK),
                        org.assertj.core.groups.Tuple.tuple("T2", 1670.0, Method.NETWORK),
                        org.assertj.core.groups.Tuple.tuple("T3", 460.0, Method.NETWORK),
                        org.assertj.core.groups.Tuple.tuple("T4", 2670.0, Method.NETWORK),
                        org.assertj.core.groups.Tuple.tuple("bro", Double.POSITIVE_INFINITY, Method.UNREACHABLE),
                        org.assertj.core.groups.Tuple.tuple("E", Double.POSITIVE_INFINITY, Method.UNREACHABLE),
                        org.assertj.core.groups.Tuple.tuple("langt", Double.POSITIVE_INFINITY, Method.UNREACHABLE));
        assertThat(d.get(0).connectorM()).isCloseTo(50, within(1e-9));
        assertThat(d.get(1).connectorM()).isCloseTo(70, within(1e-9));
        assertThat(d.get(0).networkM()).isCloseTo(1500, within(1e-9));
        assertThat(service.nearest(p, List.of(new Target("T1", point(1000, 700)), new Target("T3", point(600, 10)))))
                .hasValueSatisfying(m -> assertThat(m.targetId()).isEqualTo("T3"));
    }

    @Test
    void anAreaEntersWhereLinksCrossItsBoundary() {
        // B runs through the square from (1000,0) to (1000,100): T1 is 600 m on from its edge.
        Geometry square = TestNetworks.GF.toGeometry(new org.locationtech.jts.geom.Envelope(900, 1100, -100, 100));
        Measured m = service.distances(square, List.of(new Target("T1", point(1000, 700))))
                .get(0);
        assertThat(m.metres()).isCloseTo(600, within(1e-9));
        assertThat(m.connectorM()).isZero();
    }

    @Test
    void aLongLineReachesTheNetworkAsItsShortTwinDoes() {
        // A corridor line has thousands of vertices, and its distances to the links are indexed; the
        // same line with two vertices goes the plain way. Along A it touches A's two edges, B at
        // (1000,0) and D where D crosses it (500,0); 30 m north of A it crosses only B and D, and
        // enters B 30 m up: T1 on B is 700 − 30 m on, T4 is 800 − 30 + 1000 (C) + 20.
        for (double y : new double[] {0, 30}) {
            Geometry shortLine = TestNetworks.line(0, y, 2000, y);
            double[] xy = new double[2 * 401];
            for (int i = 0; i <= 400; i++) {
                xy[2 * i] = 5.0 * i;
                xy[2 * i + 1] = y;
            }
            Geometry longLine = TestNetworks.line(xy);
            // (The overlay cuts the long line's intersection with an edge at every vertex, so the
            // entrances are compared as edges and connectors, not one by one.)
            assertThat(net.access(longLine, 100).stream()
                            .map(a -> a.edge().id() + "+" + a.connectorM())
                            .distinct())
                    .containsExactlyElementsOf(net.access(shortLine, 100).stream()
                            .map(a -> a.edge().id() + "+" + a.connectorM())
                            .distinct()
                            .toList());
            List<Target> targets = List.of(new Target("T1", point(1000, 700)), new Target("T4", point(1520, 300)));
            assertThat(service.distances(longLine, targets))
                    .extracting(m -> Math.round(m.metres() * 1000) / 1000.0)
                    .containsExactly(700.0 - y, 1820.0 - y);
        }
        assertThat(net.access(TestNetworks.line(0, 0, 2000, 0), 100))
                .extracting(a -> a.edge().linkId())
                .contains("A", "B", "D");
    }

    @Test
    void aGeometryFarFromEveryLinkIsUnreachable() {
        assertThat(service.distances(point(3000, 3000), List.of(new Target("T1", point(1000, 700)))))
                .singleElement()
                .satisfies(m -> assertThat(m.method()).isEqualTo(Method.UNREACHABLE));
        assertThat(service.nearest(point(3000, 3000), List.of(new Target("T1", point(1000, 700)))))
                .isEmpty();
    }

    @Test
    void straightLineFallbackSaysSo() {
        Measured m = DistanceService.straightLine()
                .distances(point(0, 0), List.of(new Target("T", point(300, 400))))
                .get(0);
        assertThat(m.metres()).isEqualTo(500.0);
        assertThat(m.method()).isEqualTo(Method.STRAIGHT_LINE);
        assertThat(m.method().label()).contains("luftlinje");
    }

    @Test
    void mainRoadJunctionsAreWhereAMainRoadMeetsAnotherRoad() {
        assertThat(net.junctions(e -> "R".equals(e.category())))
                .extracting(p -> p.getX() + "," + p.getY())
                .containsExactly("1000.0,0.0");
    }

    @Test
    void aLayerWithoutTheAttributeIsRefusedNamingLayerAndAttribute() {
        ReferenceLayer layer = new ReferenceLayer(
                "veger",
                "Veger",
                new Provenance("test", null, "CC0", null, null),
                null,
                25833,
                List.of(new ReferenceFeature("1", Map.of("kategori", "R"), TestNetworks.line(0, 0, 1, 1))));
        assertThatThrownBy(() -> RoadNetwork.fromLayer(layer, "vegkategori", null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("veger")
                .hasMessageContaining("\"vegkategori\"")
                .hasMessageContaining("kategori");
        ReferenceLayer points = new ReferenceLayer(
                "veger",
                "Veger",
                new Provenance("test", null, "CC0", null, null),
                null,
                25833,
                List.of(new ReferenceFeature("p1", Map.of("vegkategori", "R"), point(1, 1))));
        assertThatThrownBy(() -> RoadNetwork.fromLayer(points, "vegkategori", null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("p1")
                .hasMessageContaining("lines");
    }
}
