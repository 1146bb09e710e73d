package no.planvakt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import no.planvakt.InputException;
import no.planvakt.crs.Crs;
import no.planvakt.crs.PlausibleExtent;
import no.planvakt.demo.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * A typo that keeps a plan object inside Norway but moves it out of its municipality is refused,
 * against the real 2024 boundary of Hol (3330, the demo's municipality).
 */
class MunicipalityExtentTest {
    @TempDir
    static Path dir;

    static String draft;
    final PlanReader reader = new PlanReader(Crs.DEFAULT_CANONICAL_SRID);

    @BeforeAll
    static void demo() throws Exception {
        DemoData.extractTo(dir);
        draft = Files.readString(dir.resolve(DemoData.DRAFT));
    }

    @Test
    void theDemoPlanLiesInHolAndIsRead() {
        assertThat(reader.read(dir.resolve(DemoData.DRAFT), PlanVersionKind.DRAFT)
                        .municipality())
                .isEqualTo("3330");
        assertThat(reader.read(dir.resolve(DemoData.ADOPTED), PlanVersionKind.ADOPTED)
                        .features())
                .isNotEmpty();
    }

    @Test
    void aNorthingWithAWrongDigitIsRefusedNamingFileObjectAndCoordinate() throws Exception {
        // D1's corner 6 712 400 written 6 912 400: 200 km north, in Trøndelag, still inside Norway. GDAL gives Hol's
        // box in EPSG:25832 as 414 667–479 226 E, 6 689 715–6 748 546 N: the corner lies 163.9 km north of it.
        assertThat(PlausibleExtent.of("x", 25832).extent().contains(447500, 6912400))
                .isTrue();
        Path f = write("nord.geojson", replaceOnce(draft, "6712400", "6912400"));
        assertThatThrownBy(() -> reader.read(f, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "nord.geojson: feature #1 (line 11): koordinaten (447500, 6912400) i EPSG:25832 ligger om lag 164 km utenfor"
                                + " rektangelet rundt kommune 3330 Hol, som planen gjelder (grensen er 5 km). Et siffer for mye, for lite"
                                + " eller feil i en koordinat?");
    }

    @Test
    void anEastingTimesTenIsRefused() throws Exception {
        // The same plan in EPSG:25833, where Hol's eastings are small (about 120 000): ×10 is still inside Norway's
        // extent.
        Point hol =
                (Point) Crs.transform(new GeometryFactory().createPoint(new Coordinate(447000, 6712000)), 25832, 25833);
        double typo = Math.round(hol.getX()) * 10.0;
        assertThat(PlausibleExtent.of("x", 25833).extent().contains(typo, hol.getY()))
                .isTrue();
        String in33 =
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:25833\"}},"
                        + "\"features\":[{\"type\":\"Feature\",\"properties\":{\"KOMM\":\"3330\",\"KPAREALFORMÅL\":1120,\"AREALST\":2},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + corner(hol.getX(), hol.getY()) + ","
                        + corner(typo, hol.getY())
                        + "," + corner(hol.getX() + 500, hol.getY() + 400) + "," + corner(hol.getX(), hol.getY())
                        + "]]}}]}";
        Path f = write("oest.geojson", in33);
        // GDAL: Hol's box in EPSG:25833 ends at 149 410 E, so 1 182 940 lies 1 033.5 km east of it.
        assertThat(typo).isEqualTo(1_182_940);
        assertThatThrownBy(() -> reader.read(f, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessage("oest.geojson: feature #1 (line 1): koordinaten (1182940, " + Math.round(hol.getY())
                        + ") i EPSG:25833 ligger"
                        + " om lag 1034 km utenfor rektangelet rundt kommune 3330 Hol, som planen gjelder (grensen er 5 km). Et siffer for"
                        + " mye, for lite eller feil i en koordinat?");
    }

    @Test
    void anObjectJustOverTheBoundaryIsAcceptedAndOneOfAnotherMunicipalityIsCheckedAgainstItsOwn() throws Exception {
        MunicipalityExtent hol = MunicipalityExtent.of("3330", 25832).orElseThrow();
        Point centre = (Point) Crs.transform(
                MunicipalityBoundaries.find("3330", 25832)
                        .orElseThrow()
                        .area()
                        .getEnvelope()
                        .getCentroid(),
                25832,
                25832);
        hol.check("in the middle", centre);
        assertThat(MunicipalityExtent.of("9999", 25832)).isEmpty();
        assertThat(MunicipalityExtent.of(null, 25832)).isEmpty();
        // An object of Drammen (3301) in a file that is otherwise Hol's is checked against Drammen, not Hol.
        assertThatThrownBy(
                        () -> MunicipalityExtent.of("3301", 25832).orElseThrow().check("x", centre))
                .hasMessageContaining("rundt kommune 3301 Drammen");
    }

    private static String corner(double x, double y) {
        return "[" + Math.round(x) + "," + Math.round(y) + "]";
    }

    private static String replaceOnce(String s, String what, String with) {
        int i = s.indexOf(what);
        assertThat(i).isNotNegative();
        return s.substring(0, i) + with + s.substring(i + what.length());
    }

    private static Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
