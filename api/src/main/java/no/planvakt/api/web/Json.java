package no.planvakt.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.result.ResultTable;
import no.planvakt.result.SummaryJson;

/** JSON for jsonb columns. Attribute values that JSON cannot hold (dates, blobs) are stored as text. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    public static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String attributes(Map<String, Object> attributes) {
        Map<String, Object> safe = new LinkedHashMap<>();
        attributes.forEach((k, v) -> safe.put(
                k,
                v == null || v instanceof Number || v instanceof Boolean || v instanceof String
                        ? v
                        : String.valueOf(v)));
        return of(safe);
    }

    public static Map<String, Object> map(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Double> numbers(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<ResultTable.Column> columns(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<ResultTable.Column>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<List<Object>> rows(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<List<Object>>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A run's stored summary (ResultJson's "summary"). */
    public static List<SummaryJson> summaries(String json) {
        try {
            return json == null ? List.of() : List.of(MAPPER.readValue(json, SummaryJson[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored summary is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static List<String> strings(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
