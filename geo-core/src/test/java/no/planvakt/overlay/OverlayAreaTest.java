package no.planvakt.overlay;

import static no.planvakt.overlay.Wkt.GF;
import static no.planvakt.overlay.Wkt.g;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * OverlayArea against hand-worked cases and against OverlayNG (an independent computation: it
 * builds the intersection polygon) on random, coincident-edge, hole and multipolygon cases.
 */
class OverlayAreaTest {
    private static double area(String a, String b) {
        return OverlayArea.intersectionArea(g(a), g(b));
    }

    @Test
    void handWorkedCases() {
        String sq = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))";
        // offset by (5, 5): a 5 × 5 overlap
        assertThat(area(sq, "POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))")).isEqualTo(25);
        // identical, one of them drawn clockwise: every edge shared
        assertThat(area(sq, "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0))")).isEqualTo(100);
        // neighbours sharing the edge x = 10: touching, no area
        assertThat(area(sq, "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))")).isEqualTo(0);
        // sharing part of an edge and lying inside: the left half, 5 × 10
        assertThat(area(sq, "POLYGON ((0 0, 5 0, 5 10, 0 10, 0 0))")).isEqualTo(50);
        // the shared edge has extra vertices on one side only (4 collinear pieces)
        assertThat(area(sq, "POLYGON ((0 0, 5 0, 5 10, 0 10, 0 7, 0 4, 0 1, 0 0))"))
                .isEqualTo(50);
        // wholly inside, wholly containing, disjoint
        assertThat(area(sq, "POLYGON ((2 2, 4 2, 4 4, 2 4, 2 2))")).isEqualTo(4);
        assertThat(area("POLYGON ((2 2, 4 2, 4 4, 2 4, 2 2))", sq)).isEqualTo(4);
        assertThat(area(sq, "POLYGON ((20 20, 30 20, 30 30, 20 20))")).isEqualTo(0);
        // a hole: the square minus a 4 × 4 hole, against its right half → 50 − 8
        String donut = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (3 3, 7 3, 7 7, 3 7, 3 3))";
        assertThat(area(donut, "POLYGON ((5 -1, 11 -1, 11 11, 5 11, 5 -1))")).isEqualTo(42);
        // the plug that fills the hole exactly shares every edge with it, interiors on opposite sides
        assertThat(area(donut, "POLYGON ((3 3, 7 3, 7 7, 3 7, 3 3))")).isEqualTo(0);
        // a multipolygon whose parts touch the other at a vertex and along an edge
        assertThat(area("MULTIPOLYGON (((0 0, 2 0, 2 2, 0 2, 0 0)), ((8 8, 12 8, 12 12, 8 12, 8 8)))", sq))
                .isEqualTo(8);
        // a triangle crossing: x + y ≤ 10 inside the square → 50
        assertThat(area(sq, "POLYGON ((0 0, 10 0, 0 10, 0 0))")).isEqualTo(50);
    }

    /**
     * From the generated county: a land-cover piece whose edge runs along a plan polygon's first
     * segment, with a computed vertex a hair off it. The segments only touch at the shared vertex,
     * and the plan polygon's first segment midpoint rounds to inside the piece. The polygons only
     * touch: OverlayNG gives 0; locating the ring by that midpoint gave the whole plan polygon.
     */
    @Test
    void aNearlyCollinearEdgeDoesNotDecideTheSide() {
        Geometry plan = g("""
            POLYGON ((456399.747 6708275.586, 456463.608 6708378.1, 456526.605 6708480.944,
            456589.178 6708583.842, 456651.956 6708686.501, 456715.463 6708788.699, 456779.887 6708890.347,
            456844.993 6708991.511, 456910.241 6709092.387, 456975.034 6709193.242, 457038.982 6709294.335,
            457102.078 6709395.85, 457164.696 6709497.854, 457227.423 6709600.291, 457348.567 6709610.136,
            457469.711 6709619.721, 457590.854 6709628.081, 457711.994 6709635.114, 457833.128 6709641.654,
            457954.254 6709648.886, 458075.37 6709657.502, 458196.475 6709667.222, 458317.566 6709676.982,
            458438.643 6709685.695, 458559.706 6709693.009, 458680.755 6709699.561, 458801.79 6709706.524,
            458766.737 6709594.127, 458731.67 6709481.873, 458695.721 6709369.732, 458658.559 6709257.659,
            458620.589 6709145.592, 458582.704 6709033.461, 458545.74 6708921.197, 458509.974 6708808.743,
            458474.963 6708696.062, 458439.815 6708583.147, 458403.723 6708470.022, 458366.448 6708356.739,
            458328.456 6708243.37, 458290.637 6708129.998, 458253.772 6708016.702, 458129.888 6708033.205,
            458006.072 6708051.135, 457882.331 6708070.043, 457758.666 6708088.781, 457635.075 6708106.321,
            457511.547 6708122.494, 457388.068 6708138.106, 457264.62 6708154.364, 457141.182 6708172.012,
            457017.731 6708190.803, 456894.249 6708209.674, 456770.718 6708227.503, 456647.127 6708243.916,
            456523.47 6708259.546, 456399.747 6708275.586))""");
        Geometry cover = g("""
            POLYGON ((456449.296 6708239.569, 456346.436 6708181.408, 456333.01968815044 6708173.98194091,
            456330.448 6708198.067, 456399.747 6708275.586, 456491.2979624905 6708263.716926034,
            456449.296 6708239.569))""");
        assertThat(OverlayArea.intersectionArea(plan, cover))
                .isCloseTo(OverlayArea.overlayArea(plan, cover), within(1e-6));
        assertThat(OverlayArea.intersectionArea(cover, plan))
                .isCloseTo(OverlayArea.overlayArea(plan, cover), within(1e-6));
    }

    /**
     * From the generated county: a land-cover piece cut by an earlier overlay, whose computed
     * vertices lie about 1e-9 m beside the plan polygon's edge they were cut from. The pieces between
     * such a vertex and the crossing next to it are too thin to locate by a midpoint; snapping the
     * vertex onto the edge decides the pair (before, it fell back to OverlayNG).
     */
    @Test
    void aVertexCutFromAnEdgeIsSnappedOntoIt() {
        Geometry plan = g("""
            POLYGON ((421251.919 6729791.435, 421273.147 6729872.215, 421294.685 6729953.042, 421397.307
            6730011.696, 421500.192 6730070.709, 421603.346 6730129.331, 421706.739 6730187.005, 421810.301
            6730243.665, 421913.929 6730299.79, 422017.499 6730356.15, 422120.885 6730413.404, 422223.979
            6730471.732, 422321.234 6730441.986, 422418.416 6730412.216, 422515.538 6730381.857, 422612.613
            6730350.61, 422709.654 6730318.574, 422794.403 6730227.279, 422879.225 6730136.121, 422964.493
            6730045.467, 423050.419 6729955.519, 423136.99 6729866.233, 423042.008 6729786.843, 422947.059
            6729708.263, 422851.709 6729630.513, 422755.686 6729553.261, 422658.967 6729475.978, 422561.778
            6729398.165, 422464.496 6729319.554, 422367.515 6729240.206, 422271.109 6729160.474, 422175.349
            6729080.852, 422080.101 6729001.78, 421985.075 6728923.475, 421889.935 6728845.858, 421794.392
            6728768.587, 421698.295 6728691.194, 421653.694 6728800.221, 421608.083 6728908.958, 421562.19
            6729017.39, 421516.916 6729125.55, 421472.799 6729233.512, 421429.692 6729341.375, 421386.841
            6729449.244, 421343.334 6729557.213, 421298.648 6729665.353, 421252.967 6729773.705, 421251.919
            6729791.435))""");
        Geometry cut = g("""
            POLYGON ((421294.267 6729878.069, 421271.2398152512 6729864.957491803, 421273.147 6729872.215,
            421287.7873731167 6729927.156844085, 421294.267 6729878.069))""");
        assertThat(OverlayArea.exactArea(plan, cut)).isNotNaN();
        assertThat(OverlayArea.exactArea(cut, plan)).isNotNaN();
        assertAgrees(plan, cut, "cut land-cover piece");
    }

    /**
     * Land cover cut by an overlay, as the account prepares it: plan cells and land cover drawn on
     * one base map (unions of cells of one tessellation, sharing edges exactly), the land cover then
     * cut by a cell of another tessellation, which leaves computed vertices a rounding error beside
     * the shared edges. Every pair is decided without the fallback.
     */
    @Test
    void landCoverCutByAnOverlayAgreesWithOverlayNG() {
        Random random = new Random(11);
        List<Geometry> cells = voronoiCells(random, 150);
        List<Geometry> cutters = voronoiCells(random, 40);
        for (int i = 0; i < 60; i++) {
            Geometry cover = unionOfRandomCells(random, cells, 0.5);
            Geometry cut =
                    OverlayNGRobust.overlay(cover, cutters.get(random.nextInt(cutters.size())), OverlayNG.DIFFERENCE);
            if (!(cut instanceof org.locationtech.jts.geom.Polygonal) || cut.isEmpty()) {
                continue;
            }
            for (int k = 0; k < 4; k++) {
                assertAgrees(cells.get(random.nextInt(cells.size())), cut, "cell against cut cover " + i + "/" + k);
            }
        }
        assertThat(decided)
                .as("pairs decided without the fallback, of " + pairs)
                .isEqualTo(pairs);
    }

    @Test
    void nonPolygonalInputHasNoArea() {
        assertThat(area("LINESTRING (0 0, 10 10)", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"))
                .isZero();
        assertThat(area("POLYGON EMPTY", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"))
                .isZero();
    }

    @Test
    void randomStarPolygonsAgreeWithOverlayNG() {
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            Geometry a = star(random, 600_000 + random.nextDouble() * 50, 6_640_000 + random.nextDouble() * 50);
            Geometry b = star(random, 600_000 + random.nextDouble() * 50, 6_640_000 + random.nextDouble() * 50);
            assertAgrees(a, b, "star pair " + i);
        }
    }

    /**
     * Plans and land cover drawn on the same base map: unions of cells of one Voronoi tessellation
     * share their edges exactly, with and without holes, as polygons and multipolygons.
     */
    @Test
    void unionsOfSharedCellsAgreeWithOverlayNG() {
        Random random = new Random(7);
        for (int round = 0; round < 4; round++) {
            List<Geometry> cells = voronoiCells(random, 120);
            for (int i = 0; i < 10; i++) {
                Geometry a = unionOfRandomCells(random, cells, 0.4);
                Geometry b = unionOfRandomCells(random, cells, 0.4);
                assertAgrees(a, b, "cell unions " + round + "/" + i);
                assertAgrees(
                        a, cells.get(random.nextInt(cells.size())), "cell union against one cell " + round + "/" + i);
            }
        }
    }

    /** Integer grid polygons: collinear overlaps of every kind, vertices on the other's edges. */
    @Test
    void gridPolygonsWithCollinearEdgesAgreeWithOverlayNG() {
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            Geometry a = gridBlob(random);
            Geometry b = gridBlob(random);
            assertAgrees(a, b, "grid pair " + i);
        }
    }

    /** Pairs the area-only method decided itself, and all pairs, per test. */
    private int decided;

    private int pairs;

    @AfterEach
    void theMethodDecidesNearlyAlways() {
        // Agreement would be trivial if every pair fell back to OverlayNG.
        assertThat(decided).as("pairs decided without the OverlayNG fallback").isGreaterThanOrEqualTo(pairs * 95 / 100);
    }

    private void assertAgrees(Geometry a, Geometry b, String what) {
        double expected = OverlayArea.overlayArea(a, b);
        double actual = OverlayArea.intersectionArea(a, b);
        pairs++;
        if (!Double.isNaN(OverlayArea.exactArea(a, b))) {
            decided++;
        }
        double tolerance = 1e-9 * Math.max(1, Math.max(a.getArea(), b.getArea()));
        assertThat(actual)
                .as(what + "\nA: " + shortened(a) + "\nB: " + shortened(b))
                .isCloseTo(expected, within(tolerance));
        assertThat(OverlayArea.intersectionArea(b, a)).as(what + " (swapped)").isCloseTo(expected, within(tolerance));
        assertThat(OverlayGeometry.intersection(a, b).getArea())
                .as(what + " (overlay with the fast noder)")
                .isCloseTo(expected, within(tolerance));
    }

    private static String shortened(Geometry g) {
        String text = g.toText();
        return text.length() > 2000 ? text.substring(0, 2000) + " …" : text;
    }

    /** A star-shaped polygon with 3–40 vertices around (cx, cy), radius up to 30. */
    private static Polygon star(Random random, double cx, double cy) {
        int n = 3 + random.nextInt(38);
        Coordinate[] pts = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = 2 + random.nextDouble() * 28;
            pts[i] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        pts[n] = pts[0].copy();
        return GF.createPolygon(pts);
    }

    private static List<Geometry> voronoiCells(Random random, int n) {
        Coordinate[] sites = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            sites[i] = new Coordinate(500_000 + random.nextDouble() * 1000, 6_700_000 + random.nextDouble() * 1000);
        }
        MultiPoint points = GF.createMultiPointFromCoords(sites);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(points);
        builder.setClipEnvelope(points.getEnvelopeInternal());
        Geometry diagram = builder.getDiagram(GF);
        List<Geometry> cells = new ArrayList<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            cells.add(diagram.getGeometryN(i));
        }
        return cells;
    }

    private static Geometry unionOfRandomCells(Random random, List<Geometry> cells, double p) {
        List<Geometry> chosen = new ArrayList<>();
        for (Geometry c : cells) {
            if (random.nextDouble() < p) {
                chosen.add(c);
            }
        }
        return chosen.isEmpty() ? cells.get(0) : UnaryUnionOp.union(chosen);
    }

    /** A union of random unit cells of a small integer grid: holes, touching corners, multipolygons. */
    private static Geometry gridBlob(Random random) {
        List<Geometry> cells = new ArrayList<>();
        for (int x = 0; x < 6; x++) {
            for (int y = 0; y < 6; y++) {
                if (random.nextDouble() < 0.45) {
                    cells.add(GF.toGeometry(new org.locationtech.jts.geom.Envelope(x, x + 1, y, y + 1)));
                }
            }
        }
        if (cells.isEmpty()) {
            return GF.toGeometry(new org.locationtech.jts.geom.Envelope(0, 1, 0, 1));
        }
        return UnaryUnionOp.union(cells);
    }
}
