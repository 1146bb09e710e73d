package no.planvakt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import no.planvakt.result.ResultTable;
import org.junit.jupiter.api.Test;

class TableHtmlTest {
    @Test
    void numbersTheNorwegianWayUnitsInTheHeaderTextEscaped() {
        ResultTable t = new ResultTable(
                "t",
                "R1",
                "Reserve <daa>",
                List.of(
                        new ResultTable.Column("klasse", "Klasse", null),
                        new ResultTable.Column("areal", "Areal", "daa"),
                        new ResultTable.Column("n", "Objekter", "stk")),
                List.of(Arrays.asList("skog & myr", 1234.56, 3), Arrays.asList("åpen", null, 0L)),
                "Målt i EPSG:25832.");
        StringBuilder h = new StringBuilder();
        TableHtml.append(h, t);
        assertThat(h.toString())
                .isEqualTo("<h3>Reserve &lt;daa&gt;</h3>\n<table class=figures><tr><th>Klasse</th>"
                        + "<th class=num>Areal (daa)</th><th class=num>Objekter (stk)</th></tr>\n"
                        + "<tr><td>skog &amp; myr</td><td class=num>1 234,6</td><td class=num>3</td></tr>\n"
                        + "<tr><td>åpen</td><td class=num></td><td class=num>0</td></tr>\n</table>\n"
                        + "<p class=note>Målt i EPSG:25832.</p>\n");
    }
}
