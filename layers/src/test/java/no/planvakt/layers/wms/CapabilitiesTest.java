package no.planvakt.layers.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/** GetCapabilities: schema-valid WMS 1.3.0 listing every catalogue layer with its CRSs and bounding boxes. */
class CapabilitiesTest {
    private static final String WMS_NS = "http://www.opengis.net/wms";
    private static byte[] capabilities;

    @BeforeAll
    static void fetch() throws Exception {
        HttpResponse<byte[]> r =
                new WmsClient().get(Map.of("SERVICE", "WMS", "VERSION", "1.3.0", "REQUEST", "GetCapabilities"));
        assertThat(r.statusCode()).isEqualTo(200);
        capabilities = r.body();
    }

    @Test
    void isValidAgainstTheOgcWms130Schema() throws Exception {
        assertThat(schemaErrors(capabilities)).isEmpty();
        // The validator is not vacuous: a misspelt mandatory element is reported.
        String broken = new String(capabilities, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("<Name>WMS</Name>", "<Nmae>WMS</Nmae>");
        assertThat(schemaErrors(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNotEmpty();
    }

    static List<String> schemaErrors(byte[] document) throws Exception {
        // sld_capabilities.xsd imports the WMS 1.3.0 schema and adds MapServer's sld:GetLegendGraphic.
        Validator validator =
                ClasspathSchemas.load("sld/1.1.0/sld_capabilities.xsd").newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
            public void warning(SAXParseException e) {}

            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        return errors;
    }

    @Test
    void listsEveryCatalogueLayerWithAllCrsAndBoundingBoxes() throws Exception {
        LayerCatalogue catalogue = LayerCatalogue.standard();
        Document doc = parse(capabilities);
        Element root =
                (Element) doc.getElementsByTagNameNS(WMS_NS, "WMS_Capabilities").item(0);
        assertThat(root.getAttribute("version")).isEqualTo("1.3.0");
        for (LayerDefinition def : catalogue.layers()) {
            Element layer = layerNamed(doc, def.name());
            assertThat(layer).as("layer %s in capabilities", def.name()).isNotNull();
            assertThat(childText(layer, "Title")).containsExactly(def.title());
            assertThat(layer.getAttribute("queryable")).isEqualTo("1");
            // A group (reference: one MapServer layer per geometry type) states its CRSs and
            // bounding boxes on its parts, which WMS clients see nested inside it.
            for (LayerDefinition partDef : def.parts()) {
                Element part = layerNamed(doc, partDef.name());
                assertThat(part).as("layer %s in capabilities", partDef.name()).isNotNull();
                if (def.isGroup()) {
                    assertThat(part.getParentNode())
                            .as("%s inside group %s", partDef.name(), def.name())
                            .isSameAs(layer);
                }
                assertCrsAndBoundingBoxes(catalogue, part, partDef.name());
            }
        }
    }

    private static void assertCrsAndBoundingBoxes(LayerCatalogue catalogue, Element layer, String name) {
        assertThat(childText(layer, "CRS")).as("CRS of %s", name).containsAll(catalogue.crs());
        for (String crs : catalogue.crs()) {
            Element box = boundingBox(layer, crs);
            assertThat(box).as("BoundingBox %s of %s", crs, name).isNotNull();
            assertThat(Double.parseDouble(box.getAttribute("minx")))
                    .isLessThan(Double.parseDouble(box.getAttribute("maxx")));
            assertThat(Double.parseDouble(box.getAttribute("miny")))
                    .isLessThan(Double.parseDouble(box.getAttribute("maxy")));
        }
        // WMS 1.3: EPSG:4258 is latitude first, so "x" holds latitudes of Norway (57–72 °N).
        Element geographic = boundingBox(layer, "EPSG:4258");
        assertThat(Double.parseDouble(geographic.getAttribute("minx"))).isBetween(55.0, 60.0);
        assertThat(Double.parseDouble(geographic.getAttribute("maxx"))).isBetween(70.0, 73.0);
    }

    @Test
    void legendsAreOfferedThroughGetLegendGraphic() throws Exception {
        Document doc = parse(capabilities);
        for (LayerDefinition def : LayerCatalogue.standard().layers()) {
            Element layer = layerNamed(doc, def.name());
            NodeList legend = layer.getElementsByTagNameNS(WMS_NS, "LegendURL");
            assertThat(legend.getLength()).as("LegendURL of %s", def.name()).isPositive();
            Element resource = (Element) ((Element) legend.item(0))
                    .getElementsByTagNameNS(WMS_NS, "OnlineResource")
                    .item(0);
            String href = resource.getAttributeNS("http://www.w3.org/1999/xlink", "href");
            assertThat(href).contains("request=GetLegendGraphic");
            HttpResponse<byte[]> r = new WmsClient()
                    .get(Map.of(
                            "SERVICE",
                            "WMS",
                            "VERSION",
                            "1.3.0",
                            "REQUEST",
                            "GetLegendGraphic",
                            "LAYER",
                            def.name(),
                            "FORMAT",
                            "image/png",
                            "SLD_VERSION",
                            "1.1.0"));
            assertThat(WmsClient.png(r).getHeight())
                    .as("legend of %s", def.name())
                    .isGreaterThan(10);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static Element layerNamed(Document doc, String name) {
        NodeList layers = doc.getElementsByTagNameNS(WMS_NS, "Layer");
        for (int i = 0; i < layers.getLength(); i++) {
            Element layer = (Element) layers.item(i);
            if (childText(layer, "Name").contains(name)) {
                return layer;
            }
        }
        return null;
    }

    static List<String> childText(Element parent, String localName) {
        List<String> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WMS_NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e.getTextContent().trim());
            }
        }
        return out;
    }

    static Element boundingBox(Element layer, String crs) {
        for (org.w3c.dom.Node n = layer.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "BoundingBox".equals(e.getLocalName()) && crs.equals(e.getAttribute("CRS"))) {
                return e;
            }
        }
        return null;
    }
}
