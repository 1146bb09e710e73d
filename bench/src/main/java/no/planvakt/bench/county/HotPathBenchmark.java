package no.planvakt.bench.county;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.diff.AreaChange;
import no.planvakt.diff.PlanDiff;
import no.planvakt.overlay.OverlayArea;
import no.planvakt.overlay.OverlayGeometry;
import no.planvakt.plan.AttributeNames;
import no.planvakt.plan.LandUseStatus;
import no.planvakt.plan.PlanFeature;
import no.planvakt.plan.PlanObjectType;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.rule.FeatureFilter;
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
 * pair or per call; and the plan diff (the change table and a rule's diff) and the rules'
 * attribute filters, on plans and land cover made of the same cells.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class HotPathBenchmark {
    private static final AreaMeasure MEASURE = AreaMeasure.of(25832, 25832);

    private final List<Geometry[]> pairs = new ArrayList<>();
    private int next;
    private final List<PlanFeature> adopted = new ArrayList<>();
    private final List<PlanFeature> draft = new ArrayList<>();
    private final List<ReferenceFeature> landCover = new ArrayList<>();
    private final FeatureFilter planFilter =
            FeatureFilter.compile("bench", "type = 'AREALFORMAL_OMRADE' AND arealformal IN (1120, 5220)");
    private final FeatureFilter coverFilter = FeatureFilter.compile("bench", "klasse = 'skog'");
    private int nextFeature;

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
        plans(gf, plans, random);
        String[] classes = {"skog", "myr", "apent", "dyrka", "bebygd"};
        for (int i = 0; i < cover.size(); i++) {
            landCover.add(new ReferenceFeature(
                    "AR" + i, Map.of("klasse", classes[random.nextInt(classes.length)]), cover.get(i)));
        }
    }

    /**
     * An adopted plan of the cells (holiday homes, LNFR, housing) and a draft as a county's drafts
     * are: most objects carried over with the same coordinates, one in 25 left out, one in 25 grown
     * into its neighbours (expanded), one in 50 recoded to holiday homes (new for that code).
     */
    private void plans(GeometryFactory gf, List<Polygon> cells, Random random) {
        int[] codes = {1120, 5100, 1110};
        for (int i = 0; i < cells.size(); i++) {
            Polygon g = cells.get(i);
            int code = codes[i % codes.length];
            adopted.add(landUse("A" + i, code, 1, g));
            if (i % 25 == 0) {
                continue;
            }
            Geometry d = i % 25 == 1 ? g.buffer(40) : g.copy();
            draft.add(landUse("D" + i, i % 50 == 2 ? 1120 : code, i % 25 == 1 ? 2 : 1, (Polygon) d));
        }
    }

    private static PlanFeature landUse(String id, int code, int status, Polygon g) {
        return new PlanFeature(
                id,
                "KpArealformålOmråde",
                PlanObjectType.AREALFORMAL_OMRADE,
                code,
                LandUseStatus.ofCode(status),
                null,
                null,
                Map.of(),
                g);
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

    /** The report's change table over the whole plan (1 500 objects), per call. */
    @Benchmark
    public List<AreaChange> planDiffByPurpose() {
        return new PlanDiff(100, MEASURE).byPurpose(draft, adopted);
    }

    /** A rule's plan diff: its selection's draft changes (the rules never read the removed ones), per call. */
    @Benchmark
    public List<AreaChange> planDiffDraftChanges() {
        return new PlanDiff(100, MEASURE).draftChanges(draft, adopted);
    }

    /** One plan object and one land-cover feature through a rule's selection filters, per call. */
    @Benchmark
    public void featureFilter(Blackhole bh) {
        int i = nextFeature;
        nextFeature = (i + 1) % draft.size();
        bh.consume(planFilter.accepts(draft.get(i)));
        bh.consume(coverFilter.accepts(landCover.get(i % landCover.size())));
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
