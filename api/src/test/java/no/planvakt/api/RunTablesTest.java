package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.planvakt.api.run.RunRepository;
import no.planvakt.demo.DemoData;
import no.planvakt.result.CheckResult;
import no.planvakt.result.ResultTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A run's tables of figures are stored with the run and read back whole, through the repository and the API. */
class RunTablesTest extends ApiTestBase {
    @Autowired
    RunRepository runs;

    @Test
    void tablesRoundTripThroughPostgis() throws Exception {
        long draft = ((Number) ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft")
                        .getBody()
                        .get("versionId"))
                .longValue();
        ResultTable account = new ResultTable(
                "R9-regnskap",
                "R9",
                "Planreserve etter arealtype",
                List.of(
                        new ResultTable.Column("formaal", "Formål", null),
                        new ResultTable.Column("skog", "Skog", "daa"),
                        new ResultTable.Column("objekter", "Objekter", "stk")),
                List.of(Arrays.asList("Fritidsbebyggelse", 12.5, 3), Arrays.asList("Næring", null, 0)),
                "Planens areal overlagt med N1000 skog.");
        CheckResult result = new CheckResult(
                "test", "1", 25832, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(account));

        long runId = runs.insert(result, draft, null, "3330", Instant.now(), 25833);

        ResultTable back = runs.tables(runId).get(0);
        assertThat(back.id()).isEqualTo("R9-regnskap");
        assertThat(back.columns()).isEqualTo(account.columns());
        assertThat(back.note()).isEqualTo(account.note());
        assertThat(back.rows().get(0)).containsExactly("Fritidsbebyggelse", 12.5, 3);
        assertThat(back.rows().get(1)).containsExactly("Næring", null, 0);
        JsonNode json = new ObjectMapper().readTree(http.getForObject("/api/runs/" + runId + "/tables", String.class));
        assertThat(json.get(0).get("rows").toString())
                .isEqualTo("[[\"Fritidsbebyggelse\",12.5,3],[\"Næring\",null,0]]");
        assertThat(json.get(0).get("columns").get(1).get("unit").asText()).isEqualTo("daa");
    }
}
