package no.planvakt.report;

import java.util.ArrayList;
import java.util.List;
import no.planvakt.result.ResultTable;

/**
 * A rule's {@link ResultTable} as plain text for the terminal: aligned columns, numbers as in the report. The geometry
 * column (WKT, for GIS users of result.json and the CSV files) is left out, as in the HTML and PDF reports.
 */
public final class TableText {
    private TableText() {}

    public static String render(ResultTable t) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            if (!t.columns().get(i).name().equals(TableHtml.GEOMETRY_COLUMN)) {
                shown.add(i);
            }
        }
        List<String> header = new ArrayList<>();
        for (int i : shown) {
            ResultTable.Column c = t.columns().get(i);
            String label = c.label() == null ? c.name() : c.label();
            header.add(c.numeric() ? label + " (" + c.unit() + ")" : label);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i : shown) {
                Object cell = row.get(i);
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
                boolean right = t.columns().get(shown.get(i)).numeric() && r != rows.get(0);
                line.append(' ')
                        .append(
                                right
                                        ? " ".repeat(width[i] - cell.length()) + cell
                                        : cell + " ".repeat(width[i] - cell.length()));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (t.rows().isEmpty()) {
            out.append("  (ingen)\n");
        }
        return out.toString();
    }
}
