package no.planvakt.report;

import java.util.List;
import no.planvakt.result.ResultTable;
import no.planvakt.rule.FindingText;

/** Renders a rule's {@link ResultTable} as an HTML table, numbers the Norwegian way, units in the header. */
final class TableHtml {
    private TableHtml() {
    }

    static void append(StringBuilder h, ResultTable t) {
        h.append("<h3>").append(HtmlReport.escape(t.title())).append("</h3>\n<table class=figures><tr>");
        for (ResultTable.Column c : t.columns()) {
            h.append(c.numeric() ? "<th class=num>" : "<th>").append(HtmlReport.escape(c.label() == null ? c.name() : c.label()));
            if (c.numeric()) {
                h.append(" (").append(HtmlReport.escape(c.unit())).append(')');
            }
            h.append("</th>");
        }
        h.append("</tr>\n");
        for (List<Object> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Object cell = row.get(i);
                h.append(t.columns().get(i).numeric() ? "<td class=num>" : "<td>").append(cell(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
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
