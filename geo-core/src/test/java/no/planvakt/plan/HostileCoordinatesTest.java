package no.planvakt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvakt.InputException;
import no.planvakt.crs.Crs;
import no.planvakt.crs.PlausibleExtent;
import no.planvakt.reference.LayerManifest;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * Issue 9, point 1: one wrong vertex (a ×1000 or ×10 typo, 1e300, a SOSI ...ENHET 1E300) used to
 * drive the transform's densify step to the full heap. Each is now refused before any repair or
 * transform, naming the file, the feature and the coordinate; real plans anywhere in Norway pass.
 */
class HostileCoordinatesTest {
    @TempDir
    Path dir;

    private final PlanReader reader = new PlanReader(25833);

    @Test
    void aTimesThousandTypoInOneVertexIsRefusedNamingFileFeatureAndCoordinate() throws Exception {
        Path f = write("typo.geojson", triangle("EPSG:25832", "[447000,6712000],[447500,6710000000],[447500,6712400]"));
        assertThatThrownBy(() -> reader.read(f, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("typo.geojson: feature #1")
                .hasMessageContaining("(447500, 6710000000)")
                .hasMessageContaining("utenfor Norge i EPSG:25832");
    }

    @Test
    void aTimesTenTypoIsRefusedToo() throws Exception {
        Path north =
                write("north.geojson", triangle("EPSG:25832", "[447000,6712000],[447500,67120000],[447500,6712400]"));
        assertThatThrownBy(() -> reader.read(north, PlanVersionKind.DRAFT)).hasMessageContaining("(447500, 67120000)");
        Path east =
                write("east.geojson", triangle("EPSG:25832", "[447000,6712000],[4475000,6712000],[447500,6712400]"));
        assertThatThrownBy(() -> reader.read(east, PlanVersionKind.DRAFT)).hasMessageContaining("(4475000, 6712000)");
    }

    @Test
    void hugeCoordinatesAreRefused() throws Exception {
        Path f = write("huge.geojson", triangle("EPSG:25832", "[1e300,1e300],[-1e300,1e300],[0,-1e300]"));
        assertThatThrownBy(() -> reader.read(f, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("huge.geojson: feature #1")
                .hasMessageContaining("1.0E300");
    }

    @Test
    void aSosiFileWithEnhet1e300IsRefusedNamingTheFlate() throws Exception {
        String sosi = ".HODE\n..TEGNSETT ISO8859-1\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 0 0\n...ENHET 1E300\n"
                + ".KURVE 1:\n..OBJTYPE KpArealformålGrense\n..NØ\n6712000 447000\n6712000 447500\n6712400 447500\n6712000 447000\n"
                + ".FLATE 10:\n..OBJTYPE KpArealformålOmråde\n..KPAREALFORMÅL 1120\n..AREALST 2\n..REF :1\n..NØ\n6712100 447300\n"
                + ".SLUTT\n";
        Path f = dir.resolve("enhet.sos");
        Files.write(f, sosi.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(f, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("enhet.sos: line")
                .hasMessageContaining(".FLATE 10")
                .hasMessageContaining("utenfor Norge i EPSG:25832");
    }

    @Test
    void aCrsForAnotherCountryIsRefusedAsAWhole() throws Exception {
        // EPSG:2263, New York Long Island (US feet): its area of use does not reach Norway.
        Path f = write("ny.geojson", triangle("EPSG:2263", "[447000,6712000],[447500,6712000],[447500,6712400]"));
        assertThatThrownBy(() -> reader.read(f, PlanVersionKind.DRAFT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("ny.geojson: EPSG:2263")
                .hasMessageContaining("som ikke når Norge");
    }

    @Test
    void plansAcrossNorwayPassInTheNationalStorageCrs() throws Exception {
        // Bergen (5.3°E) and Vardø (31.1°E) in UTM 33, far outside the zone's own 12–18°E.
        Geometry bergen = Crs.transform(new WKTReader().read("POINT (5.32 60.39)"), 4326, 25833);
        Geometry vardo = Crs.transform(new WKTReader().read("POINT (31.1 70.37)"), 4326, 25833);
        PlausibleExtent utm33 = PlausibleExtent.of("test", 25833);
        utm33.check("Bergen", bergen);
        utm33.check("Vardø", vardo);
        assertThat(utm33.extent().getMaxY()).isBetween(9_000_000.0, 9_300_000.0);
    }

    @Test
    void aReferenceLayerWithATypoIsRefusedBeforeItsTransform() throws Exception {
        Path f = write("vern.geojson", triangle("EPSG:25832", "[447000,6712000],[447500,6710000000],[447500,6712400]"));
        LayerManifest m =
                new LayerManifest("vern", "Vern", "vern.geojson", "test", null, "CC BY 4.0", null, null, null, null);
        assertThatThrownBy(() -> new ReferenceLayerReader(25833).read(m, f, "vern.geojson"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("vern.geojson: feature #1")
                .hasMessageContaining("of reference layer vern")
                .hasMessageContaining("(447500, 6710000000)");
    }

    @Test
    void densificationIsBoundedForEvenTheLongestGeometry() throws Exception {
        // A 4000 km line inside Norway's extent: 100 m segments would be 40 000 vertices, fine; 1e9 m would not be.
        Geometry line =
                new WKTReader().read("LINESTRING (0 6500000, 0 7500000, 1000000 7500000, 1000000 6500000, 0 6500000)");
        Geometry out = Crs.transform(line, 25832, 25833);
        assertThat(out.getNumPoints()).isBetween(40_000, 40_010);
        ReferenceLayer ok = new ReferenceLayerReader(25833)
                .read(
                        new LayerManifest("ok", "Ok", "ok.geojson", "test", null, "CC BY 4.0", null, null, null, null),
                        write(
                                "ok.geojson",
                                triangle("EPSG:25832", "[447000,6712000],[447500,6712000],[447500,6712400]")),
                        "ok.geojson");
        assertThat(ok.features()).hasSize(1);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static String triangle(String crs, String vertices) {
        String first = vertices.substring(0, vertices.indexOf(']') + 1);
        return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs
                + "\"}},\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"KPAREALFORMÅL\":1120,\"AREALST\":2},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[" + vertices + "," + first + "]]}}]}";
    }
}
