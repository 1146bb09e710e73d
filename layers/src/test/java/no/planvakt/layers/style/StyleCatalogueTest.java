package no.planvakt.layers.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class StyleCatalogueTest {
    private final StyleCatalogue styles = StyleCatalogue.standard();

    @Test
    void landUseHasANåværendeAndAFramtidigClassPerArealformål() {
        LayerStyle landuse = styles.require("plan_landuse");
        // 56 arealformål × 2 statuses + one catch-all.
        assertThat(landuse.rules()).hasSize(2 * 56 + 1);
        StyleRule now = rule(landuse, "1120_n");
        StyleRule future = rule(landuse, "1120_f");
        assertThat(now.title()).isEqualTo("1120 Fritidsbebyggelse, nåværende");
        assertThat(now.hatch()).isNull();
        assertThat(future.hatch()).isNotNull();
        // Framtidig is the same hue, lighter.
        assertThat(future.fill().red() + future.fill().green() + future.fill().blue())
                .isGreaterThan(
                        now.fill().red() + now.fill().green() + now.fill().blue());
        assertThat(rule(landuse, "5001_n").fill()).isEqualTo(Rgb.parse("#CCF2B3"));
    }

    @Test
    void findingsAreColouredByStatus() {
        LayerStyle findings = styles.require("findings");
        assertThat(findings.rules())
                .extracting(StyleRule::value)
                .containsExactly("RED", "YELLOW", "GREEN", "INFO", "NOT_MAPPED");
        Set<Rgb> colours = new HashSet<>();
        findings.rules().forEach(r -> colours.add(r.fill()));
        assertThat(colours).hasSize(5);
        assertThat(findings.labelProperty()).isEqualTo("label");
    }

    @Test
    void zonesAreHatchedNotFilled() {
        for (StyleRule r : styles.require("plan_zones").rules()) {
            assertThat(r.fill()).as(r.value()).isNull();
            assertThat(r.hatch()).as(r.value()).isNotNull();
        }
    }

    @Test
    void sldIsWellFormedSld100WithOneFilteredRulePerClass() throws Exception {
        for (LayerDefinition layer : LayerCatalogue.standard().layers()) {
            LayerStyle style = styles.require(layer.style());
            String sld = SldWriter.write(layer.name(), style);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(sld.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.0.0");
            String sldNs = "http://www.opengis.net/sld";
            assertThat(doc.getElementsByTagNameNS(sldNs, "NamedLayer")
                            .item(0)
                            .getFirstChild()
                            .getNextSibling()
                            .getTextContent())
                    .isEqualTo(layer.name());
            int filtered = doc.getElementsByTagNameNS("http://www.opengis.net/ogc", "Filter")
                    .getLength();
            long classified =
                    style.rules().stream().filter(r -> r.value() != null).count();
            int copies = style.detailMaxScale() == null ? 1 : 2;
            assertThat(filtered).as(layer.name()).isEqualTo(copies * (int) classified);
        }
        assertThat(SldWriter.write("x", styles.require("plan_landuse")))
                .contains("<ElseFilter/>", "shape://slash", "<MaxScaleDenominator>50000</MaxScaleDenominator>");
    }

    private static StyleRule rule(LayerStyle style, String value) {
        return style.rules().stream()
                .filter(r -> value.equals(r.value()))
                .findFirst()
                .orElseThrow();
    }
}
