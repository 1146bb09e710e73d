package no.planvakt.layers.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MixedGeometrySldTest {
    private static final String SLD_NS = "http://www.opengis.net/sld";
    private static final String OGC_NS = "http://www.opengis.net/ogc";
    private final StyleCatalogue styles = StyleCatalogue.standard();

    @Test
    void oneRulePerGeometryDimensionWithItsSymbolizer() throws Exception {
        LayerStyle reference = styles.require("reference");
        StyleRule rule = reference.rules().get(0);
        Document doc = parse(MixedGeometrySld.write("ref_kulturminner", "geom", reference));
        assertThat(doc.getElementsByTagNameNS(SLD_NS, "NamedLayer").item(0).getTextContent())
                .contains("ref_kulturminner");
        NodeList rules = doc.getElementsByTagNameNS(SLD_NS, "Rule");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < rules.getLength(); i++) {
            Element r = (Element) rules.item(i);
            Element function =
                    (Element) r.getElementsByTagNameNS(OGC_NS, "Function").item(0);
            assertThat(function.getAttribute("name")).isEqualTo("dimension");
            assertThat(function.getTextContent()).isEqualTo("geom");
            String dimension =
                    r.getElementsByTagNameNS(OGC_NS, "Literal").item(0).getTextContent();
            String symbolizer = symbolizer(r);
            found.add(dimension + " " + symbolizer);
        }
        assertThat(found).containsExactly("2 PolygonSymbolizer", "1 LineSymbolizer", "0 PointSymbolizer");
        Element point =
                (Element) doc.getElementsByTagNameNS(SLD_NS, "PointSymbolizer").item(0);
        assertThat(point.getElementsByTagNameNS(SLD_NS, "WellKnownName").item(0).getTextContent())
                .isEqualTo("circle");
        assertThat(point.getElementsByTagNameNS(SLD_NS, "Size").item(0).getTextContent())
                .isEqualTo(Integer.toString(GeometrySymbols.POINT_SIZE));
        assertThat(point.getTextContent())
                .contains(rule.fill().hex(), rule.stroke().hex());
        Element line =
                (Element) doc.getElementsByTagNameNS(SLD_NS, "LineSymbolizer").item(0);
        assertThat(line.getTextContent()).contains(rule.stroke().hex());
    }

    @Test
    void classifiedStylesAreRefused() {
        assertThatThrownBy(() -> MixedGeometrySld.write("x", "geom", styles.require("findings")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String symbolizer(Element rule) {
        for (org.w3c.dom.Node n = rule.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().endsWith("Symbolizer")) {
                return e.getLocalName();
            }
        }
        return "none";
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
