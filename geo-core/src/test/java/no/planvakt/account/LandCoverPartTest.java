package no.planvakt.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.planvakt.Fixtures;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.reference.Provenance;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The map parts of an account against OverlayNG: a land cover of Voronoi cells in two classes, and
 * plan objects that are unions of cells (every piece wholly inside), lie inside one cell, or cross
 * cells anywhere. The part per class is the union of the object's overlays with that class's
 * pieces, to a millionth of the object's area; with the unclassified part the classes fill it.
 */
class LandCoverPartTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void partsMatchTheOverlayOfEveryPiece() {
        Random random = new Random(5);
        Envelope extent = new Envelope(500_000, 502_000, 6_700_000, 6_702_000);
        List<Geometry> cells = voronoi(random, 200, extent);
        // Every seventh cell has no class: the unclassified part is not empty.
        List<ReferenceFeature> features = classed(cells, i -> i % 7 == 0 ? "ingen" : i % 2 == 0 ? "skog" : "myr");
        LandCover cover = cover(features, extent);

        List<Geometry> objects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<Geometry> chosen = new ArrayList<>();
            for (Geometry c : cells) {
                if (random.nextDouble() < 0.15) {
                    chosen.add(c);
                }
            }
            objects.add(UnaryUnionOp.union(chosen));
            Coordinate inside =
                    cells.get(random.nextInt(cells.size())).getInteriorPoint().getCoordinate();
            objects.add(GF.createPoint(inside).buffer(3));
            // Nearly one cell: it holds the cell whole, and the cell is most but not all of it.
            Geometry cell = cells.get(random.nextInt(cells.size()));
            objects.add(cell.buffer(1));
            // Mostly in one cell, reaching over its edge.
            Coordinate c = cell.getInteriorPoint().getCoordinate();
            Coordinate edge = org.locationtech.jts.operation.distance.DistanceOp.nearestPoints(
                    cell.getBoundary(), GF.createPoint(c))[0];
            double d = c.distance(edge);
            objects.add(GF.createPoint(new Coordinate(c.x + 0.9 * (edge.x - c.x), c.y + 0.9 * (edge.y - c.y)))
                    .buffer(0.2 * d));
            objects.add(GF.createPoint(new Coordinate(
                            extent.getMinX() + random.nextDouble() * 2000,
                            extent.getMinY() + random.nextDouble() * 2000))
                    .buffer(100 + random.nextDouble() * 300));
        }
        // Once measured here, once from what splitting all objects together found.
        LandCover splitFirst = cover(features, extent);
        double[] sliver = new double[objects.size()];
        splitFirst.split(objects, sliver, no.planvakt.overlay.OverlapScreen.mayOverlap(objects));
        for (LandCover c : List.of(cover, splitFirst)) {
            assertPartsMatch(c, objects, cells, features);
        }
    }

    private static void assertPartsMatch(
            LandCover cover, List<Geometry> objects, List<Geometry> cells, List<ReferenceFeature> features) {
        for (Geometry g : objects) {
            double sum = 0;
            for (int k = 0; k < CLASSES.size(); k++) {
                Geometry part = cover.part(g, k);
                Geometry expected =
                        expectedPart(g, cells, features, CLASSES.get(k).id());
                double diff = OverlayNGRobust.overlay(part, expected, OverlayNG.SYMDIFFERENCE)
                        .getArea();
                assertThat(diff)
                        .as("class %s of %s", k, g.getEnvelopeInternal())
                        .isLessThan(1e-6 * g.getArea());
                // The map's collected pieces cover the same ground, without a union.
                assertThat(cover.pieces(g, k).getArea()).isCloseTo(part.getArea(), within(1e-6 * g.getArea()));
                sum += part.getArea();
            }
            sum += cover.unclassifiedPart(g).getArea();
            assertThat(sum).isCloseTo(g.getArea(), within(1e-6 * g.getArea()));
        }
    }

    /**
     * A plan drawn on the land cover's cells (objects are unions of cells, so each cell lies wholly
     * inside one), plus objects across cells and one that overlaps another: splitting them all at
     * once, piece by piece with each piece's home, gives what splitting every object against every
     * piece gives.
     */
    @Test
    void splitOfAllObjectsMatchesSplitOfEach() {
        Random random = new Random(9);
        Envelope extent = new Envelope(500_000, 502_000, 6_700_000, 6_702_000);
        List<Geometry> cells = voronoi(random, 300, extent);
        List<ReferenceFeature> features = classed(cells, i -> i % 3 == 0 ? "myr" : "skog");
        LandCover together = cover(features, extent);
        LandCover each = cover(features, extent);

        // 30 objects of whole cells (the left half of the cells, by site), then objects across cells.
        List<List<Geometry>> groups = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            groups.add(new ArrayList<>());
        }
        for (Geometry c : cells) {
            if (c.getCentroid().getX() < 501_000) {
                groups.get(random.nextInt(30)).add(c);
            }
        }
        List<Geometry> objects = new ArrayList<>();
        for (List<Geometry> g : groups) {
            if (!g.isEmpty()) {
                objects.add(UnaryUnionOp.union(g));
            }
        }
        for (int i = 0; i < 6; i++) {
            objects.add(GF.createPoint(
                            new Coordinate(501_100 + random.nextDouble() * 800, 6_700_100 + random.nextDouble() * 1800))
                    .buffer(60 + random.nextDouble() * 60));
        }
        // One object overlapping one of the cell unions.
        objects.add(objects.get(0).getCentroid().buffer(80));
        BitSet mayOverlap = no.planvakt.overlay.OverlapScreen.mayOverlap(objects);
        double[] sliver = new double[objects.size()];
        java.util.Arrays.fill(sliver, 5);
        LandCover.Split[] all = together.split(objects, sliver, mayOverlap);
        for (int i = 0; i < objects.size(); i++) {
            Geometry g = objects.get(i);
            LandCover.Split b = each.split(g, 5);
            for (int k = 0; k <= CLASSES.size(); k++) {
                assertThat(all[i].areas()[k]).isCloseTo(b.areas()[k], within(1e-9 * g.getArea()));
            }
            assertThat(all[i].slivers()).isEqualTo(b.slivers());
        }
        assertPartsMatch(together, objects, cells, features);
        // Splitting again takes what was split before.
        LandCover.Split[] again = together.split(objects, sliver, mayOverlap);
        for (int i = 0; i < objects.size(); i++) {
            assertThat(again[i].areas()).containsExactly(all[i].areas());
        }
    }

    private static final List<AccountSpec.LandCoverClass> CLASSES = List.of(
            new AccountSpec.LandCoverClass("skog", "Skog", "arealdekke", "klasse = 'skog'", false, null),
            new AccountSpec.LandCoverClass("myr", "Myr", "arealdekke", "klasse = 'myr'", false, null));

    private static List<ReferenceFeature> classed(List<Geometry> cells, java.util.function.IntFunction<String> klasse) {
        List<ReferenceFeature> features = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            features.add(new ReferenceFeature("AR" + i, Map.of("klasse", klasse.apply(i)), cells.get(i)));
        }
        return features;
    }

    /** A land cover of the two classes over {@code features}, as the account prepares it. */
    private static LandCover cover(List<ReferenceFeature> features, Envelope extent) {
        ReferenceLayer layer = new ReferenceLayer(
                "arealdekke",
                "Voronoi-arealdekke",
                new Provenance("test", "Planvakt", "CC0", LocalDate.of(2026, 1, 1), null),
                null,
                Fixtures.SRID,
                features);
        return LandCover.of(
                CLASSES, Map.of("arealdekke", layer), "test", extent, AreaMeasure.of(Fixtures.SRID, Fixtures.SRID));
    }

    private static Geometry expectedPart(
            Geometry g, List<Geometry> cells, List<ReferenceFeature> features, String klasse) {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (features.get(i).attributes().get("klasse").equals(klasse)) {
                parts.add(OverlayNGRobust.overlay(g, cells.get(i), OverlayNG.INTERSECTION));
            }
        }
        return Areas.polygonal(UnaryUnionOp.union(parts));
    }

    private static List<Geometry> voronoi(Random random, int n, Envelope extent) {
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(new Coordinate(
                    extent.getMinX() + random.nextDouble() * extent.getWidth(),
                    extent.getMinY() + random.nextDouble() * extent.getHeight()));
        }
        VoronoiDiagramBuilder b = new VoronoiDiagramBuilder();
        b.setSites(sites);
        b.setClipEnvelope(extent);
        Geometry d = b.getDiagram(GF);
        List<Geometry> cells = new ArrayList<>();
        for (int i = 0; i < d.getNumGeometries(); i++) {
            cells.add(d.getGeometryN(i));
        }
        return cells;
    }
}
