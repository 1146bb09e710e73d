package no.planvakt.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table a rule returns beside its findings: an area account, the business land reserve, the
 * share of new housing near centres, the energy-station overview. Findings say what is wrong with
 * one object; a table gives the figures a planning forum reads across objects, plans and
 * municipalities. Cells are {@link String}, {@link Number} or null, one per column.
 *
 * @param id      unique within a run (e.g. "R9-regnskap"), stable across re-runs
 * @param ruleId  the rule that produced it
 * @param note    how the figures were made, in one or two sentences (shown under the table)
 */
public record ResultTable(
        String id, String ruleId, String title, List<Column> columns, List<List<Object>> rows, String note) {

    /**
     * @param unit "daa", "m²", "m", "km", "%" or similar for numbers, null for text columns
     */
    public record Column(String name, String label, String unit) {
        public Column {
            Objects.requireNonNull(name, "column name");
        }

        public boolean numeric() {
            return unit != null;
        }
    }

    /** An area in a table cell: daa to the m², as every table prints it. */
    public static double daa(double m2) {
        return Math.round(m2) / 1000.0;
    }

    /** A distance in a table cell: metres to the decimetre; null (no distance) stays null. */
    public static Double metres(Double metres) {
        return metres == null ? null : Math.round(metres * 10) / 10.0;
    }

    /** A share in a table cell: percent to one decimal of {@code whole}; null when there is no whole. */
    public static Double percent(double part, double whole) {
        return whole > 0 ? Math.round(1000 * part / whole) / 10.0 : null;
    }

    public ResultTable {
        Objects.requireNonNull(id, "table id");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " cells, the table "
                        + columns.size() + " columns");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number)) {
                    throw new IllegalArgumentException("table " + id + ": cell of type "
                            + cell.getClass().getSimpleName() + " (only text and numbers)");
                }
            }
            // Rows may hold nulls, so List.copyOf cannot be used.
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The index of a column by name; throws when the table has no such column. */
    public int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + id + " has no column " + name);
    }
}
