package no.planvakt.format.gml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvakt.InputException;
import no.planvakt.format.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken GML: refused with a message that says what and where. */
class PlanGmlBadInputTest {
    @TempDir
    Path tmp;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String OPEN = "<gml:FeatureCollection xmlns:gml=\"http://www.opengis.net/gml/3.2\""
            + " xmlns:app=\"http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

    private Path write(String name, String xml) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, xml, StandardCharsets.UTF_8);
        return p;
    }

    static String area(String id, String posList) {
        return "<gml:featureMember><app:KpArealformålOmråde gml:id=\"" + id + "\">\n"
                + "<app:identifikasjon><app:Identifikasjon><app:lokalId>" + id
                + "</app:lokalId></app:Identifikasjon></app:identifikasjon>\n"
                + "<app:område><gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::25833\"><gml:exterior><gml:LinearRing><gml:posList>"
                + posList + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></app:område>\n"
                + "<app:arealformål>1120</app:arealformål><app:arealbruksstatus>2</app:arealbruksstatus>\n"
                + "</app:KpArealformålOmråde></gml:featureMember>\n";
    }

    @Test
    void aDatedKommuneplanNamespaceAndUrnSrsNameAreRead() throws Exception {
        SourceFile f = new PlanGmlReader()
                .read(write(
                        "ok.gml",
                        HEAD + OPEN
                                + area(
                                        "a1",
                                        "200000 6600000 200100 6600000 200100 6600100 200000 6600100 200000 6600000")
                                + "</gml:FeatureCollection>"));
        assertThat(f.srid()).isEqualTo(25833);
        assertThat(f.features()).singleElement().satisfies(x -> {
            assertThat(x.layer()).isEqualTo("KpArealformålOmråde");
            assertThat(x.id()).isEqualTo("a1");
            assertThat(x.attributes()).containsEntry("lokalId", "a1").containsEntry("arealformål", "1120");
            assertThat(x.geometry().getArea()).isEqualTo(10000.0);
            assertThat(x.geometry().getEnvelopeInternal().getMinX()).isEqualTo(200000.0);
        });
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreRead() throws Exception {
        SourceFile f = new PlanGmlReader()
                .read(write(
                        "amp.gml",
                        HEAD + OPEN
                                + "<gml:featureMember><app:KpOmråde gml:id=\"x\"><app:plannavn>Gol &amp; Hol &#216;st</app:plannavn></app:KpOmråde></gml:featureMember>"
                                + "</gml:FeatureCollection>"));
        assertThat(f.features().get(0).attributes()).containsEntry("plannavn", "Gol & Hol Øst");
    }

    @Test
    void featuresStraightUnderTheCollectionAreRead() throws Exception {
        String member = area("a1", "200000 6600000 200100 6600000 200100 6600100 200000 6600100 200000 6600000");
        String bare = member.replace("<gml:featureMember>", "").replace("</gml:featureMember>", "");
        SourceFile f = new PlanGmlReader().read(write("bare.gml", HEAD + OPEN + bare + "</gml:FeatureCollection>"));
        assertThat(f.features()).extracting(x -> x.id()).containsExactly("a1");
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = write("secret.txt", "top secret");
        Path p = write(
                "xxe.gml",
                HEAD + "<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n" + OPEN
                        + "<gml:featureMember><app:KpOmråde gml:id=\"x\"><app:plannavn>&xxe;</app:plannavn></app:KpOmråde></gml:featureMember>"
                        + "</gml:FeatureCollection>");
        assertThatThrownBy(() -> new PlanGmlReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("xxe.gml: XML-en har en DOCTYPE-deklarasjon; Planvakt avviser DTD-er")
                .hasMessageNotContaining("top secret");
    }

    @Test
    void entityExpansionBombsAreRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>\n");
        Path p = write(
                "bomb.gml",
                HEAD + dtd + OPEN
                        + "<gml:featureMember><app:KpOmråde gml:id=\"x\"><app:plannavn>&lol9;</app:plannavn></app:KpOmråde></gml:featureMember>"
                        + "</gml:FeatureCollection>");
        assertThatThrownBy(() -> new PlanGmlReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bomb.gml: XML-en har en DOCTYPE-deklarasjon");
    }

    @Test
    void undeclaredEntitiesWithoutADoctypeAreRefused() throws Exception {
        Path p = write(
                "ent.gml",
                HEAD + OPEN
                        + "<gml:featureMember><app:KpOmråde gml:id=\"x\"><app:plannavn>&lol9;</app:plannavn></app:KpOmråde></gml:featureMember>"
                        + "</gml:FeatureCollection>");
        assertThatThrownBy(() -> new PlanGmlReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("ent.gml: line 3: avviste en XML-entitet");
    }

    @Test
    void truncatedXmlIsRefusedWithTheLine() throws Exception {
        String full =
                HEAD + OPEN + area("a1", "200000 6600000 200100 6600000 200100 6600100 200000 6600100 200000 6600000");
        Path p = write("cut.gml", full.substring(0, full.length() - 40));
        assertThatThrownBy(() -> new PlanGmlReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cut.gml: malformed XML at line");
    }

    @Test
    void aRingThatDoesNotCloseIsRefusedOrClosed() throws Exception {
        Path far = write(
                "open.gml",
                HEAD + OPEN + area("a1", "200000 6600000 200100 6600000 200100 6600100 200000 6600100 200000 6600050")
                        + "</gml:FeatureCollection>");
        assertThatThrownBy(() -> new PlanGmlReader().read(far))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("open.gml: line 3, KpArealformålOmråde a1 (line 5): ring does not close");
        SourceFile near = new PlanGmlReader()
                .read(write(
                        "near.gml",
                        HEAD + OPEN
                                + area(
                                        "a1",
                                        "200000 6600000 200100 6600000 200100 6600100 200000 6600100 200000 6600000.3")
                                + "</gml:FeatureCollection>"));
        assertThat(near.features().get(0).geometry().isValid()).isTrue();
        assertThat(near.warnings()).anyMatch(w -> w.contains("ring did not close (gap 0.300)"));
    }

    @Test
    void filesOverTheSizeLimitAreRefused() throws Exception {
        Path p = write("big.gml", HEAD + OPEN + "</gml:FeatureCollection>");
        assertThatThrownBy(() -> new PlanGmlReader(10).read(p))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("over grensen på 10 byte");
    }
}
