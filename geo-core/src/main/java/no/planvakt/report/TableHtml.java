package no.planvakt.report;

import java.util.List;
import no.planvakt.result.ResultTable;
import no.planvakt.rule.FindingText;

/**
 * Renders a rule's {@link ResultTable} as an HTML table, numbers the Norwegian way, units in the
 * header. A county-wide table (an account per plan object) is cut after {@link #ROWS_SHOWN} rows:
 * the report stays readable and small, and result.json and the CSV files have every row. A
 * {@code wkt} column holds geometry for the map, not for reading, and is left out.
 */
final class TableHtml {
    static final int ROWS_SHOWN = 100;
    static final String GEOMETRY_COLUMN = "wkt";

    private TableHtml() {}

    static void append(StringBuilder h, ResultTable t) {
        h.append("<h3>").append(HtmlReport.escape(t.title())).append("</h3>\n<table class=figures><tr>");
        for (ResultTable.Column c : t.columns()) {
            if (c.name().equals(GEOMETRY_COLUMN)) {
                continue;
            }
            h.append(c.numeric() ? "<th class=num>" : "<th>")
                    .append(HtmlReport.escape(c.label() == null ? c.name() : c.label()));
            if (c.numeric() && !c.unit().isEmpty()) {
                h.append(" (").append(HtmlReport.escape(c.unit())).append(')');
            }
            h.append("</th>");
        }
        h.append("</tr>\n");
        for (List<Object> row :
                t.rows().subList(0, Math.min(ROWS_SHOWN, t.rows().size()))) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                if (t.columns().get(i).name().equals(GEOMETRY_COLUMN)) {
                    continue;
                }
                Object cell = row.get(i);
                h.append(t.columns().get(i).numeric() ? "<td class=num>" : "<td>")
                        .append(cell(cell))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (t.rows().size() > ROWS_SHOWN) {
            h.append("<p>… og ")
                    .append(t.rows().size() - ROWS_SHOWN)
                    .append(" rader til (alle står i result.json og i ")
                    .append(HtmlReport.escape(t.id()))
                    .append(".csv).</p>\n");
        }
        if (t.note() != null && !t.note().isBlank()) {
            h.append("<p class=note>").append(HtmlReport.escape(t.note())).append("</p>\n");
        }
    }

    /** Whole numbers as they are, other numbers with one decimal ("1 234,5"), text escaped. */
    static String cell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number n) {
            return FindingText.number(n);
        }
        return HtmlReport.escape((String) cell);
    }
}
