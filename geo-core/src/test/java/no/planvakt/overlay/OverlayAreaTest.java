package no.planvakt.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * OverlayArea against hand-worked cases and against OverlayNG (an independent computation: it
 * builds the intersection polygon) on random, coincident-edge, hole and multipolygon cases.
 */
class OverlayAreaTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final WKTReader WKT = new WKTReader(GF);

    private static Geometry g(String wkt) {
        try {
            return WKT.read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

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
        assertThat(area(sq, "POLYGON ((0 0, 5 0, 5 10, 0 10, 0 7, 0 4, 0 1, 0 0))")).isEqualTo(50);
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

    @Test
    void nonPolygonalInputHasNoArea() {
        assertThat(area("LINESTRING (0 0, 10 10)", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")).isZero();
        assertThat(area("POLYGON EMPTY", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")).isZero();
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
                assertAgrees(a, cells.get(random.nextInt(cells.size())), "cell union against one cell " + round + "/" + i);
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
        assertThat(actual).as(what + "\nA: " + shortened(a) + "\nB: " + shortened(b)).isCloseTo(expected, within(tolerance));
        assertThat(OverlayArea.intersectionArea(b, a)).as(what + " (swapped)").isCloseTo(expected, within(tolerance));
        assertThat(OverlayGeometry.intersection(a, b).getArea()).as(what + " (overlay with the fast noder)")
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
