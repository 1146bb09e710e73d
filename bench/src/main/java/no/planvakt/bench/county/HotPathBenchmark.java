package no.planvakt.bench.county;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.planvakt.overlay.OverlayArea;
import no.planvakt.overlay.OverlayGeometry;
import no.planvakt.plan.AttributeNames;
import no.planvakt.rule.FindingText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Micro-benchmarks of the engine's hot paths (scripts/bench-jmh): the overlay of one plan polygon
 * with one land-cover polygon (area only, OverlayNG with the fast noder, OverlayNGRobust), on pairs
 * from two tessellations drawn on the same base map, as the county generator draws them; and the
 * per-finding text work (attribute-name folding, number formatting, message filling). Times are per
 * pair or per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class HotPathBenchmark {
    private final List<Geometry[]> pairs = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        GeometryFactory gf = new GeometryFactory();
        BaseMap baseMap = new BaseMap(gf, 40);
        Random random = new Random(1);
        List<Polygon> plans = cells(gf, baseMap, random, 1_500);
        List<Polygon> cover = cells(gf, baseMap, random, 4_000);
        STRtree index = new STRtree();
        cover.forEach(c -> index.insert(c.getEnvelopeInternal(), c));
        for (Polygon p : plans) {
            for (Object o : index.query(p.getEnvelopeInternal())) {
                if (p.intersects((Geometry) o)) {
                    pairs.add(new Geometry[] {p, (Geometry) o});
                }
            }
        }
    }

    private static List<Polygon> cells(GeometryFactory gf, BaseMap baseMap, Random random, int n) {
        Coordinate[] sites = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            sites[i] = new Coordinate(500_000 + random.nextDouble() * 20_000, 6_650_000 + random.nextDouble() * 20_000);
        }
        MultiPoint points = gf.createMultiPointFromCoords(sites);
        VoronoiDiagramBuilder b = new VoronoiDiagramBuilder();
        b.setSites(points);
        b.setClipEnvelope(points.getEnvelopeInternal());
        Geometry d = b.getDiagram(gf);
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < d.getNumGeometries(); i++) {
            Polygon p = baseMap.draw((Polygon) d.getGeometryN(i));
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private Geometry[] pair() {
        Geometry[] p = pairs.get(next);
        next = (next + 1) % pairs.size();
        return p;
    }

    @Benchmark
    public double areaOnly() {
        Geometry[] p = pair();
        return OverlayArea.intersectionArea(p[0], p[1]);
    }

    @Benchmark
    public double overlayFastNoder() {
        Geometry[] p = pair();
        return OverlayGeometry.intersection(p[0], p[1]).getArea();
    }

    @Benchmark
    public double overlayRobust() {
        Geometry[] p = pair();
        return OverlayNGRobust.overlay(p[0], p[1], OverlayNG.INTERSECTION).getArea();
    }

    @Benchmark
    public void findingText(Blackhole bh) {
        bh.consume(AttributeNames.fold("KPAREALFORMÅL"));
        bh.consume(FindingText.daa(123_456.7));
        bh.consume(FindingText.percent(0.4567));
        bh.consume(FindingText.fill(
                "{purpose} «{object}» ({change}) legger {area_daa} daa på {reference}",
                Map.of(
                        "purpose",
                        "Fritidsbebyggelse (1120)",
                        "object",
                        "D1",
                        "change",
                        "ny",
                        "area_daa",
                        "12,3",
                        "reference",
                        "R")));
    }
}
