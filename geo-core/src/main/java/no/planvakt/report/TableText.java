package no.planvakt.report;

import java.util.ArrayList;
import java.util.List;
import no.planvakt.result.ResultTable;

/**
 * A rule's {@link ResultTable} as plain text for the command's output: aligned columns, numbers as
 * in the reports. Geometry columns (named "wkt") are left out: they are for maps, not for reading.
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
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                // TableHtml.cell escapes text for HTML; the command prints it as it is.
                cells.add(cell == null ? "" : cell instanceof Number ? TableHtml.cell(cell) : String.valueOf(cell));
            }
            rows.add(cells);
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder(t.title()).append('\n');
        line(sb, header, width, t);
        for (List<String> r : rows) {
            line(sb, r, width, t);
        }
        if (t.note() != null && !t.note().isBlank()) {
            sb.append("  ").append(t.note()).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width, ResultTable t) {
        sb.append(' ');
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(' ').append(t.columns().get(i).numeric() ? pad + c : c + pad);
        }
        sb.append('\n');
    }
}
