package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Who sees what: a planner of Hol (3330) works on Hol's draft; a planner of Drammen (3301) is told
 * it does not exist, through every endpoint; a viewer reads and changes nothing; a county planner
 * of Buskerud (33) does both; nobody signed in gets nothing until the draft is published.
 */
class AccessTest extends ApiTestBase {

    @Test
    @SuppressWarnings("rawtypes")
    void aPlannerOfAnotherMunicipalityGetsNothingOfAnUnpublishedDraft() {
        TestRestTemplate hol = as("planlegger.hol", "MUNICIPAL_PLANNER", "3330");
        TestRestTemplate drammen = as("planlegger.drammen", "MUNICIPAL_PLANNER", "3301");
        TestRestTemplate viewer = as("leser.hol", "VIEWER", "3330");
        TestRestTemplate county = as("fylke.buskerud", "COUNTY_PLANNER", "33");
        ApiTestSupport.uploadDemoLayers(http, dir); // the admin loads the regional layers

        long adopted = id(ApiTestSupport.uploadPlan(hol, dir.resolve(DemoData.ADOPTED), "adopted"), "versionId");
        long draft = id(ApiTestSupport.uploadPlan(hol, dir.resolve(DemoData.DRAFT), "draft"), "versionId");
        ResponseEntity<Map> started = hol.postForEntity(
                "/api/runs?wait=true", Map.of("draftVersionId", draft, "adoptedVersionId", adopted), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(started.getBody().get("requestedBy")).isEqualTo("planlegger.hol");
        long run = id(started, "runId");
        String key = (String) hol.getForObject("/api/runs/" + run + "/findings", List.class).stream()
                .map(f -> ((Map) f).get("key"))
                .findFirst()
                .orElseThrow();

        List<String> reads = List.of(
                "/api/plans/versions/" + draft,
                "/api/runs/" + run,
                "/api/runs/" + run + "/findings",
                "/api/runs/" + run + "/findings.geojson",
                "/api/runs/" + run + "/report.html");
        for (String url : reads) {
            assertThat(hol.getForEntity(url, String.class).getStatusCode())
                    .as("Hol reads " + url)
                    .isEqualTo(HttpStatus.OK);
            assertThat(viewer.getForEntity(url, String.class).getStatusCode())
                    .as("viewer reads " + url)
                    .isEqualTo(HttpStatus.OK);
            assertThat(county.getForEntity(url, String.class).getStatusCode())
                    .as("county reads " + url)
                    .isEqualTo(HttpStatus.OK);
            ResponseEntity<String> other = drammen.getForEntity(url, String.class);
            assertThat(other.getStatusCode()).as("Drammen reads " + url).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(other.getBody()).doesNotContain("Vestli", "3330");
            assertThat(anonymous.getForEntity(url, String.class).getStatusCode())
                    .as("anonymous reads " + url)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        // Lists leave it out.
        assertThat(drammen.getForObject("/api/runs", String.class)).doesNotContain("\"runId\":" + run + ",");
        assertThat(drammen.getForObject("/api/plans/versions", String.class))
                .doesNotContain("\"versionId\":" + draft + ",");
        assertThat(anonymous.getForObject("/api/runs", String.class)).doesNotContain("\"runId\":" + run + ",");
        assertThat(hol.getForObject("/api/runs", String.class)).contains("\"runId\":" + run + ",");

        // Changes: Drammen is told it does not exist, the viewer that it may not, the county planner may.
        Map<String, Object> verdict = Map.of("verdict", "ASSESSED", "reason", "Vurdert i planforum.");
        String override = "/api/runs/" + run + "/findings/" + key + "/override";
        assertThat(put(drammen, override, verdict).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put(viewer, override, verdict).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(anonymous, override, verdict).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(drammen.postForEntity("/api/runs", Map.of("draftVersionId", draft), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(viewer.postForEntity("/api/runs", Map.of("draftVersionId", draft), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(drammen.postForEntity("/api/runs/" + run + "/cancel", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(drammen.postForEntity("/api/plans/versions/" + draft + "/publish", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> countyVerdict = put(county, override, verdict);
        assertThat(countyVerdict.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(countyVerdict.getBody().get("by")).isEqualTo("fylke.buskerud");

        // Drammen cannot store a plan of Hol, nor add a version to Hol's plan: refused, nothing stored.
        long versions = jdbc.queryForObject("SELECT count(*) FROM plan.version", Long.class);
        ResponseEntity<Map> upload = ApiTestSupport.uploadPlan(drammen, dir.resolve(DemoData.DRAFT), "draft");
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) upload.getBody().get("message")).contains("3330");
        assertThat(ApiTestSupport.uploadPlan(anonymous, dir.resolve(DemoData.DRAFT), "draft")
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan.version", Long.class))
                .isEqualTo(versions);

        // Published for consultation: everyone reads it, still only Hol (and the county) change it.
        assertThat(hol.postForEntity("/api/plans/versions/" + draft + "/publish", null, Map.class)
                        .getBody()
                        .get("publishedBy"))
                .isEqualTo("planlegger.hol");
        for (String url : reads) {
            assertThat(anonymous.getForEntity(url, String.class).getStatusCode())
                    .as("anonymous reads published " + url)
                    .isEqualTo(HttpStatus.OK);
            assertThat(drammen.getForEntity(url, String.class).getStatusCode())
                    .as("Drammen reads published " + url)
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(put(drammen, override, verdict).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getForObject("/api/plans/versions", String.class))
                .contains("\"versionId\":" + draft + ",");

        // Verdicts and publications are logged with who and when.
        List<Map<String, Object>> log = jdbc.queryForList(
                "SELECT actor, action, at FROM auth.audit WHERE (object_type = 'plan_version'"
                        + " AND object_id = ?) OR (object_type = 'finding' AND object_id = ?) ORDER BY id",
                Long.toString(draft),
                run + "/" + key);
        assertThat(log)
                .extracting(m -> m.get("actor") + " " + m.get("action"))
                .containsExactly("fylke.buskerud verdict", "planlegger.hol plan.publish");
        assertThat(log).allSatisfy(m -> assertThat(m.get("at")).isNotNull());
    }

    @Test
    void referenceLayersNeedSignInAndOnlyTheCountyLoadsThem() {
        TestRestTemplate hol = as("planlegger.hol", "MUNICIPAL_PLANNER", "3330");
        assertThat(anonymous.getForEntity("/api/reference-layers", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(hol.getForEntity("/api/reference-layers", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        no.planvakt.reference.LayerManifest m = new no.planvakt.reference.LayerManifest(
                "over_skoggrensen",
                "Areal over skoggrensen (demo)",
                "over-skoggrensen.geojson",
                "demo",
                null,
                "CC BY 4.0",
                null,
                null,
                "id");
        assertThat(ApiTestSupport.uploadLayer(hol, dir, m).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiTestSupport.uploadLayer(as("fylke.buskerud", "COUNTY_PLANNER", "33"), dir, m)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(hol.getForEntity("/api/users", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @SuppressWarnings("rawtypes")
    private static ResponseEntity<Map> put(TestRestTemplate client, String url, Map<String, Object> body) {
        return client.exchange(url, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    @SuppressWarnings("rawtypes")
    private static long id(ResponseEntity<Map> r, String field) {
        assertThat(r.getStatusCode().is2xxSuccessful())
                .as(String.valueOf(r.getBody()))
                .isTrue();
        return ((Number) r.getBody().get(field)).longValue();
    }
}
