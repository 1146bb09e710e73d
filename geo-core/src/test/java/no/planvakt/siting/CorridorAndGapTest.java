package no.planvakt.siting;

import static no.planvakt.siting.SitingFixtures.CHARGING_100;
import static no.planvakt.siting.SitingFixtures.line;
import static no.planvakt.siting.SitingFixtures.road;
import static no.planvakt.siting.SitingFixtures.station;
import static no.planvakt.siting.SitingFixtures.straight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.planvakt.InputException;
import org.junit.jupiter.api.Test;

/** Corridors built from links, stations placed by linear referencing, gaps with known answers. */
class CorridorAndGapTest {
    private final CorridorSpec rv7 = new CorridorSpec("Rv7", RoadNumber.parse("Rv 7"), "regional");

    @Test
    void linksOfTheRoadNumberAreMergedIntoOneSectionAndOtherRoadsIgnored() {
        Corridor c = CorridorBuilder.build(
                "E1",
                rv7,
                "vegnett",
                List.of(
                        road("a", "R", 7, line(0, 0, 30_000, 0)),
                        road("b", "R", 7, line(30_000, 0, 30_000, 40_000)),
                        road("c", "F", 7, line(30_000, 40_000, 90_000, 40_000)),
                        // a 2 km branch of Rv 7 from the corner: left out, the through route kept
                        road("d", "R", 7, line(30_000, 0, 32_000, 0))));
        assertThat(c.sections()).hasSize(1);
        assertThat(c.sections().get(0).length()).isEqualTo(70_000);
        assertThat(c.leftOutM()).isEqualTo(2_000);
    }

    @Test
    void aBreakShorterThanJoinMIsJoinedALongerOneIsNot() {
        List<no.planvakt.reference.ReferenceFeature> roads =
                List.of(road("a", "R", 7, line(0, 0, 10_000, 0)), road("b", "R", 7, line(10_300, 0, 20_000, 0)));
        assertThat(CorridorBuilder.build("E1", rv7, "vegnett", roads, 500).sections())
                .hasSize(1)
                .allSatisfy(s -> assertThat(s.length()).isEqualTo(20_000));
        assertThat(CorridorBuilder.build("E1", rv7, "vegnett", roads, 200).sections())
                .extracting(CorridorSection::id)
                .containsExactly("Rv7-1", "Rv7-2");
    }

    @Test
    void aRoadNumberNotInTheNetworkIsRefusedNamingTheRule() {
        CorridorSpec e99 = new CorridorSpec("E99", RoadNumber.parse("E 99"), "kjernenett");
        assertThatThrownBy(() ->
                        CorridorBuilder.build("E1", e99, "vegnett", List.of(road("a", "R", 7, line(0, 0, 1, 0)))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "rule E1: field parameters.corridors: corridor E99 (E 99) is not in the road network")
                .hasMessageContaining("vegkategori=E and vegnummer=99");
    }

    @Test
    void aCorridorWithAKnownGap() {
        // 200 km section, stations at 30 km and 170 km: 140 km apart > 100 km. Ends: virtual stations
        // 20 km outside: −20 -> 30 = 50 km, 170 -> 220 = 50 km, no gap there.
        CorridorSection s = straight("Rv7", 200_000);
        StationPlacer.Placement p = new StationPlacer(1_000, 20_000)
                .place(List.of(station("A", 30_000, 400, "lading"), station("B", 170_000, -900, "lading")), List.of(s));
        assertThat(p.notPlaced()).isEmpty();
        List<Gap> gaps = GapAnalysis.gaps(s, CHARGING_100, p.placed(), 20_000);
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).from()).isEqualTo(30_000);
        assertThat(gaps.get(0).to()).isEqualTo(170_000);
        assertThat(gaps.get(0).lengthM()).isEqualTo(140_000);
        assertThat(gaps.get(0).geometry().getLength()).isCloseTo(140_000, within(1e-6));
        assertThat(gaps.get(0).fromStation()).isEqualTo("A");
    }

    @Test
    void stationsAcrossTheBorderMarginCountAndFartherOnesAreListedNotPlaced() {
        // 100 km section, one station at 50 km. Without more: −20 -> 50 = 70 and 50 -> 120 = 70, no gap
        // with 100 km, but with 60 km both ends are gaps. A station 15 km past the start (within the
        // 20 km margin) shortens the first stretch to 65 km; one 25 km past the end is not placed.
        CorridorSection s = straight("Rv7", 100_000);
        Spacing sixty = new Spacing("kjernenett", "lading", 60_000, "test");
        StationPlacer placer = new StationPlacer(1_000, 20_000);
        StationPlacer.Placement p = placer.place(
                List.of(
                        station("M", 50_000, 0, "lading"),
                        station("W", -15_000, 0, "lading"),
                        station("E", 125_000, 0, "lading"),
                        station("N", 50_000, 5_000, "lading")),
                List.of(s));
        assertThat(p.placed())
                .extracting(x -> x.station().id() + "@" + x.measure() + (x.beyondEnd() ? " beyond" : ""))
                .containsExactly("M@50000.0", "W@-15000.0 beyond");
        assertThat(p.notPlaced())
                .extracting(n -> n.station().id() + " " + n.distanceM())
                .containsExactly("E 25000.0", "N 5000.0");
        List<Gap> gaps = GapAnalysis.gaps(s, sixty, p.placed(), 20_000);
        assertThat(gaps)
                .extracting(g -> g.from() + " -> " + g.to() + " in county " + g.lengthM())
                .containsExactly("-15000.0 -> 50000.0 in county 50000.0", "50000.0 -> 120000.0 in county 50000.0");
        assertThat(gaps.get(1).toStation()).isNull();
    }

    @Test
    void aStationOfAnotherCarrierDoesNotCloseTheGap() {
        CorridorSection s = straight("Rv7", 150_000);
        StationPlacer.Placement p =
                new StationPlacer(1_000, 20_000).place(List.of(station("H", 75_000, 0, "hydrogen")), List.of(s));
        assertThat(GapAnalysis.gaps(s, CHARGING_100, p.placed(), 20_000))
                .extracting(Gap::spacingM)
                .containsExactly(190_000.0);
    }

    @Test
    void aCorridorEndingOnAnotherIsAJunctionAndSpacingGoesOnInTheWorseDirection() {
        // Rv 52 runs x 0 → 60 km along y = 0 and ends on Rv 7, which runs y −100 → +100 km along
        // x = 60 km (200 km, measure 100 km at the junction). Stations: W on Rv 52 at 10 km; P on
        // Rv 7 at y −70 km (measure 30 km: 70 km back towards Rv 7's start), Q at y +50 km (measure
        // 150 km: 50 km on towards its end); X 5 km east and 3 km north of the junction, off both
        // roads (√(5² + 3²) = 5.83 km from Rv 52's end: a border end would place it there).
        // Rv 52's end is a junction: a truck turning towards Rv 7's start meets P after 70 km, towards
        // its end Q after 50 km; every route must keep the spacing, so the worse one, 70 km, counts:
        // W 10 km -> 60 + 70 = 130 km = 120 km > 100 km -> a gap of 50 km inside Rv 52, bounded by P
        // via Rv 7. (The nearer turn would give 110 − 10 = 100 km, no gap.) X is not placed: there is
        // no border past a junction. Rv 52's start is a border: −20 -> 10 = 30 km.
        CorridorSection rv52 = straight("Rv52", 60_000);
        CorridorSection rv7 = new CorridorSection(
                "Rv7",
                new CorridorSpec("Rv7", RoadNumber.parse("Rv 7"), "regional"),
                line(60_000, -100_000, 60_000, 100_000));
        List<CorridorSection> sections = List.of(rv52, rv7);
        List<Junction> junctions = Junction.find(sections, 1_000);
        assertThat(junctions)
                .extracting(j -> j.section().id() + (j.atStart() ? " start" : " end") + " on "
                        + j.other().id() + " at " + j.otherMeasure() + " both ways "
                        + (j.towardsStart() && j.towardsEnd()))
                .containsExactly("Rv52 end on Rv7 at 100000.0 both ways true");
        StationPlacer.Placement p = new StationPlacer(1_000, 20_000)
                .place(
                        List.of(
                                station("W", 10_000, 0, "lading"),
                                station("P", 60_000, -70_000, "lading"),
                                station("Q", 60_000, 50_000, "lading"),
                                station("X", 65_000, 3_000, "lading")),
                        sections,
                        junctions);
        assertThat(p.notPlaced()).extracting(n -> n.station().id()).containsExactly("X");
        List<Gap> gaps = GapAnalysis.gaps(rv52, CHARGING_100, p.placed(), 20_000, junctions);
        assertThat(gaps)
                .extracting(g -> g.fromStation() + " " + g.from() + " -> " + g.toStation() + " via " + g.toVia() + " "
                        + g.to() + " in section " + g.lengthM())
                .containsExactly("W 10000.0 -> P via Rv7 130000.0 in section 50000.0");
        // Without the junction the end is a border and X past it closes the stretch: 10 -> 65.83 km.
        StationPlacer.Placement asBorder = new StationPlacer(1_000, 20_000)
                .place(
                        List.of(station("W", 10_000, 0, "lading"), station("X", 65_000, 3_000, "lading")),
                        List.of(rv52));
        assertThat(GapAnalysis.gaps(rv52, CHARGING_100, asBorder.placed(), 20_000))
                .isEmpty();
        // Rv 7's own stretches are its own business: −20, P 30, Q 150, 220 -> one gap P -> Q of 120 km.
        assertThat(GapAnalysis.gaps(rv7, CHARGING_100, p.placed(), 20_000, junctions))
                .extracting(g -> g.fromStation() + "->" + g.toStation())
                .containsExactly("P->Q");
    }

    @Test
    void aCorridorContinuingAnotherHasOneWayOn() {
        // Rv 52 starts where Rv 7 starts (Rv 7 measure 0): the only way on is along Rv 7 towards its end.
        CorridorSection rv7 = new CorridorSection(
                "Rv7", new CorridorSpec("Rv7", RoadNumber.parse("Rv 7"), "regional"), line(0, 0, 0, 100_000));
        CorridorSection rv52 = new CorridorSection(
                "Rv52", new CorridorSpec("Rv52", RoadNumber.parse("Rv 52"), "regional"), line(0, 0, 0, -50_000));
        List<Junction> junctions = Junction.find(List.of(rv7, rv52), 1_000);
        assertThat(junctions)
                .extracting(j -> j.section().id() + " " + j.towardsStart() + " " + j.towardsEnd())
                .containsExactly("Rv7 false true", "Rv52 false true");
        // A station on Rv 7 at 30 km: Rv 52 (start at the junction) is bounded 30 km before its start.
        StationPlacer.Placement p = new StationPlacer(1_000, 20_000)
                .place(List.of(station("S", 0, 30_000, "lading")), List.of(rv7, rv52), junctions);
        assertThat(GapAnalysis.bounds(rv52, "lading", p.placed(), 20_000, junctions))
                .extracting(GapAnalysis.Bound::measure)
                .containsExactly(-30_000.0, 70_000.0);
    }
}
