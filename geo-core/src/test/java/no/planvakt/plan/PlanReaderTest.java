package no.planvakt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvakt.InputException;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan files as they come: attribute spellings, CRS spellings, repairs, GeoPackage and the errors. */
class PlanReaderTest {
    @TempDir
    Path dir;

    private final PlanReader reader = new PlanReader(25833);

    @Test
    void allThreeAttributeSpellingsAreUnderstood() throws Exception {
        Path f = write(
                "spellings.geojson",
                collection(
                        "EPSG:25832",
                        feature("{\"KPAREALFORMÅL\":1120,\"AREALST\":2,\"OMRÅDENAVN\":\"Sosi\"}", 0),
                        feature("{\"KPAREALFORMAL\":1110,\"AREALST\":1,\"KOMM\":\"3330\"}", 1000),
                        feature("{\"arealformål\":5220,\"arealbruksstatus\":3,\"områdenavn\":\"Gml\"}", 2000),
                        feature("{\"KPANGITTHENSYN\":570,\"HENSYNSONENAVN\":\"H570_1\"}", 3000)));
        Plan plan = reader.read(f, PlanVersionKind.DRAFT);
        assertThat(plan.features())
                .extracting(p -> p.type() + " " + p.code() + " " + p.status() + " " + p.name())
                .containsExactly(
                        "AREALFORMAL_OMRADE 1120 FRAMTIDIG Sosi",
                        "AREALFORMAL_OMRADE 1110 NAAVAERENDE null",
                        "AREALFORMAL_OMRADE 5220 VIDEREUTVIKLING Gml",
                        "ANGITT_HENSYN_SONE 570 null H570_1");
        assertThat(plan.municipality()).isEqualTo("3330");
        assertThat(plan.sourceSrid()).isEqualTo(25832);
        assertThat(plan.srid()).isEqualTo(25833);
    }

    @Test
    void crsSpellingsFromTheWild() {
        for (String name :
                new String[] {"EPSG:25832", "urn:ogc:def:crs:EPSG::25832", "http://www.opengis.net/def/crs/EPSG/0/25832"
                }) {
            assertThat(no.planvakt.format.CrsNames.epsgCode(name)).as(name).isEqualTo(25832);
        }
        assertThat(no.planvakt.format.CrsNames.epsgCode("urn:ogc:def:crs:OGC:1.3:CRS84"))
                .isEqualTo(4326);
        assertThat(no.planvakt.format.CrsNames.epsgCode("NGO1948 akse 2")).isEqualTo(-1);
    }

    @Test
    void rfc7946WgsPlansAreAcceptedWithoutCrsMember() throws Exception {
        String square =
                "{\"type\":\"Polygon\",\"coordinates\":[[[8.2,60.5],[8.21,60.5],[8.21,60.505],[8.2,60.505],[8.2,60.5]]]}";
        Path f = write(
                "wgs.geojson",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                        + "{\"KPAREALFORMÅL\":1120,\"AREALST\":2},\"geometry\":" + square + "}]}");
        Plan plan = reader.read(f, PlanVersionKind.DRAFT);
        assertThat(plan.sourceSrid()).isEqualTo(4326);
        // About 0.01° x 0.005° at 60.5° N: 547 m x 557 m.
        assertThat(plan.features().get(0).geometry().getArea()).isBetween(290_000.0, 320_000.0);
    }

    @Test
    void aSelfIntersectingPolygonIsRepairedWithAWarning() throws Exception {
        String bowtie =
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,6700000],[100,6700100],[100,6700000],[0,6700100],[0,6700000]]]}";
        Path f = write(
                "bowtie.geojson",
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25833\"}},"
                        + "\"features\":[{\"type\":\"Feature\",\"id\":\"B1\",\"properties\":{\"KPAREALFORMÅL\":1120,\"AREALST\":2},\"geometry\":"
                        + bowtie + "}]}");
        Plan plan = reader.read(f, PlanVersionKind.DRAFT);
        assertThat(plan.features().get(0).geometry().isValid()).isTrue();
        assertThat(plan.features().get(0).geometry().getArea()).isCloseTo(5_000.0, within(1e-6));
        assertThat(plan.warnings())
                .anySatisfy(
                        w -> assertThat(w).contains("bowtie.geojson", "feature #1", "Self-intersection", "repaired"));
    }

    @Test
    void aRepairedLongitudeLatitudePolygonsAreasAreInSquareMetres() throws Exception {
        // A bowtie over the 0.01° x 0.005° rectangle at 60.5° N: repaired, it is two triangles, half the rectangle.
        String bowtie =
                "{\"type\":\"Polygon\",\"coordinates\":[[[8.2,60.5],[8.21,60.505],[8.21,60.5],[8.2,60.505],[8.2,60.5]]]}";
        String square =
                "{\"type\":\"Polygon\",\"coordinates\":[[[8.2,60.5],[8.21,60.5],[8.21,60.505],[8.2,60.505],[8.2,60.5]]]}";
        Path f = write(
                "wgs-bowtie.geojson",
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + "{\"type\":\"Feature\",\"properties\":{\"KPAREALFORMÅL\":1120,\"AREALST\":2},\"geometry\":"
                        + bowtie + "},"
                        + "{\"type\":\"Feature\",\"properties\":{\"KPAREALFORMÅL\":1120,\"AREALST\":2},\"geometry\":"
                        + square + "}]}");
        Plan plan = reader.read(f, PlanVersionKind.DRAFT);
        double rectangle = AreaMeasure.of(plan.srid(), plan.sourceSrid())
                .area(plan.features().get(1).geometry());
        String warning = plan.warnings().stream()
                .filter(w -> w.contains("repaired"))
                .findFirst()
                .orElseThrow();
        assertThat(warning)
                .startsWith("wgs-bowtie.geojson: feature #1 (line 1): invalid polygon (Self-intersection at 8.2050000"
                        + " 60.5025000) repaired; area ")
                .endsWith(" m² (EPSG:25833)");
        double repaired = Double.parseDouble(warning.replaceAll(".* → ([0-9.]+) m².*", "$1"));
        assertThat(repaired).isCloseTo(rectangle / 2, within(rectangle * 1e-3));
    }

    @Test
    void aLineWhereAnAreaBelongsIsRefused() throws Exception {
        Path f = write(
                "line.geojson",
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25833\"}},"
                        + "\"features\":[{\"type\":\"Feature\",\"properties\":{\"KPAREALFORMÅL\":1120,\"AREALST\":2},"
                        + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[200000,6700000],[200001,6700001]]}}]}");
        assertThatThrownBy(() -> reader.read(f, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line.geojson")
                .hasMessageContaining("feature #1")
                .hasMessageContaining("LineString");
    }

    @Test
    void anUnknownStatusIsRefused() throws Exception {
        Path f =
                write("status.geojson", collection("EPSG:25833", feature("{\"KPAREALFORMÅL\":1120,\"AREALST\":7}", 0)));
        assertThatThrownBy(() -> reader.read(f, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("status.geojson")
                .hasMessageContaining("unknown arealbruksstatus 7");
    }

    @Test
    void aGeoPackageWithOneLayerPerObjectTypeIsRead() throws Exception {
        Path demo = DemoData.extractTo(dir.resolve("demo"));
        Path gpkg = dir.resolve("plan.gpkg");
        ogr2ogr(
                "-f",
                "GPKG",
                gpkg.toString(),
                demo.resolve(DemoData.DRAFT).toString(),
                "-nln",
                "KpArealformålOmråde",
                "-where",
                "OBJTYPE = 'KpArealformålOmråde'");
        ogr2ogr(
                "-f",
                "GPKG",
                "-update",
                gpkg.toString(),
                demo.resolve(DemoData.DRAFT).toString(),
                "-nln",
                "KpAngittHensynSone",
                "-where",
                "OBJTYPE = 'KpAngittHensynSone'");
        Plan fromGpkg = reader.read(gpkg, PlanVersionKind.DRAFT);
        Plan fromJson = reader.read(demo.resolve(DemoData.DRAFT), PlanVersionKind.DRAFT);
        // One layer per object type: land-use areas first, then zones; compare object by object.
        java.util.Map<String, PlanFeature> json = new java.util.HashMap<>();
        fromJson.features().forEach(f -> json.put(f.id(), f));
        assertThat(fromGpkg.features()).extracting(PlanFeature::id).containsExactlyInAnyOrderElementsOf(json.keySet());
        for (PlanFeature f : fromGpkg.features()) {
            PlanFeature j = json.get(f.id());
            assertThat(f.code()).isEqualTo(j.code());
            assertThat(f.status()).isEqualTo(j.status());
            assertThat(f.geometry().getArea()).isCloseTo(j.geometry().getArea(), within(1e-3));
        }
    }

    private static void ogr2ogr(String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "ogr2ogr";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static String collection(String crs, String... features) {
        return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs
                + "\"}},\"features\":[" + String.join(",", features) + "]}";
    }

    private static String feature(String properties, double dx) {
        double x = 447000 + dx;
        return "{\"type\":\"Feature\",\"properties\":" + properties
                + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + ",6712000],[" + (x + 500)
                + ",6712000],[" + (x + 500) + ",6712400],[" + x + ",6712400],[" + x + ",6712000]]]}}";
    }
}
