package no.planvakt.format.sosi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SosiLexerTest {
    private static List<String> events(String sosi) {
        SosiLexer l = new SosiLexer(new StringReader(sosi));
        List<String> out = new ArrayList<>();
        while (l.hasNext()) {
            SosiLexer.Event e = l.next();
            switch (e) {
                case START_HEAD, START_ELEMENT -> out.add("<" + l.getString());
                case VALUE_NUMBER -> out.add(l.isIntegralNumber() ? "i" + l.getLong() : "d" + l.getDouble());
                case VALUE_STRING -> out.add("'" + l.getString() + "'");
                case VALUE_SERNO -> out.add("#" + l.getString());
                case VALUE_REF -> out.add(":" + l.getLong());
                case START_REF_ISLAND -> out.add("(");
                case END_REF_ISLAND -> out.add(")");
                case END_ELEMENT, END_HEAD -> out.add(">");
                case END -> out.add("END");
                default -> out.add(e.name());
            }
        }
        return out;
    }

    @Test
    void levelsValuesAndComments() {
        assertThat(events(".HODE  ! the head\n..TRANSPAR\n...ENHET 0.010\n..EIER \"Statens kartverk\" 'x y'\n"
                        + ".FLATE 12:\n..REF :1 :-2 (:3 :-4)\n(:7)\n..KVALITET 56 * 200\n.SLUTT\n"))
                .containsExactly(
                        "<HODE",
                        "<TRANSPAR",
                        "<ENHET",
                        "d0.01",
                        ">",
                        ">",
                        "<EIER",
                        "'Statens kartverk'",
                        "'x y'",
                        ">",
                        ">",
                        "<FLATE",
                        "#12",
                        "<REF",
                        ":1",
                        ":-2",
                        "(",
                        ":3",
                        ":-4",
                        ")",
                        "(",
                        ":7",
                        ")",
                        ">",
                        "<KVALITET",
                        "i56",
                        "VALUE_UNSPECIFIED",
                        "i200",
                        ">",
                        ">",
                        "END");
    }

    @Test
    void aPointLevelMidLineKeepsTheFollowingCoordinatesInsideIt() {
        // Like the nvdb parser: "...KP 1" opens a level under ..NØ; the coordinates after it stay in it.
        assertThat(events(".HODE\n.KURVE 1:\n..NØ\n10 -20 ...KP 1\n30 40\n..NØH\n1 2 3\n.SLUTT"))
                .containsExactly(
                        "<HODE", ">", "<KURVE", "#1", "<NØ", "i10", "i-20", "<KP", "i1", "i30", "i40", ">", ">", "<NØH",
                        "i1", "i2", "i3", ">", ">", "END");
    }

    @Test
    void numbersWithLeadingZerosStayReadableAsText() {
        SosiLexer l = new SosiLexer(new StringReader(".HODE\n..KOMM 0618\n.SLUTT\n"));
        l.next();
        l.next();
        assertThat(l.next()).isEqualTo(SosiLexer.Event.VALUE_NUMBER);
        assertThat(l.getString()).isEqualTo("0618");
    }

    @Test
    void endOfInputBeforeSluttIsTruncation() {
        SosiLexer l = new SosiLexer(new StringReader(".HODE\n.KURVE 1:\n..NØ\n1 2\n"));
        assertThatThrownBy(() -> {
                    while (l.hasNext()) {
                        l.next();
                    }
                })
                .isInstanceOf(SosiLexer.Truncated.class)
                .satisfies(e -> assertThat(((SosiLexer.Truncated) e).line).isEqualTo(4));
    }
}
