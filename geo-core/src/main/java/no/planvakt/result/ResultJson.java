package no.planvakt.result;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * A check result as JSON: the same shape from the CLI ({@code result.json}) and the API.
 * {@link #write} streams it (one finding at a time through a {@link JsonGenerator}), so writing a
 * county run's hundred thousand findings needs no second copy of them as a JSON tree; its bytes are
 * those of {@link #toJson} written with the default pretty printer.
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Indents as {@code result.json} always has (two spaces, "key" : value); no flush after each
     * value written into a generator, which would be a write to disk per finding.
     */
    static final ObjectMapper PRETTY = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private ResultJson() {}

    /** Writes {@code result.json} to {@code out} (left open), finding by finding. */
    public static void write(CheckResult r, OutputStream out) throws IOException {
        try (JsonGenerator g = PRETTY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("pack", r.packId());
            g.writeStringField("packVersion", r.packVersion());
            g.writeNumberField("reportSrid", r.reportSrid());
            g.writeObjectFieldStart("inputs");
            for (Map.Entry<String, String> e : r.inputs().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("summary");
            for (RuleSummary s : r.summaries()) {
                PRETTY.writeValue(g, SummaryJson.of(s));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                PRETTY.writeValue(g, FindingJson.of(f));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("checked");
            for (Checked c : r.checked()) {
                PRETTY.writeValue(g, c);
            }
            g.writeEndArray();
            g.writeFieldName("tables");
            writeTables(g, r.tables());
            g.writeArrayFieldStart("warnings");
            for (String w : r.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The tables as {@link #tables} has them, row by row (an account per plan object can be long). */
    static void writeTables(JsonGenerator g, List<ResultTable> tables) throws IOException {
        g.writeStartArray();
        for (ResultTable t : tables) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("ruleId", t.ruleId());
            g.writeStringField("title", t.title());
            g.writeStringField("note", t.note());
            g.writeArrayFieldStart("columns");
            for (ResultTable.Column c : t.columns()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("label", c.label());
                g.writeStringField("unit", c.unit());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (List<Object> row : t.rows()) {
                g.writeStartArray();
                for (Object cell : row) {
                    if (cell == null) {
                        g.writeNull();
                    } else if (cell instanceof Double || cell instanceof Float) {
                        g.writeNumber(cellNumber((Number) cell));
                    } else if (cell instanceof Number num) {
                        g.writeNumber(num.longValue());
                    } else {
                        g.writeString((String) cell);
                    }
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A table's fractional number as JSON has it: rounded to 1e-6. */
    private static double cellNumber(Number n) {
        return Math.round(n.doubleValue() * 1e6) / 1e6;
    }

    public static ObjectNode toJson(CheckResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("pack", r.packId());
        root.put("packVersion", r.packVersion());
        root.put("reportSrid", r.reportSrid());
        ObjectNode inputs = root.putObject("inputs");
        r.inputs().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> inputs.put(e.getKey(), e.getValue()));
        ArrayNode summaries = root.putArray("summary");
        r.summaries().forEach(x -> summaries.add(MAPPER.<ObjectNode>valueToTree(SummaryJson.of(x))));
        root.set("findings", findings(r.findings()));
        root.set("checked", checked(r.checked()));
        root.set("tables", tables(r.tables()));
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    public static ArrayNode findings(List<Finding> findings) {
        ArrayNode a = MAPPER.createArrayNode();
        findings.forEach(f -> a.add(finding(f)));
        return a;
    }

    /** One finding's figures and texts (also the properties of its GeoJSON feature), in the shape of {@link FindingJson}. */
    public static ObjectNode finding(Finding f) {
        return MAPPER.valueToTree(FindingJson.of(f));
    }

    /** Tables as {id, ruleId, title, note, columns: [{name, label, unit}], rows: [[…]]}. */
    public static ArrayNode tables(List<ResultTable> tables) {
        ArrayNode a = MAPPER.createArrayNode();
        for (ResultTable t : tables) {
            ObjectNode n = a.addObject();
            n.put("id", t.id());
            n.put("ruleId", t.ruleId());
            n.put("title", t.title());
            n.put("note", t.note());
            ArrayNode columns = n.putArray("columns");
            for (ResultTable.Column c : t.columns()) {
                columns.addObject()
                        .put("name", c.name())
                        .put("label", c.label())
                        .put("unit", c.unit());
            }
            ArrayNode rows = n.putArray("rows");
            for (List<Object> row : t.rows()) {
                ArrayNode r = rows.addArray();
                for (Object cell : row) {
                    if (cell == null) {
                        r.addNull();
                    } else if (cell instanceof Double || cell instanceof Float) {
                        r.add(cellNumber((Number) cell));
                    } else if (cell instanceof Number num) {
                        r.add(num.longValue());
                    } else {
                        r.add((String) cell);
                    }
                }
            }
        }
        return a;
    }

    /** The checked-and-clear list: each {@link Checked} with its four fields. */
    public static ArrayNode checked(List<Checked> checked) {
        return MAPPER.valueToTree(checked);
    }
}
