package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.planvakt.diff.AreaChange;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;

/** The leading columns of a table with one row per plan object: municipality, object, name, land use. */
final class ObjectTable {
    private ObjectTable() {}

    static List<ResultTable.Column> columns(ResultTable.Column... figures) {
        List<ResultTable.Column> columns = new ArrayList<>(List.of(
                new ResultTable.Column("kommune", "Kommune", null),
                new ResultTable.Column("objekt", "Objekt", null),
                new ResultTable.Column("navn", "Navn", null),
                new ResultTable.Column("formaal", "Arealformål", null)));
        columns.addAll(Arrays.asList(figures));
        return columns;
    }

    /** Cells may be null (a distance that could not be measured). */
    static List<Object> row(String municipality, Finding f, AreaChange change, Object... figures) {
        List<Object> cells = new ArrayList<>(Arrays.asList(
                municipality,
                f.planObjectId(),
                f.planObjectName(),
                change.feature().code()));
        cells.addAll(Arrays.asList(figures));
        return cells;
    }
}
