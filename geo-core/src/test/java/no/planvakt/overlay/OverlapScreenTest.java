package no.planvakt.overlay;

import static no.planvakt.overlay.Wkt.GF;
import static no.planvakt.overlay.Wkt.g;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The screen against hand-made coverages (what must pass untested, what must be caught) and, as
 * the independent oracle, OverlayNG's intersection area over every pair of random sets: a pair
 * that overlaps must never have both members screened out.
 */
class OverlapScreenTest {
    private static BitSet screen(String... wkt) {
        List<Geometry> gs = new ArrayList<>();
        for (String w : wkt) {
            gs.add(g(w));
        }
        return OverlapScreen.mayOverlap(gs);
    }

    private static String square(int x, int y, int size) {
        return "POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))"
                .formatted(x, y, x + size, y, x + size, y + size, x, y + size, x, y);
    }

    @Test
    void aCleanCoverageNeedsNoTest() {
        // A 3 × 3 grid of squares, one drawn clockwise, one touching the others at a corner only,
        // and a hole filled exactly by an island.
        assertThat(screen(
                        square(0, 0, 10),
                        "POLYGON ((10 0, 10 10, 20 10, 20 0, 10 0))",
                        square(20, 0, 10),
                        square(0, 10, 10),
                        "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10), (12 12, 12 18, 18 18, 18 12, 12 12))",
                        "POLYGON ((12 12, 18 12, 18 18, 12 18, 12 12))",
                        square(20, 10, 10),
                        square(30, 20, 10)))
                .hasToString("{}");
    }

    @Test
    void overlapsAreCaught() {
        // A duplicate
        assertThat(screen(square(0, 0, 10), square(0, 0, 10), square(10, 0, 10)))
                .hasToString("{0, 1, 2}");
        // An island without a hole for it
        assertThat(screen(square(0, 0, 10), square(2, 2, 2)).cardinality()).isPositive();
        // One polygon that is the union of two others: every edge of it is used twice, the same way
        assertThat(screen(square(0, 0, 10), square(10, 0, 10), "POLYGON ((0 0, 20 0, 20 10, 0 10, 0 0))")
                        .cardinality())
                .isPositive();
        assertThat(screen(square(0, 0, 10), square(10, 0, 10), "POLYGON ((0 0, 10 0, 20 0, 20 10, 10 10, 0 10, 0 0))")
                        .cardinality())
                .isPositive();
        // A neighbour whose edge is a chord through the other's interior, ending on two of its vertices
        assertThat(screen("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((0 0, 10 10, 20 0, 0 0))")
                        .cardinality())
                .isPositive();
        // A neighbour reaching over the shared edge by a sliver
        assertThat(screen(square(0, 0, 10), "POLYGON ((9.9 0, 20 0, 20 10, 10 10, 9.9 0))")
                        .cardinality())
                .isPositive();
    }

    @Test
    void neighboursMeetingAtAVertexOnAnEdgeAreTestedNotTrusted() {
        // A T-junction: the right-hand squares split the left one's edge. No overlap, but the
        // edges do not match, so the screen leaves the pair to the area test.
        BitSet s = screen(square(0, 0, 10), square(10, 0, 5), square(10, 5, 5));
        assertThat(s.get(0)).isTrue();
    }

    /**
     * Voronoi coverages with random damage (a vertex moved, a cell duplicated or grown, a second
     * coverage laid on part of the first): every pair that overlaps by OverlayNG has a member in
     * the result; and an undamaged coverage passes whole.
     */
    @Test
    void everyOverlappingPairHasAMemberInTheResult() {
        Random random = new Random(11);
        List<Geometry> clean = voronoiCells(random, 150, 0);
        assertThat(OverlapScreen.mayOverlap(clean)).hasToString("{}");
        for (int round = 0; round < 30; round++) {
            List<Geometry> cells = voronoiCells(random, 60 + random.nextInt(60), 0);
            int damage = round % 4;
            if (damage == 0) {
                for (int k = 0; k < 3; k++) {
                    int i = random.nextInt(cells.size());
                    cells.set(i, moveVertex(random, (Polygon) cells.get(i)));
                }
            } else if (damage == 1) {
                cells.add(cells.get(random.nextInt(cells.size())).copy());
            } else if (damage == 2) {
                int i = random.nextInt(cells.size());
                cells.set(i, cells.get(i).buffer(random.nextDouble() * 5));
            } else {
                // A second, different coverage over the same square.
                cells.addAll(voronoiCells(random, 40, 0));
            }
            BitSet result = OverlapScreen.mayOverlap(cells);
            int overlapping = 0;
            for (int i = 0; i < cells.size(); i++) {
                for (int j = i + 1; j < cells.size(); j++) {
                    Geometry a = cells.get(i);
                    Geometry b = cells.get(j);
                    if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                        continue;
                    }
                    double overlap = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION)
                            .getArea();
                    if (overlap > 0) {
                        overlapping++;
                        assertThat(result.get(i) || result.get(j))
                                .as("round %d: %d and %d overlap by %s", round, i, j, overlap)
                                .isTrue();
                    }
                }
            }
            assertThat(overlapping).as("round %d has overlaps to find", round).isPositive();
        }
    }

    /**
     * A coverage large enough that its edges are hashed in several grid cells (each edge in the
     * cell of its lesser end, polygons read for every cell they reach): whole, it passes; with cells
     * duplicated and grown, every overlapping pair has a member in the result.
     */
    @Test
    void aCoverageSpreadOverManyCells() {
        Random random = new Random(23);
        List<Geometry> cells = voronoiCells(random, 12_000, 0);
        assertThat(OverlapScreen.mayOverlap(cells)).hasToString("{}");
        List<Integer> damaged = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            int i = random.nextInt(cells.size());
            cells.set(i, cells.get(i).buffer(0.5 + random.nextDouble()));
            damaged.add(i);
            cells.add(cells.get(random.nextInt(cells.size())).copy());
            damaged.add(cells.size() - 1);
        }
        BitSet result = OverlapScreen.mayOverlap(cells);
        int overlapping = 0;
        for (int i : damaged) {
            for (int j = 0; j < cells.size(); j++) {
                Geometry a = cells.get(i);
                Geometry b = cells.get(j);
                if (i == j || !a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    continue;
                }
                if (OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea() > 0) {
                    overlapping++;
                    assertThat(result.get(i) || result.get(j))
                            .as("%d and %d overlap", i, j)
                            .isTrue();
                }
            }
        }
        assertThat(overlapping).isGreaterThan(12);
    }

    /** The cell with one vertex moved, as far as the cell stays a valid polygon. */
    private static Polygon moveVertex(Random random, Polygon p) {
        for (double sigma = 20; ; sigma /= 2) {
            Coordinate[] cs = p.getExteriorRing().copy().getCoordinates();
            int k = 1 + random.nextInt(cs.length - 2);
            cs[k] = new Coordinate(cs[k].x + random.nextGaussian() * sigma, cs[k].y + random.nextGaussian() * sigma);
            Polygon moved = GF.createPolygon(cs);
            if (moved.isValid()) {
                return moved;
            }
        }
    }

    private static List<Geometry> voronoiCells(Random random, int n, double offset) {
        Coordinate[] sites = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            sites[i] = new Coordinate(
                    500_000 + offset + random.nextDouble() * 1000, 6_700_000 + random.nextDouble() * 1000);
        }
        MultiPoint points = GF.createMultiPointFromCoords(sites);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(points);
        builder.setClipEnvelope(new Envelope(500_000, 501_000, 6_700_000, 6_701_000));
        Geometry diagram = builder.getDiagram(GF);
        List<Geometry> cells = new ArrayList<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            cells.add(diagram.getGeometryN(i));
        }
        return cells;
    }
}
