package no.planvakt.bench.county;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RulePackLoader;

/**
 * The county benchmark: for each scale, generate (or reuse) the county, read it from files (the
 * file floor), run Planvakt's full Buskerud check embedded, load it into PostGIS and read it back
 * as binary WKB (the database floor), run the same checks as plain SQL (one connection, and two
 * at once), check that Planvakt and SQL agree, then print and write the figures.
 * <p>
 * Usage: {@code CountyBenchmark --scales 0.1,0.3,1 --work target/county --db jdbc:postgresql://… --out bench.json}
 * ({@code --db} optional: without it only the embedded figures are measured; {@code --only full}
 * measures reading and the full check alone, for a scale too large for the rest in the time there is;
 * {@code --only sql} everything but the service path).
 */
public final class CountyBenchmark {
    private static final int SRID = CountyGenerator.SRID;
    private static final long SEED = 13;

    private CountyBenchmark() {}

    public static void main(String[] args) throws Exception {
        GeneratedInputLimits.lift();
        Map<String, String> o = options(args);
        List<Double> scales = new ArrayList<>();
        for (String s : o.getOrDefault("scales", "0.1").split(",")) {
            scales.add(Double.parseDouble(s.trim()));
        }
        Path work = Path.of(o.getOrDefault("work", "target/county"));
        String db = o.get("db");
        Path out =
                Path.of(o.getOrDefault("out", work.resolve("bench-county.json").toString()));
        List<Map<String, Object>> results = new ArrayList<>();
        boolean agreed = true;
        for (double scale : scales) {
            ScaleResult r = runScale(
                    scale,
                    work.resolve("scale-" + scale),
                    "full".equals(o.get("only")) ? null : db,
                    "full".equals(o.get("only")),
                    !"sql".equals(o.get("only")));
            results.add(r.json());
            agreed &= r.agreed();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, max heap "
                        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, Java "
                        + System.getProperty("java.version"));
        json.put("scales", results);
        if (results.size() >= 2) {
            json.put("growthExponent", growth(results));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
        System.out.println("\nFigures written to " + out);
        if (!agreed) {
            System.out.println("DISAGREEMENT between Planvakt and the SQL baseline (see above)");
            System.exit(1);
        }
    }

    private record ScaleResult(Map<String, Object> json, boolean agreed) {}

    private static ScaleResult runScale(double scale, Path dir, String db, boolean fullOnly, boolean withService)
            throws Exception {
        if (!Files.exists(dir.resolve("reference-layers.yaml"))) {
            System.out.printf(Locale.ROOT, "Generating the county at scale %s into %s ...%n", scale, dir);
            Meter.Measured<CountyGenerator.Summary> g =
                    Meter.measure(() -> new CountyGenerator(scale, SEED).writeTo(dir));
            System.out.printf(
                    Locale.ROOT,
                    "  generated in %.1f s: %s%n",
                    g.reading().wallS(),
                    g.value().counts());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scale", scale);
        Map<String, Object> phases = new LinkedHashMap<>();
        json.put("phases", phases);

        Meter.Measured<CheckInput> read = Meter.measure(() -> PlanCheck.read(
                dir.resolve("kpa-forslag.geojson"),
                dir.resolve("kpa-gjeldende.geojson"),
                dir.resolve("reference-layers.yaml"),
                SRID));
        CheckInput input = read.value();
        Map<String, Object> sizes = sizes(input);
        json.put("data", sizes);
        System.out.printf(Locale.ROOT, "%nScale %s: %s%n", scale, sizes);
        phases.put("read files (floor)", reading(read.reading()));

        LoadedPack pack = countyPack();
        Meter.Measured<CheckResult> full = Meter.measure(() -> new CheckEngine(pack).run(input));
        phases.put("Planvakt check, all rules (embedded, data in memory)", reading(full.reading()));
        phases.put("Planvakt read + check (embedded from files)", reading(sum(read.reading(), full.reading())));
        json.put("findings", full.value().findings().size());
        if (fullOnly) {
            // --only full: reading and the full check alone (a large scale in the time there is).
            json.put("rules", Map.of());
            print(json);
            return new ScaleResult(json, true);
        }

        Map<String, Object> perRule = new LinkedHashMap<>();
        json.put("rules", perRule);
        Map<String, Meter.Reading> planvaktPerRule = new LinkedHashMap<>();
        Map<String, CheckResult> resultPerRule = new LinkedHashMap<>();
        for (CompiledRule rule : pack.rules()) {
            String id = rule.definition().id();
            Meter.Measured<CheckResult> one = Meter.measure(() -> new CheckEngine(pack.select(List.of(id))).run(input));
            planvaktPerRule.put(id, one.reading());
            resultPerRule.put(id, one.value());
        }
        // The full check once more, now that the JIT has compiled the engine: what the long-running
        // service spends on a county (the first run above is what one `./planvakt check` spends).
        Meter.Measured<CheckResult> warm = Meter.measure(() -> new CheckEngine(pack).run(input));
        phases.put("Planvakt check again, warm (same JVM)", reading(warm.reading()));
        if (warm.value().findings().size() != full.value().findings().size()) {
            throw new IllegalStateException(
                    "the warm check found " + warm.value().findings().size() + " findings, the first "
                            + full.value().findings().size());
        }

        boolean agreed = true;
        if (db != null) {
            try (PostGisBaseline sql = new PostGisBaseline(db)) {
                Meter.Measured<Object> load = Meter.measure(() -> {
                    try {
                        sql.load(input.draft(), input.adopted(), input.layers().values());
                        return null;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                phases.put("load into PostGIS (COPY, GiST)", reading(load.reading()));
                Meter.Measured<Long> floor = Meter.measure(() -> {
                    try {
                        return sql.readAll();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                phases.put("read PostGIS binary WKB (floor)", reading(floor.reading()));
                if (withService) {
                    servicePath(db, input, pack, full.value(), phases, json);
                }
                // --only sql leaves the service path out (its run keeps every finding in memory):
                // the embedded check against the SQL baseline at a large scale in the time there is.
                double serialTotal = 0;
                double parallelTotal = 0;
                double planvaktSame = 0;
                for (CompiledRule rule : pack.rules()) {
                    String id = rule.definition().id();
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("kind", rule.definition().kind());
                    r.put("planvakt", reading(planvaktPerRule.get(id)));
                    if (PostGisBaseline.sql(rule, 0, 1) != null) {
                        Meter.Measured<PostGisBaseline.Run> serial = Meter.measure(() -> call(() -> sql.run(rule, 1)));
                        Meter.Measured<PostGisBaseline.Run> parallel =
                                Meter.measure(() -> call(() -> sql.run(rule, 2)));
                        BufferAllowance buffers = BufferAllowance.of(rule, input, sql);
                        Agreement a = Agreement.compare(
                                id,
                                resultPerRule.get(id).findings(),
                                serial.value().rows(),
                                rule,
                                buffers);
                        Agreement a2 = Agreement.compare(
                                id,
                                resultPerRule.get(id).findings(),
                                parallel.value().rows(),
                                rule,
                                buffers);
                        agreed &= a.ok() && a2.ok();
                        r.put(
                                "sql serial",
                                withCpu(serial.reading(), serial.value().backendCpuS()));
                        r.put(
                                "sql 2 connections",
                                withCpu(parallel.reading(), parallel.value().backendCpuS()));
                        r.put("agreement", a.json());
                        r.put("agreement summary", a.toString());
                        double pv = planvaktPerRule.get(id).wallS();
                        r.put("planvakt / sql serial", pv / serial.reading().wallS());
                        r.put(
                                "planvakt / sql 2 connections",
                                pv / parallel.reading().wallS());
                        serialTotal += serial.reading().wallS();
                        parallelTotal += parallel.reading().wallS();
                        planvaktSame += pv;
                    }
                    perRule.put(id, r);
                }
                Map<String, Object> totals = new LinkedHashMap<>();
                totals.put("rules with an SQL baseline: planvakt wall s", planvaktSame);
                totals.put("sql serial wall s", serialTotal);
                totals.put("sql 2 connections wall s", parallelTotal);
                totals.put("planvakt / sql 2 connections", planvaktSame / parallelTotal);
                // The full check runs the same rules in one engine run (one plan diff, rules side by
                // side on both cores): the figure a county sees, against the same SQL.
                totals.put(
                        "planvakt full check / sql 2 connections",
                        full.reading().wallS() / parallelTotal);
                totals.put(
                        "planvakt full check warm / sql 2 connections",
                        warm.reading().wallS() / parallelTotal);
                totals.put(
                        "planvakt full check / read floor (files)",
                        full.reading().wallS() / read.reading().wallS());
                totals.put(
                        "planvakt full check / read floor (PostGIS)",
                        full.reading().wallS() / floor.reading().wallS());
                json.put("totals", totals);
            }
        } else {
            planvaktPerRule.forEach((id, r) -> perRule.put(id, Map.of("planvakt", reading(r))));
        }
        print(json);
        return new ScaleResult(json, agreed);
    }

    /**
     * The service path (ServicePath): import into the service's schema, then a run through
     * RunService — load from PostGIS and check, then store the findings; the run must find what the
     * embedded check found (same count and the same finding keys).
     */
    private static void servicePath(
            String db,
            CheckInput input,
            LoadedPack pack,
            CheckResult embedded,
            Map<String, Object> phases,
            Map<String, Object> json)
            throws Exception {
        try (ServicePath service = new ServicePath(db, SRID)) {
            Meter.Measured<ServicePath.Imported> imported = Meter.measure(() -> service.importCounty(input));
            phases.put("service: import plans and layers (batched inserts)", reading(imported.reading()));
            Meter.Measured<ServicePath.Run> run = Meter.measure(() -> service.run(pack, imported.value()));
            phases.put("service: run = load from PostGIS + check + store findings", reading(run.reading()));
            ServicePath.Run r = run.value();
            phases.put("service: of which store findings, checked, tables", reading(r.store()));
            java.util.Set<String> a = new java.util.TreeSet<>();
            embedded.findings().forEach(f -> a.add(f.key()));
            java.util.Set<String> b = new java.util.TreeSet<>();
            r.result().findings().forEach(f -> b.add(f.key()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("findings stored", r.storedFindings());
            m.put(
                    "same findings as embedded",
                    a.equals(b) && r.storedFindings() == embedded.findings().size());
            json.put("service", m);
            System.out.printf(
                    Locale.ROOT,
                    "  service path: %d findings stored, same as embedded: %s%n",
                    r.storedFindings(),
                    m.get("same findings as embedded"));
            if (!a.equals(b)) {
                throw new IllegalStateException("the service path found other findings than the embedded check: "
                        + a.size() + " embedded, " + b.size() + " service");
            }
        }
    }

    /**
     * The Buskerud pack the county benchmark runs: every rule but the energy-station overview (E1,
     * kind siting) and the mobility rules (R6a–R6c, kinds classification, nearness and
     * inside_share), for which the generator makes no road network, stations, stops, centres,
     * built-up areas or grid layers yet. The area account AR1 is in.
     */
    static LoadedPack countyPack() {
        LoadedPack pack = RulePackLoader.buskerud();
        return pack.select(pack.rules().stream()
                .map(r -> r.definition())
                .filter(d -> !NOT_FED.contains(d.kind()))
                .map(d -> d.id())
                .toList());
    }

    /** {@link #countyPack()} without the area account too (the county report's measurements leave it out). */
    static LoadedPack packWithoutAccounts() {
        LoadedPack pack = countyPack();
        return pack.select(pack.rules().stream()
                .map(r -> r.definition())
                .filter(d -> !d.kind().equals("accounting"))
                .map(d -> d.id())
                .toList());
    }

    /** Rule kinds whose layers the county generator does not make (see countyPack). */
    private static final java.util.Set<String> NOT_FED =
            java.util.Set.of("siting", "classification", "nearness", "inside_share");

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T call(Call<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> sizes(CheckInput input) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("draft objects", input.draft().features().size());
        m.put("adopted objects", input.adopted().features().size());
        long vertices = input.draft().features().stream()
                        .mapToLong(f -> f.geometry().getNumPoints())
                        .sum()
                + input.adopted().features().stream()
                        .mapToLong(f -> f.geometry().getNumPoints())
                        .sum();
        for (ReferenceLayer l : input.layers().values()) {
            m.put(l.id(), l.features().size());
            vertices += l.features().stream()
                    .mapToLong(f -> f.geometry().getNumPoints())
                    .sum();
        }
        m.put("vertices", vertices);
        return m;
    }

    private static Meter.Reading sum(Meter.Reading a, Meter.Reading b) {
        return new Meter.Reading(
                a.wallS() + b.wallS(),
                a.cpuS() + b.cpuS(),
                Math.max(a.peakHeapMb(), b.peakHeapMb()),
                Math.max(a.afterGcMb(), b.afterGcMb()),
                Math.max(a.peakRssMb(), b.peakRssMb()));
    }

    private static Map<String, Object> reading(Meter.Reading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wall s", round(r.wallS()));
        m.put("cpu s", round(r.cpuS()));
        m.put("peak heap MB", Math.round(r.peakHeapMb()));
        // No collection during the phase: nothing measured (null, printed as a dash), not 0 MB.
        m.put("heap after GC MB", r.afterGcMb() > 0 ? Math.round(r.afterGcMb()) : null);
        m.put("peak RSS MB", Math.round(r.peakRssMb()));
        return m;
    }

    private static Map<String, Object> withCpu(Meter.Reading r, double backendCpu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wall s", round(r.wallS()));
        m.put("cpu s (PostgreSQL backends)", round(backendCpu));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Exponent b of time ≈ a · scale^b between the smallest and the largest scale, for the full check. */
    @SuppressWarnings("unchecked")
    private static double growth(List<Map<String, Object>> results) {
        Map<String, Object> first = results.get(0);
        Map<String, Object> last = results.get(results.size() - 1);
        double t0 = (double) ((Map<String, Object>)
                        ((Map<String, Object>) first.get("phases")).get("Planvakt read + check (embedded from files)"))
                .get("wall s");
        double t1 = (double) ((Map<String, Object>)
                        ((Map<String, Object>) last.get("phases")).get("Planvakt read + check (embedded from files)"))
                .get("wall s");
        return Math.log(t1 / t0) / Math.log((double) last.get("scale") / (double) first.get("scale"));
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> json) {
        System.out.printf(
                Locale.ROOT,
                "%-56s %9s %9s %9s %9s %9s%n",
                "phase",
                "wall s",
                "cpu s",
                "heap MB",
                "after GC",
                "RSS MB");
        ((Map<String, Object>) json.get("phases")).forEach((k, v) -> {
            Map<String, Object> r = (Map<String, Object>) v;
            System.out.printf(
                    Locale.ROOT,
                    "%-56s %9.2f %9.2f %9s %9s %9s%n",
                    k,
                    r.get("wall s"),
                    r.get("cpu s"),
                    r.get("peak heap MB"),
                    r.get("heap after GC MB") == null ? "–" : r.get("heap after GC MB"),
                    r.get("peak RSS MB"));
        });
        System.out.printf(
                Locale.ROOT,
                "%n%-6s %-13s %11s %11s %11s %9s %9s  %s%n",
                "rule",
                "kind",
                "planvakt s",
                "sql 1 s",
                "sql 2 s",
                "pv/sql1",
                "pv/sql2",
                "agreement");
        ((Map<String, Object>) json.get("rules")).forEach((id, v) -> {
            Map<String, Object> r = (Map<String, Object>) v;
            Map<String, Object> pv = (Map<String, Object>) r.get("planvakt");
            Map<String, Object> s1 = (Map<String, Object>) r.get("sql serial");
            Map<String, Object> s2 = (Map<String, Object>) r.get("sql 2 connections");
            System.out.printf(
                    Locale.ROOT,
                    "%-6s %-13s %11.2f %11s %11s %9s %9s  %s%n",
                    id,
                    r.getOrDefault("kind", ""),
                    pv.get("wall s"),
                    s1 == null ? "–" : String.format(Locale.ROOT, "%.2f", s1.get("wall s")),
                    s2 == null ? "–" : String.format(Locale.ROOT, "%.2f", s2.get("wall s")),
                    s1 == null ? "–" : String.format(Locale.ROOT, "%.2f", r.get("planvakt / sql serial")),
                    s2 == null ? "–" : String.format(Locale.ROOT, "%.2f", r.get("planvakt / sql 2 connections")),
                    r.containsKey("agreement") ? r.get("agreement summary") : "no SQL baseline for this kind");
        });
        if (json.containsKey("totals")) {
            System.out.println();
            ((Map<String, Object>) json.get("totals"))
                    .forEach((k, v) -> System.out.printf(Locale.ROOT, "%-56s %9.2f%n", k, v));
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, found " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
