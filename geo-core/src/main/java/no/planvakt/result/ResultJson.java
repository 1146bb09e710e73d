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
        for (RuleSummary s : r.summaries()) {
            ObjectNode n = summaries.addObject();
            n.put("ruleId", s.ruleId());
            n.put("title", s.title());
            n.put("status", s.status().name());
            n.put("statusLabel", s.status().label());
            ObjectNode counts = n.putObject("counts");
            s.counts().forEach((k, v) -> counts.put(k.name(), v));
            n.put("checkedClear", s.checkedClear());
            n.put("areaDaa", Math.round(s.areaM2()) / 1000.0);
            n.put("citation", s.citation());
        }
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

    /** One finding's figures and texts (also the properties of its GeoJSON feature). */
    public static ObjectNode finding(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("key", f.key());
        n.put("ruleId", f.ruleId());
        n.put("ruleTitle", f.ruleTitle());
        n.put("status", f.status().name());
        n.put("statusLabel", f.status().label());
        n.put("change", f.change() == null ? null : f.change().name());
        n.put("planObjectId", f.planObjectId());
        n.put("planObjectName", f.planObjectName());
        n.put("planObjectPurpose", f.planObjectPurpose());
        n.put("referenceLayer", f.referenceLayer());
        n.put("referenceFeatureId", f.referenceFeatureId());
        n.put("areaM2", Math.round(f.areaM2() * 100) / 100.0);
        n.put("areaDaa", Math.round(f.areaM2()) / 1000.0);
        if (f.share() != null) {
            n.put("share", Math.round(f.share() * 1e6) / 1e6);
        }
        if (f.distanceM() != null) {
            n.put("distanceM", Math.round(f.distanceM() * 100) / 100.0);
        }
        n.put("message", f.message());
        if (!f.figures().isEmpty()) {
            ObjectNode figures = n.putObject("figures");
            f.figures().forEach((k, v) -> figures.put(k, v == null ? null : Math.round(v * 1e6) / 1e6));
        }
        ArrayNode trace = n.putArray("trace");
        f.trace().forEach(trace::add);
        return n;
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

    public static ArrayNode checked(List<Checked> checked) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Checked c : checked) {
            ObjectNode n = a.addObject();
            n.put("ruleId", c.ruleId());
            n.put("planObjectId", c.planObjectId());
            n.put("planObjectName", c.planObjectName());
            n.put("message", c.message());
        }
        return a;
    }
}
