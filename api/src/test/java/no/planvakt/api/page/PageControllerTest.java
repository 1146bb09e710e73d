package no.planvakt.api.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's texts come in both languages with the same keys, and a background map only when one is configured. */
class PageControllerTest {
    private final PageController page = new PageController(25833, "/wms", "", "", "");

    @Test
    void everyTextIsInBokmalAndEnglish() {
        Map<String, String> nb = page.messages("nb");
        Map<String, String> en = page.messages("en");
        assertThat(nb.keySet())
                .isEqualTo(en.keySet())
                .contains("signin.title", "verdict.ACCEPTED_WITH_CHANGES", "status.RED");
        assertThat(nb.get("findings.title")).isEqualTo("Funn per regel");
        assertThat(en.get("findings.title")).isEqualTo("Findings by rule");
        assertThat(page.messages("xx")).as("an unknown language gets bokmål").isEqualTo(nb);
        nb.forEach((k, v) -> assertThat(v).as(k).isNotBlank());
    }

    @Test
    void noBackgroundMapUnlessConfigured() {
        assertThat(page.config())
                .containsEntry("wmsUrl", "/wms")
                .containsEntry("srid", 25833)
                .doesNotContainKey("background");
        Map<String, Object> configured =
                new PageController(25833, "/wms", "https://wms.example.no/topo", "topo", "© Kartverket").config();
        assertThat(configured.get("background"))
                .isEqualTo(
                        Map.of("url", "https://wms.example.no/topo", "layers", "topo", "attribution", "© Kartverket"));
    }
}
