package no.planvakt.layers.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;
import no.planvakt.layers.catalogue.QueryParameter;
import no.planvakt.layers.style.SldWriter;
import no.planvakt.layers.style.StyleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The data-directory form holds the same SQL views, regexes and styles, and every catalogue id it refers to exists. */
class GeoServerDataDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void writesAConsistentWorkspace() throws Exception {
        LayerCatalogue catalogue = LayerCatalogue.standard();
        GeoServerTarget target = new GeoServerTarget(
                URI.create("http://unused/geoserver/rest"),
                "u",
                "p",
                "planvakt",
                "planvakt_postgis",
                "https://planvakt.no/planvakt");
        Path ws = new GeoServerDataDirectory(catalogue, StyleCatalogue.standard(), target)
                .write(dir, new PostgisConnection("db", 5432, "planvakt", "wms", "secret"));

        Set<String> ids = new HashSet<>();
        Set<String> references = new HashSet<>();
        List<Path> xml;
        try (Stream<Path> files = Files.walk(ws)) {
            xml = files.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        for (Path file : xml) {
            Element root = parse(file).getDocumentElement();
            NodeList idNodes = root.getElementsByTagName("id");
            for (int i = 0; i < idNodes.getLength(); i++) {
                Element id = (Element) idNodes.item(i);
                (id.getParentNode() == root ? ids : references).add(id.getTextContent());
            }
        }
        assertThat(ids).containsAll(references);

        for (LayerDefinition layer : catalogue.layers()) {
            Document ft =
                    parse(ws.resolve("planvakt_postgis").resolve(layer.name()).resolve("featuretype.xml"));
            assertThat(text(ft, "sql")).isEqualTo(layer.sql().replaceAll("\\s*\\R\\s*", " "));
            NodeList params = ft.getElementsByTagName("parameter");
            assertThat(params.getLength()).isEqualTo(layer.parameters().size());
            for (int i = 0; i < params.getLength(); i++) {
                Element p = (Element) params.item(i);
                QueryParameter declared = catalogue.parameter(
                        p.getElementsByTagName("name").item(0).getTextContent());
                assertThat(p.getElementsByTagName("regexpValidator").item(0).getTextContent())
                        .isEqualTo(declared.pattern());
            }
            String sld = Files.readString(ws.resolve("styles").resolve(layer.style() + ".sld"));
            assertThat(sld)
                    .isEqualTo(
                            GeoServerSld.write(layer, StyleCatalogue.standard().require(layer.style())));
            // Mixed-geometry layers get point and line symbolizers; the others the shared SLD.
            assertThat(sld.contains("<PointSymbolizer>"))
                    .as("point symbolizer in %s", layer.style())
                    .isEqualTo(layer.isGroup());
            if (!layer.isGroup()) {
                assertThat(sld)
                        .isEqualTo(SldWriter.write(
                                layer.name(), StyleCatalogue.standard().require(layer.style())));
            }
        }
        assertThat(Files.readString(ws.resolve("planvakt_postgis/datastore.xml")))
                .contains("<entry key=\"schema\">wms</entry>");
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent();
    }
}
