package no.planvakt.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {
    private static final List<ResultTable.Column> COLUMNS =
            List.of(new ResultTable.Column("klasse", "Klasse", null), new ResultTable.Column("areal", "Areal", "daa"));

    @Test
    void rowsMustHaveOneCellPerColumn() {
        assertThatThrownBy(() -> new ResultTable("t", "R1", "T", COLUMNS, List.of(List.of("skog")), null))
                .hasMessage("table t: a row has 1 cells, the table 2 columns");
    }

    @Test
    void cellsAreTextOrNumbers() {
        assertThatThrownBy(() -> new ResultTable("t", "R1", "T", COLUMNS, List.of(List.of("skog", List.of())), null))
                .hasMessageContaining("only text and numbers");
    }

    @Test
    void jsonKeepsNullsAndRoundsDecimals() {
        ResultTable t = new ResultTable(
                "t",
                "R1",
                "T",
                COLUMNS,
                List.of(Arrays.asList("skog", 1.23456789), Arrays.asList("myr", null), Arrays.asList("eng", 7L)),
                "n");
        assertThat(ResultJson.tables(List.of(t)).toString())
                .isEqualTo(
                        "[{\"id\":\"t\",\"ruleId\":\"R1\",\"title\":\"T\","
                                + "\"note\":\"n\",\"columns\":[{\"name\":\"klasse\",\"label\":\"Klasse\",\"unit\":null},"
                                + "{\"name\":\"areal\",\"label\":\"Areal\",\"unit\":\"daa\"}],\"rows\":[[\"skog\",1.234568],[\"myr\",null],[\"eng\",7]]}]");
        assertThat(t.column("areal")).isEqualTo(1);
    }
}
