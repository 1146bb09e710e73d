package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Each kind of bad plan file gets a 400 whose message names the file and the problem, and nothing is stored. */
class BadInputTest extends ApiTestBase {

    private static final String CRS32 = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25832\"}},";
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[447000,6712000],[447500,6712000],[447500,6712400],[447000,6712400],[447000,6712000]]]}";

    @BeforeAll
    static void files() throws Exception {
        write(
                "truncated.geojson",
                "{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\",\"properties\":{\"KPAREALFORMÅL\":1120,");
        write(
                "unknown-crs.geojson",
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:999999\"}},"
                        + "\"features\":[" + feature("{\"KPAREALFORMÅL\":1120,\"AREALST\":2}") + "]}");
        write(
                "no-crs.geojson",
                "{\"type\":\"FeatureCollection\",\"features\":[" + feature("{\"KPAREALFORMÅL\":1120,\"AREALST\":2}")
                        + "]}");
        write(
                "no-formal.geojson",
                "{\"type\":\"FeatureCollection\"," + CRS32 + "\"features\":["
                        + feature("{\"OBJTYPE\":\"KpArealformålOmråde\",\"AREALST\":2,\"lokalId\":\"X7\"}") + "]}");
        write(
                "unknown-code.geojson",
                "{\"type\":\"FeatureCollection\"," + CRS32 + "\"features\":["
                        + feature("{\"KPAREALFORMAL\":1234,\"AREALST\":2,\"lokalId\":\"X8\"}") + "]}");
        write("empty.geojson", "{\"type\":\"FeatureCollection\"," + CRS32 + "\"features\":[]}");
        write(
                "cut.sos",
                ".HODE\n..TEGNSETT ISO8859-1\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0 0\n...ENHET 1\n"
                        + ".KURVE 1:\n..OBJTYPE KpArealformålGrense\n..NØ\n6712000 447000\n6712000 447500\n");
        write(
                "xxe.gml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                        + "<gml:FeatureCollection xmlns:gml=\"http://www.opengis.net/gml/3.2\">&xxe;</gml:FeatureCollection>\n");
        // A GeoPackage that holds something else than a plan: the municipal boundary.
        run(
                "ogr2ogr",
                "-f",
                "GPKG",
                dir.resolve("kommune.gpkg").toString(),
                dir.resolve("hol-3330.geojson").toString(),
                "-nln",
                "kommuner");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("truncated.geojson", List.of("truncated.geojson", "malformed JSON at line 2")),
                Arguments.of("kommune.gpkg", List.of("kommune.gpkg", "no plan layer found", "kommuner")),
                Arguments.of(
                        "unknown-crs.geojson",
                        List.of("unknown-crs.geojson", "unknown coordinate reference system EPSG:999999")),
                Arguments.of("no-crs.geojson", List.of("no-crs.geojson", "no \"crs\" member", "not degrees")),
                Arguments.of("no-formal.geojson", List.of("no-formal.geojson", "feature #1", "without arealformål")),
                Arguments.of(
                        "unknown-code.geojson",
                        List.of("unknown-code.geojson", "feature #1", "unknown arealformål code 1234")),
                Arguments.of("empty.geojson", List.of("empty.geojson", "no land-use areas")),
                Arguments.of("cut.sos", List.of("cut.sos", "without .SLUTT", "truncated")),
                Arguments.of("xxe.gml", List.of("xxe.gml", "DOCTYPE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @SuppressWarnings("rawtypes")
    void refusedWithAClearMessageAndNothingStored(String file, List<String> expected) {
        long versions = count("plan.version");
        long features = count("plan.feature");
        ResponseEntity<Map> r = ApiTestSupport.uploadPlan(http, dir.resolve(file), "draft");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String message = (String) r.getBody().get("message");
        for (String e : expected) {
            assertThat(message).contains(e);
        }
        assertThat(count("plan.version")).isEqualTo(versions);
        assertThat(count("plan.feature")).isEqualTo(features);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aGeoPackagePlanIsAccepted() throws Exception {
        Path gpkg = dir.resolve("kpa-forslag.gpkg");
        run(
                "ogr2ogr",
                "-f",
                "GPKG",
                gpkg.toString(),
                dir.resolve(DemoData.DRAFT).toString(),
                "-nln",
                "KpArealformålOmråde");
        ResponseEntity<Map> r = ApiTestSupport.uploadPlan(http, gpkg, "draft");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int inGeoJson = new no.planvakt.plan.PlanReader(25833)
                .read(dir.resolve(DemoData.DRAFT), no.planvakt.plan.PlanVersionKind.DRAFT)
                .features()
                .size();
        assertThat(((Number) r.getBody().get("features")).intValue()).isEqualTo(inGeoJson);
        assertThat(r.getBody().get("sourceSrid")).isEqualTo(25832);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void sosiAndPlanGmlPlansAreAccepted() throws Exception {
        for (String resource : new String[] {"/sosi/kpa-testplan.sos", "/gml/kpa-testplan.gml"}) {
            Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            try (java.io.InputStream in = getClass().getResourceAsStream(resource)) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            ResponseEntity<Map> r = ApiTestSupport.uploadPlan(http, file, "draft");
            assertThat(r.getStatusCode()).as(resource + ": " + r.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(r.getBody().get("sourceSrid")).isEqualTo(25832);
        }
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aRunWithoutItsReferenceLayerIsRefusedAndNotStored() {
        jdbc.update("DELETE FROM ref.layer");
        ResponseEntity<Map> draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft");
        long runs = count("result.run");
        ResponseEntity<Map> r = http.postForEntity(
                "/api/runs?wait=true", Map.of("draftVersionId", draft.getBody().get("versionId")), Map.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) r.getBody().get("message")).contains("over_skoggrensen", "not loaded");
        assertThat(count("result.run")).isEqualTo(runs);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aRunOfSomeRulesNeedsOnlyTheirLayers() throws Exception {
        jdbc.update("DELETE FROM ref.layer");
        ResponseEntity<Map> draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft");
        no.planvakt.reference.LayerManifest forestLine = new no.planvakt.reference.LayerManifest(
                "over_skoggrensen",
                "Areal over skoggrensen (demo)",
                "over-skoggrensen.geojson",
                "demo",
                null,
                "CC BY 4.0",
                null,
                null,
                "id");
        assertThat(ApiTestSupport.uploadLayer(http, dir, forestLine).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Object version = draft.getBody().get("versionId");

        ResponseEntity<Map> r3 = http.postForEntity(
                "/api/runs?wait=true", Map.of("draftVersionId", version, "rules", List.of("R3")), Map.class);
        assertThat(r3.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String findings = http.getForObject("/api/runs/" + r3.getBody().get("runId") + "/findings", String.class);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(findings)
                        .findValuesAsText("ruleId"))
                .isNotEmpty()
                .containsOnly("R3");

        ResponseEntity<Map> unknown = http.postForEntity(
                "/api/runs?wait=true", Map.of("draftVersionId", version, "rules", List.of("R9")), Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unknown.getBody().get("message")).contains("no rule R9", "R3");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void anUnknownVersionIsNotFound() {
        ResponseEntity<Map> r =
                http.postForEntity("/api/runs?wait=true", Map.of("draftVersionId", 987654321), Map.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) r.getBody().get("message")).contains("987654321");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static String feature(String properties) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + SQUARE + "}";
    }

    private static void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
