package no.planvakt.report;

import java.util.ArrayList;
import java.util.List;
import no.planvakt.result.ResultTable;

/**
 * A rule's {@link ResultTable} as plain text for the terminal: aligned columns, numbers as in the report.
 * Geometry columns (named "wkt") are left out: they are for maps, not for reading.
 */
public final class TableText {
    private TableText() {
    }

    public static String render(ResultTable table) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            if (!table.columns().get(i).name().equals("wkt")) {
                keep.add(i);
            }
        }
        List<ResultTable.Column> columns = keep.stream().map(table.columns()::get).toList();
        List<List<Object>> rowsIn = table.rows().stream().map(r -> keep.stream().map(r::get).toList()).toList();
        ResultTable t = new ResultTable(table.id(), table.ruleId(), table.title(), columns, rowsIn, table.note());
        List<String> header = new ArrayList<>();
        for (ResultTable.Column c : t.columns()) {
            String label = c.label() == null ? c.name() : c.label();
            header.add(c.numeric() ? label + " (" + c.unit() + ")" : label);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(cell instanceof String s ? s : TableHtml.cell(cell));
            }
            rows.add(cells);
        }
        int[] width = new int[header.size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(t.title()).append('\n');
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                boolean right = t.columns().get(i).numeric() && r != rows.get(0);
                line.append(' ').append(right ? " ".repeat(width[i] - cell.length()) + cell : cell + " ".repeat(width[i] - cell.length()));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (t.rows().isEmpty()) {
            out.append("  (ingen)\n");
        }
        return out.toString();
    }
}
