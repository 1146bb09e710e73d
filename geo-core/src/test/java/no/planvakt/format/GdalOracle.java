package no.planvakt.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import no.planvakt.plan.AttributeNames;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * GDAL (Debian gdal-bin) as an independent reader: ogr2ogr copies a file into a GeoPackage, which
 * Planvakt's GeoPackage reader then opens, so both sides are summarised by the same code. GDAL's
 * SOSI driver writes index folders next to its input, so it is only ever run on copies in a temp dir.
 * A missing ogr2ogr fails the test: the oracle is the point of these tests.
 */
public final class GdalOracle {
    private GdalOracle() {}

    public static void requireInstalled() {
        try {
            Process p = new ProcessBuilder("ogr2ogr", "--version")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("ogr2ogr --version failed: " + out);
            }
        } catch (IOException e) {
            fail(
                    "GDAL's ogr2ogr is not installed; the format tests compare against it. Run scripts/ensure-packages.sh gdal-bin",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** Every layer GDAL reads from {@code input}, via a GeoPackage in {@code work}. */
    public static List<SourceFile> read(Path input, Path work, String... options)
            throws IOException, InterruptedException {
        Path gpkg = work.resolve(input.getFileName() + ".gpkg");
        List<String> cmd = new ArrayList<>(List.of(
                "ogr2ogr",
                "-fieldTypeToString",
                "Date,Time,DateTime",
                "-f",
                "GPKG",
                gpkg.toString(),
                input.toString()));
        cmd.addAll(List.of(options));
        Process p = new ProcessBuilder(cmd)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ogr2ogr finished").isTrue();
        assertThat(p.exitValue())
                .as("ogr2ogr on " + input.getFileName() + ": " + out)
                .isZero();
        return new GeoPackageFeatureReader().read(gpkg.toFile(), t -> true);
    }

    /**
     * Every layer GDAL's GML driver reads, one ogr2ogr run per layer: curves are linearised by GDAL
     * (OGR_ARC_STEPSIZE 0.1°, finer than Planvakt's 5 cm tolerance on plan-sized radii) and TINs are
     * converted to MultiPolygons, because JTS's WKB reader knows neither curve types nor TIN.
     */
    public static List<SourceFile> readGml(Path input, Path work) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-q", input.toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<SourceFile> files = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\d+: (\\S+) \\((.*)\\)\\s*$")
                .matcher(out);
        int n = 0;
        while (m.find()) {
            String layer = m.group(1);
            if (m.group(2).equals("None")) {
                // GeoPackage keeps a layer without geometry as a plain table; count its features with ogrinfo instead.
                files.add(new SourceFile(layer, 4326, countOnly(input, work, layer), List.of()));
                continue;
            }
            String nlt = m.group(2).contains("TIN") ? "MULTIPOLYGON" : "CONVERT_TO_LINEAR";
            Path gpkg = work.resolve("layer" + (n++) + ".gpkg");
            List<String> cmd = List.of(
                    "ogr2ogr",
                    "--config",
                    "OGR_ARC_STEPSIZE",
                    "0.1",
                    "-fieldTypeToString",
                    "Date,Time,DateTime",
                    "-f",
                    "GPKG",
                    gpkg.toString(),
                    input.toString(),
                    layer,
                    "-nlt",
                    nlt,
                    "-dim",
                    "XY");
            Process q = new ProcessBuilder(cmd)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .start();
            String qo = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(q.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(q.exitValue()).as("ogr2ogr " + layer + ": " + qo).isZero();
            files.addAll(new GeoPackageFeatureReader().read(gpkg.toFile(), t -> true));
        }
        assertThat(n)
                .as("layers GDAL lists for " + input.getFileName() + ":\n" + out)
                .isPositive();
        return files;
    }

    private static List<SourceFeature> countOnly(Path input, Path work, String layer)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", input.toString(), layer)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        java.util.regex.Matcher c =
                java.util.regex.Pattern.compile("Feature Count: (\\d+)").matcher(out);
        assertThat(c.find()).as("feature count of " + layer + " in " + out).isTrue();
        List<SourceFeature> list = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(c.group(1)); i++) {
            list.add(new SourceFeature(layer, String.valueOf(i), layer, Map.of(), null));
        }
        return list;
    }

    /** Feature count and polygon area per object type, and area per arealformål code. */
    public record Stats(Map<String, Long> count, Map<String, Double> area, Map<String, Double> areaByCode) {
        public static Stats of(List<SourceFeature> features, Function<SourceFeature, String> type) {
            Map<String, Long> count = new TreeMap<>();
            Map<String, Double> area = new TreeMap<>();
            Map<String, Double> byCode = new TreeMap<>();
            for (SourceFeature f : features) {
                String t = String.valueOf(type.apply(f));
                count.merge(t, 1L, Long::sum);
                Geometry g = f.geometry();
                if (g instanceof Polygonal) {
                    area.merge(t, g.getArea(), Double::sum);
                    String code = arealformal(f);
                    if (code != null) {
                        byCode.merge(t + " " + code, g.getArea(), Double::sum);
                    }
                }
            }
            return new Stats(count, area, byCode);
        }

        private static String arealformal(SourceFeature f) {
            for (Map.Entry<String, Object> e : f.attributes().entrySet()) {
                if (e.getValue() != null && AttributeNames.fold(e.getKey()).endsWith("arealformal")) {
                    return String.valueOf(e.getValue());
                }
            }
            return null;
        }

        /** Asserts equal counts and areas within {@code relative} (0.0001 = 0.01 %). */
        public void assertMatches(Stats gdal, double relative, String what) {
            assertThat(count)
                    .as(what + ": feature count per object type (Planvakt vs GDAL)")
                    .isEqualTo(gdal.count);
            assertClose(area, gdal.area, relative, what + ": area per object type");
            assertClose(areaByCode, gdal.areaByCode, relative, what + ": area per object type and arealformål");
        }

        private static void assertClose(
                Map<String, Double> ours, Map<String, Double> theirs, double relative, String what) {
            assertThat(ours.keySet()).as(what + " keys").isEqualTo(theirs.keySet());
            for (Map.Entry<String, Double> e : ours.entrySet()) {
                double g = theirs.get(e.getKey());
                assertThat(Math.abs(e.getValue() - g))
                        .as(what + " " + e.getKey() + ": Planvakt " + e.getValue() + " m², GDAL " + g + " m²")
                        .isLessThanOrEqualTo(relative * Math.abs(g) + 1e-9);
            }
        }
    }

    /** Copies a classpath resource into {@code dir}. */
    public static Path resource(String name, Path dir) throws IOException {
        Path target = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (var in = GdalOracle.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }
}
