package no.planvakt.result;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A {@link ResultTable} as CSV (RFC 4180: comma-separated, text quoted when it must be, numbers
 * with a decimal point, one header row with column names and units), for spreadsheets and
 * scripts. The same table gives the same bytes; {@link #write(ResultTable, Writer)} writes it row
 * by row, so a table of every plan object in a county needs no second copy as text.
 */
public final class TableCsv {
    private TableCsv() {}

    public static String write(ResultTable t) {
        StringWriter w = new StringWriter();
        try {
            write(t, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes the table to {@code s} (left open), one row at a time. */
    public static void write(ResultTable t, Writer s) throws IOException {
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
    }

    private static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15
                    ? String.valueOf((long) d)
                    : String.format(Locale.ROOT, "%.3f", d);
        }
        return n.toString();
    }

    private static String text(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }
}
