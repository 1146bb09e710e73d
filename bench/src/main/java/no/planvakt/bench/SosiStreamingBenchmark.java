package no.planvakt.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.planvakt.format.sosi.SosiFeatureReader;

/**
 * Generates a large synthetic SOSI file, streams it through {@link SosiFeatureReader} (features are
 * counted and measured, not kept) and reports features/s, MB/s and peak heap; then runs GDAL's
 * {@code ogrinfo -al -so} on the same file as a baseline. Usage: [size in MB, default 300] [work dir].
 */
public final class SosiStreamingBenchmark {
    private SosiStreamingBenchmark() {}

    public static void main(String[] args) throws Exception {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 300;
        Path dir = args.length > 1
                ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("planvakt-bench");
        Path file = dir.resolve("synthetic.sos");
        int n = SyntheticSosi.gridFor(megabytes * 1_000_000);
        long t0 = System.nanoTime();
        SyntheticSosi.write(file, n);
        double mb = Files.size(file) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "generated %s: %.1f MB, %d × %d cells, %d curves + %d surfaces in %.1f s%n",
                file,
                mb,
                n,
                n,
                2L * n * (n + 1),
                (long) n * n,
                (System.nanoTime() - t0) / 1e9);

        System.gc();
        resetPeaks();
        long[] count = new long[1];
        double[] area = new double[1];
        long start = System.nanoTime();
        SosiFeatureReader.Summary summary = new SosiFeatureReader(Long.MAX_VALUE).stream(file, f -> {
            count[0]++;
            if (f.geometry() != null && f.geometry().getDimension() == 2) {
                area[0] += f.geometry().getArea();
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        double expectedArea = (double) n * n * 10_000;
        System.out.printf(
                Locale.ROOT,
                "Planvakt SosiFeatureReader: %d features in %.2f s = %.0f features/s, %.1f MB/s, peak heap %.0f MB"
                        + " with -Xmx%.0fm (file %.0f MB); area %.1f m² (expected %.1f), %d warnings%n",
                summary.features(),
                seconds,
                summary.features() / seconds,
                mb / seconds,
                peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                mb,
                area[0],
                expectedArea,
                summary.warnings().size());
        if (Math.abs(area[0] - expectedArea) > 1e-6 * expectedArea || count[0] != 2L * n * (n + 1) + (long) n * n) {
            throw new IllegalStateException("the reader's result is wrong: " + count[0] + " features, area " + area[0]);
        }

        Path gdalDir = Files.createDirectories(dir.resolve("gdal"));
        Path copy = gdalDir.resolve("synthetic.sos");
        Files.move(file, copy);
        long g0 = System.nanoTime();
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", copy.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(2, TimeUnit.HOURS);
        double gdalSeconds = (System.nanoTime() - g0) / 1e9;
        String counts = out.lines()
                .filter(l -> l.startsWith("Layer name") || l.startsWith("Feature Count"))
                .reduce((a, b) -> a + "; " + b)
                .orElse(out);
        System.out.printf(
                Locale.ROOT,
                "GDAL ogrinfo -al -so: %.2f s (%s, exit %s): %s%n",
                gdalSeconds,
                done ? "finished" : "timed out",
                done ? p.exitValue() : "-",
                counts);
        System.out.printf(Locale.ROOT, "ratio: GDAL time / Planvakt time = %.2f%n", gdalSeconds / seconds);
        deleteTree(dir);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * Sum of the heap pools' peaks since the reset. It includes garbage the collector had no reason to
     * collect yet, so it grows with -Xmx; run with a small -Xmx (BENCH_XMX=256m) to see what the read needs.
     */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
