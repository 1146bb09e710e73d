package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The WMS through the service, in front of the real MapServer that ./run-tests starts: a planner of
 * Hol sees Hol's findings, a planner of Drammen and an anonymous client get nothing of the
 * unpublished draft, defaults that would show every municipality are refused, and the
 * capabilities point at the service.
 */
class WmsProxyTest extends ApiTestBase {
    static {
        if (System.getenv("PLANVAKT_WMS_URL") == null) {
            throw new IllegalStateException(
                    "PLANVAKT_WMS_URL is not set: run the tests with ./run-tests, which starts MapServer");
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @SuppressWarnings("rawtypes")
    void theWmsServesOnlyWhatTheCallerMayRead() throws Exception {
        TestRestTemplate hol = as("planlegger.hol", "MUNICIPAL_PLANNER", "3330");
        TestRestTemplate drammen = as("planlegger.drammen", "MUNICIPAL_PLANNER", "3301");
        ApiTestSupport.uploadDemoLayers(http, dir);
        Object adopted = ApiTestSupport.uploadPlan(hol, dir.resolve(DemoData.ADOPTED), "adopted")
                .getBody()
                .get("versionId");
        Object draft = ApiTestSupport.uploadPlan(hol, dir.resolve(DemoData.DRAFT), "draft")
                .getBody()
                .get("versionId");
        ResponseEntity<Map> started = hol.postForEntity(
                "/api/runs?wait=true", Map.of("draftVersionId", draft, "adoptedVersionId", adopted), Map.class);
        long run = ((Number) started.getBody().get("runId")).longValue();
        Map<String, Object> p = jdbc.queryForMap(
                "SELECT ST_X(p) AS x, ST_Y(p) AS y, rule_id FROM (SELECT ST_PointOnSurface(geom) AS p, rule_id"
                        + " FROM result.finding WHERE run_id = ? AND ST_Dimension(geom) = 2 AND status = 'RED' ORDER BY id LIMIT 1) f",
                run);
        String info = info(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue());

        // Hol's planner: the finding under the point, from MapServer, through the proxy.
        ResponseEntity<String> own = hol.getForEntity(info + "&RUN=" + run, String.class);
        assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode features = json.readTree(own.getBody()).path("features");
        assertThat(features.size()).isGreaterThan(0);
        assertThat(features.get(0).at("/properties/run_id").asLong()).isEqualTo(run);
        assertThat(features.findValuesAsText("rule_id")).contains((String) p.get("rule_id"));
        ResponseEntity<byte[]> map = hol.getForEntity(getMap("plan_landuse,findings") + "&RUN=" + run, byte[].class);
        assertThat(map.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(map.getHeaders().getContentType()).hasToString("image/png");
        // The energy overview's layers are findings under the same rules.
        ResponseEntity<byte[]> energy =
                hol.getForEntity(getMap("energy_gaps,energy_sites,energy_proposed") + "&RUN=" + run, byte[].class);
        assertThat(energy.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(energy.getHeaders().getContentType()).hasToString("image/png");
        assertThat(drammen.getForEntity(getMap("energy_gaps") + "&RUN=" + run, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(drammen.getForEntity(getMap("energy_sites"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // Drammen's planner and anonymous: nothing of Hol's unpublished draft.
        assertThat(drammen.getForEntity(info + "&RUN=" + run, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(drammen.getForEntity(getMap("plan_landuse") + "&PLANVERSION=" + draft, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> anon = anonymous.getForEntity(info + "&RUN=" + run, String.class);
        assertThat(anon.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anon.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        // Defaults (latest of every municipality) and another municipality by number are refused.
        assertThat(drammen.getForEntity(info, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(drammen.getForEntity(getMap("plan_landuse"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(drammen.getForEntity(getMap("planvakt"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(drammen.getForEntity(info + "&MUNICIPALITY=3330", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hol.getForEntity(info + "&MUNICIPALITY=3330", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // What MapServer gets is exactly what was checked.
        assertThat(hol.getForEntity(info + "&RUN=" + run + "&run=1", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(hol.getForEntity(info + "&RUN=0x" + Long.toHexString(run), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(hol.getForEntity(info + "&RUN=" + run + "&SLD_BODY=x", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(hol.getForEntity(info + "&RUN=" + run + "&map.layer[findings]=DATA+x", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(anonymous
                        .getForEntity(getMap("ref_kulturminner"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin(info).getStatusCode()).isEqualTo(HttpStatus.OK);

        // The capabilities name the service, not MapServer behind it.
        String caps = anonymous.getForObject("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", String.class);
        String backend = System.getenv("PLANVAKT_WMS_URL").replaceAll("\\?$", "");
        assertThat(caps)
                .contains("<Name>findings</Name>", anonymous.getRootUri() + "/wms")
                .doesNotContain(backend);

        // Published for consultation: the same request works for everyone.
        assertThat(hol.postForEntity("/api/plans/versions/" + draft + "/publish", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> published = anonymous.getForEntity(info + "&RUN=" + run, String.class);
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(published.getBody())
                        .path("features")
                        .get(0)
                        .at("/properties/run_id")
                        .asLong())
                .isEqualTo(run);
        assertThat(drammen.getForEntity(getMap("plan_landuse") + "&PLANVERSION=" + draft, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> admin(String url) {
        return http.getForEntity(url, String.class);
    }

    /** GetFeatureInfo of the findings layer at the centre pixel of a 101 px, 100 m square around (x, y) in EPSG:25833. */
    private static String info(double x, double y) {
        return String.format(
                Locale.ROOT,
                "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=findings&QUERY_LAYERS=findings"
                        + "&STYLES=&CRS=EPSG:25833&BBOX=%.1f,%.1f,%.1f,%.1f&WIDTH=101&HEIGHT=101&I=50&J=50&INFO_FORMAT=application/json"
                        + "&FEATURE_COUNT=10",
                x - 50,
                y - 50,
                x + 50,
                y + 50);
    }

    private static String getMap(String layers) {
        return "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layers + "&STYLES=&CRS=EPSG:25833"
                + "&BBOX=180000,6710000,220000,6750000&WIDTH=256&HEIGHT=256&FORMAT=image/png";
    }
}
