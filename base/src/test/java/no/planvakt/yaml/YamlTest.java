package no.planvakt.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every config file is read the same way: unknown fields refused, errors located by field and line. */
class YamlTest {
    record Layer(String id, LocalDate date, double weight, List<String> tags) {}

    static byte[] yaml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsRecordsWithDates() {
        assertThat(Yaml.read(yaml("id: a\ndate: 2026-11-22\nweight: 1.5\ntags: [x, y]\n"), Layer.class))
                .isEqualTo(new Layer("a", LocalDate.of(2026, 11, 22), 1.5, List.of("x", "y")));
    }

    @Test
    void aMisspeltFieldIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Yaml.read(yaml("id: a\ntagz: x\nweight: 1\n"), Layer.class))
                .isInstanceOf(Yaml.YamlException.class)
                .hasMessage("field tagz (line 2): unknown field \"tagz\"");
    }

    @Test
    void aMissingNumberIsRefused() {
        assertThatThrownBy(() -> Yaml.read(yaml("id: a\nweight: null\n"), Layer.class))
                .hasMessageStartingWith("field weight (line 2): ");
    }

    @Test
    void brokenYamlSaysSoWithItsLine() {
        assertThatThrownBy(() -> Yaml.read(yaml("id: a\ntags: [x, y\nweight: 1\n"), Layer.class))
                .hasMessageStartingWith("field tags[2] (line 3): while parsing a flow sequence");
    }
}
