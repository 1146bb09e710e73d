package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import no.planvakt.layers.TestData;
import no.planvakt.layers.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL injection through the runtime-substitution parameters is refused: MapServer checks each value
 * against the catalogue's pattern and falls back to the default, so the map is byte-identical to a
 * request without the parameter, while a valid value does change the map.
 */
class ParameterInjectionTest {
    private static final WmsClient WMS = new WmsClient();
    private static final double[] BBOX = {230000, 6630000, 235200, 6630800};
    private static TestData.Ids ids;

    @BeforeAll
    static void data() throws Exception {
        ids = TestData.load();
    }

    static byte[] map(Map<String, String> extra) throws Exception {
        Map<String, String> p = WmsClient.getMap("findings", "EPSG:25833", BBOX, 832, 128);
        p.putAll(extra);
        HttpResponse<byte[]> r = WMS.get(p);
        WmsClient.png(r);
        return r.body();
    }

    /** The payload had no effect: the HTTP server refused it outright, or the map equals the default map. */
    static void assertIgnored(String parameter, String payload, byte[] defaultMap) throws Exception {
        Map<String, String> p = WmsClient.getMap("findings", "EPSG:25833", BBOX, 832, 128);
        p.put(parameter, payload);
        HttpResponse<byte[]> r = WMS.get(p);
        if (r.statusCode() == 400) {
            return;
        }
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).as("%s=%s", parameter, payload).isEqualTo(defaultMap);
    }

    static List<String> payloads(long validId) {
        return List.of(
                validId + " OR true",
                validId + " OR run_id > 0",
                validId + ") OR (true",
                validId + "; DROP TABLE result.finding; --",
                "0 UNION SELECT * FROM wms.finding",
                "'" + validId + "'",
                validId + "--",
                "1e3",
                "-1",
                validId + "\n");
    }

    @Test
    void runAndPlanVersionPayloadsAreIgnored() throws Exception {
        byte[] defaultMap = map(Map.of());
        assertThat(map(Map.of("RUN", Long.toString(ids.olderRunId()))))
                .as("a valid RUN changes the map")
                .isNotEqualTo(defaultMap);
        for (String payload : payloads(ids.olderRunId())) {
            assertIgnored("RUN", payload, defaultMap);
            assertIgnored("PLANVERSION", payload, defaultMap);
        }
    }

    @Test
    void municipalityPayloadsAreIgnored() throws Exception {
        byte[] defaultMap = map(Map.of());
        assertThat(map(Map.of("MUNICIPALITY", "3303")))
                .as("a valid MUNICIPALITY changes the map")
                .isNotEqualTo(defaultMap);
        for (String payload : List.of(
                "3303' OR municipality='3301",
                "3303'; DROP TABLE result.run; --",
                "all' --",
                "3303 ",
                "33030",
                "' OR ''='")) {
            assertIgnored("MUNICIPALITY", payload, defaultMap);
        }
    }

    @Test
    void rulePayloadsAreIgnored() throws Exception {
        byte[] defaultMap = map(Map.of());
        assertThat(map(Map.of("RULE", "R4"))).as("a valid RULE changes the map").isNotEqualTo(defaultMap);
        for (String payload :
                List.of("R4' OR rule_id <> 'R4", "R4'; DROP TABLE result.run; --", "all' --", "R4 ", "' OR ''='")) {
            assertIgnored("RULE", payload, defaultMap);
        }
    }

    @Test
    void tablesSurviveDropPayloads() throws Exception {
        map(Map.of("RUN", "0; DROP TABLE result.finding; --"));
        map(Map.of("REFLAYER", "x'; DROP TABLE ref.feature; --"));
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT to_regclass('result.finding') IS NOT NULL AND to_regclass('ref.feature') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }
}
