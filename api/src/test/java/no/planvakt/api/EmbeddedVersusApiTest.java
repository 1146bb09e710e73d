package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.planvakt.cli.Main;
import no.planvakt.demo.DemoData;
import no.planvakt.report.ReportFiles;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The same check gives the same findings from ./planvakt check (files) and through the API on PostGIS. */
class EmbeddedVersusApiTest extends ApiTestBase {

    @Test
    @SuppressWarnings("rawtypes")
    void sameFindingsEmbeddedAndThroughTheApi() throws Exception {
        // The embedded side is the command itself: ./planvakt check, writing result.json.
        Path out = Files.createTempDirectory("embedded");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = Main.run(
                new String[] {
                    "check",
                    "--draft",
                    dir.resolve(DemoData.DRAFT).toString(),
                    "--adopted",
                    dir.resolve(DemoData.ADOPTED).toString(),
                    "--layers",
                    dir.resolve(DemoData.LAYERS).toString(),
                    "--out",
                    out.toString()
                },
                new PrintStream(console, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode embedded = json.readTree(out.resolve(ReportFiles.RESULT_JSON).toFile());

        ResponseEntity<Map> adopted = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.ADOPTED), "adopted");
        ResponseEntity<Map> draft = ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft");
        assertThat(adopted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ApiTestSupport.uploadDemoLayers(http, dir);

        Map<String, Object> request = Map.of(
                "draftVersionId",
                draft.getBody().get("versionId"),
                "adoptedVersionId",
                adopted.getBody().get("versionId"));
        ResponseEntity<Map> run = http.postForEntity("/api/runs?wait=true", request, Map.class);
        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object runId = run.getBody().get("runId");

        JsonNode viaApi = json.readTree(http.getForObject("/api/runs/" + runId + "/findings", String.class));
        JsonNode local = embedded.get("findings");
        assertThat(viaApi.size()).isEqualTo(local.size()).isGreaterThan(7);
        for (int i = 0; i < local.size(); i++) {
            JsonNode a = local.get(i);
            JsonNode b = viaApi.get(i);
            for (String field : new String[] {
                "key", "ruleId", "status", "change", "planObjectId", "referenceFeatureId", "message", "trace", "figures"
            }) {
                assertThat(b.get(field)).as(field + " of finding " + i).isEqualTo(a.get(field));
            }
            assertThat(b.get("areaM2").asDouble())
                    .isCloseTo(
                            a.get("areaM2").asDouble(),
                            within(1e-6 * a.get("areaM2").asDouble() + 0.01));
            assertThat(b.path("share").asDouble()).isCloseTo(a.path("share").asDouble(), within(1e-6));
            assertThat(b.path("distanceM").asDouble())
                    .isCloseTo(a.path("distanceM").asDouble(), within(1e-6));
        }
        JsonNode geojson = json.readTree(http.getForObject("/api/runs/" + runId + "/findings.geojson", String.class));
        assertThat(geojson.get("features")).hasSize(local.size());
        assertThat(geojson.at("/crs/properties/name").asText()).isEqualTo("urn:ogc:def:crs:EPSG::25833");

        JsonNode described = json.readTree(http.getForObject("/api/runs/" + runId, String.class));
        assertThat(described.get("checked")).hasSize(embedded.get("checked").size());
        assertThat(described.at("/summary/0/status").asText()).isEqualTo("RED");

        // Areas are reported in the plan's own CRS: PostGIS, measuring the stored (UTM 33) finding in UTM 32, agrees.
        Double postgisArea = jdbc.queryForObject(
                "SELECT ST_Area(ST_Transform(geom, 25832)) FROM result.finding"
                        + " WHERE run_id = ? AND rule_id = 'R3' AND plan_object_id = 'D3'",
                Double.class,
                ((Number) runId).longValue());
        assertThat(postgisArea).isCloseTo(400_000.0, within(400_000.0 * 1e-4));
    }
}
