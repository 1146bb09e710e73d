package no.planvakt.format.sosi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvakt.InputException;
import no.planvakt.format.FeatureFiles;
import no.planvakt.format.GdalOracle;
import no.planvakt.format.SourceFeature;
import no.planvakt.format.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;

/** Broken SOSI files: each is refused with a message naming the line and group, or repaired with a warning. */
class SosiBadInputTest {
    @TempDir
    Path tmp;

    /** A tiny plan: one square FLATE on four curves, 100 m × 100 m at E 500000, N 6700000 (ENHET 0.01). */
    static String square(String koordsys, String extraFlate, String closingCurve) {
        return ".HODE\n..TEGNSETT ISO8859-1\n..TRANSPAR\n...KOORDSYS " + koordsys
                + "\n...ORIGO-NØ 6700000 500000\n...ENHET 0.01\n"
                + ".KURVE 1:\n..OBJTYPE KpArealformålGrense\n..NØ\n0 0\n0 10000\n"
                + ".KURVE 2:\n..OBJTYPE KpArealformålGrense\n..NØ\n0 10000\n10000 10000\n"
                + ".KURVE 3:\n..OBJTYPE KpArealformålGrense\n..NØ\n10000 10000\n10000 0\n"
                + ".KURVE 4:\n..OBJTYPE KpArealformålGrense\n..NØ\n" + closingCurve + "\n"
                + ".FLATE 10:\n..OBJTYPE KpArealformålOmråde\n..KPAREALFORMÅL 1120\n..AREALST 2\n..REF :1 :2 :3 :4"
                + extraFlate + "\n..NØ\n5000 5000\n"
                + ".SLUTT\n";
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    @Test
    void aSquareIsReadWithEastFirstAndItsArea() throws Exception {
        SourceFile f = new SosiFeatureReader().read(write("ok.sos", square("22", "", "10000 0\n0 0")));
        assertThat(f.srid()).isEqualTo(25832);
        SourceFeature flate = f.features().stream()
                .filter(x -> x.where().contains(".FLATE"))
                .findFirst()
                .orElseThrow();
        assertThat(flate.layer()).isEqualTo("KpArealformålOmråde");
        assertThat(flate.id()).isEqualTo("10");
        assertThat(flate.where()).isEqualTo("line 27, .FLATE 10");
        assertThat(flate.attributes()).containsEntry("KPAREALFORMÅL", 1120L).containsEntry("AREALST", 2L);
        assertThat(flate.geometry().getArea()).isEqualTo(10000.0);
        // ..NØ is north, east: x must be the easting (500000…500100), y the northing.
        assertThat(flate.geometry().getEnvelopeInternal().getMinX()).isEqualTo(500000.0);
        assertThat(flate.geometry().getEnvelopeInternal().getMinY()).isEqualTo(6700000.0);
    }

    @Test
    void truncatedFileIsRefusedNamingTheLineAndGroup() throws Exception {
        byte[] all = GdalOracle.class.getResourceAsStream("/sosi/Regplan.sos").readAllBytes();
        Path cut = tmp.resolve("Regplan-cut.sos");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> new SosiFeatureReader().read(cut))
                .isInstanceOf(InputException.class)
                .hasMessageMatching(
                        "Regplan-cut\\.sos: the file ends at line \\d+ without \\.SLUTT, inside line \\d+, \\.\\w+ \\d+; it is truncated or incomplete");
    }

    @Test
    void missingSluttIsRefused() throws Exception {
        Path buer = GdalOracle.resource("/sosi/buer.sos", tmp);
        assertThatThrownBy(() -> new SosiFeatureReader().read(buer))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "buer.sos: the file ends at line 388 without .SLUTT, inside line 377, .BUEP 26; it is truncated or incomplete");
    }

    @Test
    void unknownKoordsysIsRefused() throws Exception {
        Path p = write("k99.sos", square("99", "", "10000 0\n0 0"));
        assertThatThrownBy(() -> new SosiFeatureReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("k99.sos: unknown ...KOORDSYS 99 in the .HODE");
    }

    @Test
    void missingKoordsysIsRefused() throws Exception {
        Path p = write("nokoord.sos", square("22", "", "10000 0\n0 0").replace("...KOORDSYS 22\n", ""));
        assertThatThrownBy(() -> new SosiFeatureReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("nokoord.sos: the .HODE has no ...KOORDSYS");
    }

    @Test
    void refToAMissingCurveIsRefused() throws Exception {
        Path p = write("ref.sos", square("22", " :77", "10000 0\n0 0"));
        assertThatThrownBy(() -> new SosiFeatureReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessage("ref.sos: line 27, .FLATE 10: ..REF :77 points to a curve that is not in the file");
    }

    @Test
    void aRingWithASmallGapIsClosedWithAWarning() throws Exception {
        // The last curve stops 20 cm short of the first point.
        SourceFile f = new SosiFeatureReader().read(write("gap.sos", square("22", "", "10000 0\n20 0")));
        Polygon flate = (Polygon) f.features().get(4).geometry();
        assertThat(flate.isValid()).isTrue();
        assertThat(f.warnings())
                .anyMatch(w -> w.startsWith("gap.sos: line 27, .FLATE 10: boundary did not close (gap 0.200"));
    }

    @Test
    void aRingWithALargeGapIsRefused() throws Exception {
        Path p = write("gap.sos", square("22", "", "10000 0\n500 0"));
        assertThatThrownBy(() -> new SosiFeatureReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("gap.sos: line 27, .FLATE 10: boundary does not close")
                .hasMessageContaining("5.00 apart");
    }

    @Test
    void aCurveThatDoesNotContinueTheBoundaryIsRefused() throws Exception {
        Path p = write("jump.sos", square("22", "", "20000 0\n0 0"));
        assertThatThrownBy(() -> new SosiFeatureReader().read(p))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("jump.sos: line 27, .FLATE 10: ..REF :4 does not continue the boundary");
    }

    @Test
    void utf8HeaderWithIsoBytesFallsBackAndWarns() throws Exception {
        String text = square("22", "", "10000 0\n0 0")
                .replace("ISO8859-1", "UTF-8")
                .replace("..AREALST 2", "..AREALST 2\n..OMRNAVN Bjørkåsen");
        Path p = write("liar.sos", text);
        SourceFile f = new SosiFeatureReader().read(p);
        assertThat(f.features().get(4).attributes()).containsEntry("OMRNAVN", "Bjørkåsen");
        assertThat(f.warnings())
                .anyMatch(w -> w.startsWith("liar.sos: the header says UTF-8 but line 5 is not valid UTF-8"));
    }

    @Test
    void isoHeaderWithUtf8BytesIsReadAsUtf8() throws Exception {
        String text = square("22", "", "10000 0\n0 0").replace("..AREALST 2", "..AREALST 2\n..OMRNAVN Bjørkåsen");
        Path p = tmp.resolve("utf.sos");
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        SourceFile f = new SosiFeatureReader().read(p);
        assertThat(f.features().get(4).attributes()).containsEntry("OMRNAVN", "Bjørkåsen");
        assertThat(f.warnings())
                .anyMatch(w -> w.contains("the header says ..TEGNSETT ISO8859-1 but the text is UTF-8"));
    }

    @Test
    void sevenAndEightBitNorwegianCharsetsAreDecoded() throws Exception {
        String text = square("22", "", "10000 0\n0 0").replace("..AREALST 2", "..AREALST 2\n..OMRNAVN Bjørkåsen");
        // ND7 puts ÆØÅæøå on [\\]{|}; DOSN8 is DOS code page 865 (Æ 0x92, Ø 0x9D, Å 0x8F, æ 0x91, ø 0x9B, å 0x86).
        Path nd7 = tmp.resolve("nd7.sos");
        Files.write(nd7, encode(text.replace("ISO8859-1", "ND7"), "ÆØÅæøå", new int[] {'[', '\\', ']', '{', '|', '}'}));
        assertThat(new SosiFeatureReader().read(nd7).features().get(4).attributes())
                .containsEntry("OMRNAVN", "Bjørkåsen");
        Path dosn8 = tmp.resolve("dosn8.sos");
        Files.write(
                dosn8,
                encode(text.replace("ISO8859-1", "DOSN8"), "ÆØÅæøå", new int[] {0x92, 0x9D, 0x8F, 0x91, 0x9B, 0x86}));
        SourceFeature flate = new SosiFeatureReader().read(dosn8).features().get(4);
        assertThat(flate.attributes()).containsEntry("OMRNAVN", "Bjørkåsen");
        assertThat(flate.layer()).isEqualTo("KpArealformålOmråde");
    }

    private static byte[] encode(String text, String letters, int[] codes) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int k = letters.indexOf(text.charAt(i));
            out[i] = (byte) (k >= 0 ? codes[k] : text.charAt(i));
        }
        return out;
    }

    @Test
    void iso885910NamesAreDecoded() throws Exception {
        SourceFile f = new SosiFeatureReader().read(GdalOracle.resource("/sosi/1417_N50_RestriksjonsOmrader.sos", tmp));
        assertThat(f.features())
                .anyMatch(x -> "Nærøyfjorden".equals(x.attributes().get("NAVN")));
        assertThat(f.features()).anyMatch(x -> "Naturvernområde".equals(x.layer()));
    }

    @Test
    void filesOverTheSizeLimitAreRefusedBeforeReading() throws Exception {
        Path p = write("big.sos", square("22", "", "10000 0\n0 0"));
        assertThatThrownBy(() -> new SosiFeatureReader(100).read(p))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("big.sos: filen er ")
                .hasMessageContaining("over grensen på 100 byte");
    }

    @Test
    void featureFilesReadsSosByExtension() throws Exception {
        Path p = write("plan.SOS", square("22", "", "10000 0\n0 0"));
        assertThat(FeatureFiles.extensions()).contains("sos", "gml");
        assertThat(FeatureFiles.read(p, t -> true).get(0).features()).hasSize(5);
        assertThat(FeatureFiles.read(p, "KpArealformålOmråde"::equals).get(0).features())
                .extracting(SourceFeature::id)
                .containsExactly("10");
    }
}
