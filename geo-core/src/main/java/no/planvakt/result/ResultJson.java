package no.planvakt.result;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A check result as JSON: the same shape from the CLI ({@code result.json}) and the API. */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {
    }

    public static ObjectNode toJson(CheckResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("pack", r.packId());
        root.put("packVersion", r.packVersion());
        root.put("reportSrid", r.reportSrid());
        ObjectNode inputs = root.putObject("inputs");
        r.inputs().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> inputs.put(e.getKey(), e.getValue()));
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
                columns.addObject().put("name", c.name()).put("label", c.label()).put("unit", c.unit());
            }
            ArrayNode rows = n.putArray("rows");
            for (List<Object> row : t.rows()) {
                ArrayNode r = rows.addArray();
                for (Object cell : row) {
                    if (cell == null) {
                        r.addNull();
                    } else if (cell instanceof Double || cell instanceof Float) {
                        r.add(Math.round(((Number) cell).doubleValue() * 1e6) / 1e6);
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
