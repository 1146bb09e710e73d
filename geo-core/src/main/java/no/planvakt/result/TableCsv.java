package no.planvakt.result;

import java.util.List;
import java.util.Locale;

/**
 * A {@link ResultTable} as CSV (RFC 4180: comma-separated, text quoted when it must be, numbers
 * with a decimal point, one header row with column names and units), for spreadsheets and
 * scripts. The same table gives the same bytes.
 */
public final class TableCsv {
    private TableCsv() {
    }

    public static String write(ResultTable t) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < t.columns().size(); i++) {
            ResultTable.Column c = t.columns().get(i);
            String label = (c.label() == null ? c.name() : c.label()) + (c.numeric() ? " (" + c.unit() + ")" : "");
            s.append(i == 0 ? "" : ",").append(text(label));
        }
        s.append("\r\n");
        for (List<Object> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                Object cell = row.get(i);
                s.append(i == 0 ? "" : ",");
                if (cell instanceof Number n) {
                    s.append(number(n));
                } else if (cell != null) {
                    s.append(text((String) cell));
                }
            }
            s.append("\r\n");
        }
        return s.toString();
    }

    private static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.3f", d);
        }
        return n.toString();
    }

    private static String text(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
