package no.planvakt.bench.county;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.planvakt.overlay.OverlayArea;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.PlanCheck;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The area-only overlay on the generated county's real pairs: every draft plan object against
 * every land-cover polygon its envelope touches (the account's pairs). Prints the thread CPU time
 * per pair (second of two passes, the first warms the JIT) and how far the areas are from
 * OverlayNG's on an even sample.
 * <p>
 * Usage: {@code OverlayPairs target/county/scale-0.1 [sample size]} (the scale directory of
 * {@code scripts/bench-county}).
 */
public final class OverlayPairs {
    private OverlayPairs() {}

    public static void main(String[] args) throws Exception {
        GeneratedInputLimits.lift();
        Path dir = Path.of(args[0]);
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        CheckInput in = PlanCheck.read(
                dir.resolve("kpa-forslag.geojson"),
                dir.resolve("kpa-gjeldende.geojson"),
                dir.resolve("reference-layers.yaml"),
                CountyGenerator.SRID);
        STRtree cover = new STRtree();
        for (ReferenceFeature f : in.layers().get("arealdekke").features()) {
            cover.insert(f.geometry().getEnvelopeInternal(), f.geometry());
        }
        List<Geometry[]> pairs = new ArrayList<>();
        for (PlanFeature f : in.draft().features()) {
            for (Object o : cover.query(f.geometry().getEnvelopeInternal())) {
                pairs.add(new Geometry[] {f.geometry(), (Geometry) o});
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double sum = 0;
        long cpu = 0;
        for (int pass = 0; pass < 2; pass++) {
            long t0 = threads.getCurrentThreadCpuTime();
            sum = 0;
            for (Geometry[] p : pairs) {
                sum += OverlayArea.intersectionArea(p[0], p[1]);
            }
            cpu = threads.getCurrentThreadCpuTime() - t0;
        }
        int step = Math.max(1, pairs.size() / sample);
        int compared = 0;
        double worst = 0;
        for (int i = 0; i < pairs.size(); i += step) {
            Geometry[] p = pairs.get(i);
            double a = OverlayArea.intersectionArea(p[0], p[1]);
            double e =
                    OverlayNGRobust.overlay(p[0], p[1], OverlayNG.INTERSECTION).getArea();
            worst = Math.max(worst, Math.abs(a - e) / Math.max(1, p[0].getArea()));
            compared++;
        }
        System.out.printf(
                Locale.ROOT,
                "%d pairs, %.2f CPU µs per pair, area sum %.1f m²; %d compared with OverlayNG, largest difference %.1e of the plan object's area%n",
                pairs.size(),
                cpu / 1e3 / pairs.size(),
                sum,
                compared,
                worst);
    }
}
