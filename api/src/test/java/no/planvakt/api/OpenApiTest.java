package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description is generated from the code and describes the typed answers: runs, plan
 * versions, findings and verdicts with their enums, not free-form objects.
 */
class OpenApiTest extends ApiTestBase {
    @Test
    void theDescriptionNamesTheEndpointsAndTheirTypedAnswers() throws Exception {
        JsonNode api = new ObjectMapper().readTree(anonymous.getForObject("/v3/api-docs", String.class));
        assertThat(api.at("/info/title").asText()).isEqualTo("Planvakt API");
        assertThat(api.at("/openapi").asText()).startsWith("3.");
        JsonNode paths = api.get("paths");
        assertThat(names(paths))
                .contains(
                        "/api/runs",
                        "/api/runs/{id}",
                        "/api/runs/{id}/findings",
                        "/api/runs/{id}/cancel",
                        "/api/plans",
                        "/api/plans/versions",
                        "/api/plans/versions/{id}",
                        "/api/runs/{runId}/findings/{key}/override");
        assertThat(response(paths, "/api/runs/{id}", "get")).isEqualTo("#/components/schemas/RunAnswer");
        assertThat(response(paths, "/api/plans/versions/{id}", "get"))
                .isEqualTo("#/components/schemas/PlanVersionAnswer");
        assertThat(response(paths, "/api/runs/{runId}/findings/{key}/override", "put"))
                .isEqualTo("#/components/schemas/OverrideAnswer");
        assertThat(paths.at(
                                "/~1api~1runs~1{id}~1findings/get/responses/200/content/application~1json/schema/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/FindingAnswer");

        // Reference layers and rule packs are typed too.
        assertThat(response(paths, "/api/reference-layers/{id}", "get"))
                .isEqualTo("#/components/schemas/ReferenceLayerAnswer");
        assertThat(response(paths, "/api/reference-layers", "post"))
                .isEqualTo("#/components/schemas/ReferenceLayerAnswer");
        assertThat(paths.at("/~1api~1rule-packs/get/responses/200/content")
                        .elements()
                        .next()
                        .at("/schema/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/RulePackAnswer");

        JsonNode schemas = api.at("/components/schemas");
        assertThat(names(schemas.at("/ReferenceLayerAnswer/properties")))
                .containsExactly(
                        "id",
                        "title",
                        "source",
                        "owner",
                        "licence",
                        "date",
                        "method",
                        "sourceFile",
                        "loadedAt",
                        "features");
        assertThat(schemas.at("/ReferenceLayerAnswer/properties/date/format").asText())
                .isEqualTo("date");
        assertThat(schemas.at("/ReferenceLayerAnswer/properties/loadedAt/format")
                        .asText())
                .isEqualTo("date-time");
        assertThat(names(schemas.at("/RulePackAnswer/properties")))
                .containsExactly("id", "version", "title", "document", "rules");
        assertThat(schemas.at("/RulePackAnswer/properties/rules/items/$ref").asText())
                .isEqualTo("#/components/schemas/Rule");
        assertThat(names(schemas.at("/Rule/properties")))
                .containsExactly("id", "title", "kind", "citation", "quote", "layer");
        assertThat(texts(schemas.at("/OverrideAnswer/properties/verdict/enum")))
                .containsExactly("ASSESSED", "FALSE_POSITIVE", "ACCEPTED_WITH_CHANGES");
        assertThat(texts(schemas.at("/RunAnswer/properties/state/enum")))
                .containsExactly("QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED");
        assertThat(texts(schemas.at("/PlanVersionAnswer/properties/kind/enum"))).containsExactly("DRAFT", "ADOPTED");
        assertThat(names(schemas.at("/RunAnswer/properties")))
                .contains("runId", "state", "percent", "summary", "checked", "finishedAt");
        // The finding's own fields are unwrapped beside the verdict, as the answer has them.
        assertThat(names(schemas.at("/FindingAnswer/properties")))
                .contains("key", "ruleId", "status", "areaM2", "trace", "override");
        assertThat(texts(schemas.at("/FindingAnswer/properties/status/enum")))
                .contains("RED", "YELLOW", "NOT_MAPPED", "GREEN");
    }

    private static String response(JsonNode paths, String path, String method) {
        JsonNode ok = paths.get(path).get(method).get("responses");
        JsonNode r = ok.has("200")
                ? ok.get("200")
                : ok.has("201") ? ok.get("201") : ok.elements().next();
        return r.at("/content").elements().next().at("/schema/$ref").asText();
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
