package no.planvakt.layers.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.planvakt.layers.TestEnvironment;

/**
 * GetMap load against the local MapServer (scripts/bench-wms runs it): land use + findings over
 * the whole generated municipality, 256×256 and 1024×768, from 8 concurrent clients, with 1 client
 * and plain CGI (one mapserv process per request) as baselines. Two kinds of request: the whole
 * municipality in one image (the worst case: every feature in every request), and the 256×256
 * tiles a tiled client (QGIS, OpenLayers) asks for when it shows the whole municipality at a
 * given zoom. Prints requests/s and p50/p95.
 * Usage: WmsBenchmark [requests per client, default 40]
 */
public final class WmsBenchmark {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WmsBenchmark() {}

    record Result(String name, int clients, int requests, double seconds, List<Double> latenciesMs) {
        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "| %-34s | %7d | %8d | %9.1f | %8.1f | %8.1f |",
                    name,
                    clients,
                    requests,
                    requests / seconds,
                    percentile(0.50),
                    percentile(0.95));
        }
    }

    public static void main(String[] args) throws Exception {
        int perClient = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        BenchmarkData.ensure();
        String fcgi = TestEnvironment.wmsUrl();
        URI u = URI.create(fcgi);
        String cgi = u.getScheme() + "://" + u.getAuthority() + "/cgi-bin/mapserv?";
        List<Result> results = new ArrayList<>();
        // Other work on the machine shares the two cores; the load average says how much.
        String loadBefore = loadAverage();
        // Warm-up: FastCGI processes open their database connections and load the mapfile once.
        run("warm-up", fcgi, 256, 256, 4, 10);
        results.add(run("FastCGI 256×256", fcgi, 256, 256, 1, perClient));
        results.add(run("FastCGI 256×256", fcgi, 256, 256, 8, perClient));
        results.add(run("FastCGI 1024×768", fcgi, 1024, 768, 1, perClient / 2));
        results.add(run("FastCGI 1024×768", fcgi, 1024, 768, 8, perClient / 2));
        results.add(run("CGI 256×256 (baseline)", cgi, 256, 256, 8, perClient / 2));
        // Tiles: the grid a tiled viewer requests to cover the municipality, at three zoom levels.
        for (double side : new double[] {7_680, 3_840, 1_920}) {
            List<double[]> grid = tiles(side);
            String label = String.format(Locale.ROOT, "FastCGI 256×256 tiles, %.0f m (%d tiles)", side, grid.size());
            results.add(runTiles(label + ", 1 client", fcgi, grid, 1, perClient));
            results.add(runTiles(label, fcgi, grid, 8, perClient));
        }
        System.out.println("| GetMap plan_landuse,findings | clients | requests | requests/s | p50 ms | p95 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        results.forEach(r -> System.out.println(r.line()));
        System.out.println("load average before: " + loadBefore + " after: " + loadAverage() + " ("
                + Runtime.getRuntime().availableProcessors() + " cores)");
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static Result run(String name, String base, int width, int height, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            futures.add(pool.submit(() -> client(base, width, height, perClient, seed)));
        }
        List<Double> latencies = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            latencies.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(name, clients, latencies.size(), seconds, latencies);
    }

    /** The 256×256 tiles of side {@code side} metres (a power-of-two grid) that cover the municipality. */
    static List<double[]> tiles(double side) {
        double[] e = BenchmarkData.EXTENT;
        List<double[]> out = new ArrayList<>();
        for (double x = Math.floor(e[0] / side) * side; x < e[2]; x += side) {
            for (double y = Math.floor(e[1] / side) * side; y < e[3]; y += side) {
                out.add(new double[] {x, y, x + side, y + side});
            }
        }
        return out;
    }

    /** Each client requests {@code perClient} tiles drawn at random from the grid (a viewer panning and zooming). */
    static Result runTiles(String name, String base, List<double[]> grid, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000 + c);
            futures.add(pool.submit(() -> {
                List<Double> out = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    out.add(getMap(base, grid.get(random.nextInt(grid.size())), 256, 256));
                }
                return out;
            }));
        }
        List<Double> latencies = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            latencies.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(name, clients, latencies.size(), seconds, latencies);
    }

    private static double getMap(String base, double[] bbox, int width, int height) throws Exception {
        String url = base
                + String.format(
                        Locale.ROOT,
                        "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=plan_landuse,findings"
                                + "&STYLES=,&CRS=EPSG:25833&BBOX=%.1f,%.1f,%.1f,%.1f&WIDTH=%d&HEIGHT=%d&FORMAT=image/png&TRANSPARENT=TRUE",
                        bbox[0],
                        bbox[1],
                        bbox[2],
                        bbox[3],
                        width,
                        height);
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200
                || !r.headers().firstValue("Content-Type").orElse("").startsWith("image/png")) {
            throw new IllegalStateException("GetMap failed: " + r.statusCode() + " " + new String(r.body()));
        }
        return ms;
    }

    private static List<Double> client(String base, int width, int height, int n, int seed) throws Exception {
        Random random = new Random(seed);
        double[] e = BenchmarkData.EXTENT;
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // The whole municipality, shifted by up to 1 % so no two requests are identical.
            double dx = (random.nextDouble() - 0.5) * 300;
            double dy = (random.nextDouble() - 0.5) * 300;
            double h = (e[2] - e[0]) * height / width;
            double cy = (e[1] + e[3]) / 2 + dy;
            out.add(getMap(base, new double[] {e[0] + dx, cy - h / 2, e[2] + dx, cy + h / 2}, width, height));
        }
        return out;
    }
}
