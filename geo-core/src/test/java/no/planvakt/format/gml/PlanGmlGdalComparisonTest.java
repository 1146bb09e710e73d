package no.planvakt.format.gml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.planvakt.InputException;
import no.planvakt.format.GdalOracle;
import no.planvakt.format.SourceFeature;
import no.planvakt.format.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DiBK's Plan GML 5.0 rule fixtures against GDAL's GML driver. Each {@code -fail} fixture breaks
 * one rule; Planvakt either refuses it with a message naming the object and line, or reads it
 * because the rule does not change what the checks see (the reason is given per fixture).
 * Read files must match GDAL per feature type in count and area (0.01 %).
 */
class PlanGmlGdalComparisonTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void gdalIsInstalled() {
        GdalOracle.requireInstalled();
    }

    static Stream<Arguments> readable() {
        return Stream.of(
                arguments("gml.avgr.1-pass.gml", "valid"),
                arguments("gml.bue.1-pass.gml", "valid (arc)"),
                arguments("gml.bue.2-pass.gml", "valid (arc)"),
                arguments("gml.epsg.1-pass-1.gml", "valid"),
                arguments("gml.epsg.1-pass-2.gml", "valid (srsName on every geometry)"),
                arguments("gml.epsg.2-pass.gml", "valid (3D EPSG:5972 read as 25832, TIN as triangles)"),
                arguments("gml.gmlid.1-2D-pass.gml", "valid"),
                arguments("gml.gmlid.1-3D-pass.gml", "valid"),
                arguments("gml.uuid.1-pass.gml", "valid"),
                arguments("gml.xlink.1-2D-pass.gml", "valid (reference into another file: warning)"),
                arguments("gml.xlink.1-3D-pass.gml", "valid (references into another file: warning)"),
                arguments(
                        "gml.avgr.1-fail.gml",
                        "a boundary line does not follow its area's edge: the areas are unchanged"),
                arguments(
                        "gml.bue.2-fail.gml",
                        "an arc whose three points are almost on a line: read as a nearly straight arc"),
                arguments(
                        "gml.flate.2-fail.gml", "a self-intersecting surface: PlanImporter repairs it with a warning"),
                arguments("gml.flate.3-fail.gml", "a surface rule (hole/orientation) that leaves the area readable"),
                arguments(
                        "gml.flate.4-fail.gml", "a self-intersecting surface: PlanImporter repairs it with a warning"),
                arguments(
                        "gml.flate.5-fail.gml",
                        "a surface without srsName inside a file that has one: the file's CRS applies"),
                arguments("gml.gmlid.1-2D-fail.gml", "a geometry gml:id is not unique: ids of geometries are not used"),
                arguments(
                        "gml.gmlid.1-3D-fail.gml",
                        "a feature gml:id is used twice: warning, PlanImporter renames duplicates"),
                arguments("gml.kurve.2-fail.gml", "a curve rule that leaves the geometry readable"),
                arguments("gml.uuid.1-fail.gml", "lokalId is not a UUID: ids are only used as ids"),
                arguments("gml.xlink.1-2D-fail.gml", "dangling xlink:href: warning, references do not change areas"),
                arguments(
                        "gml.xlink.1-3D-fail.gml", "references point inside the file instead of the 2D file: warning"),
                arguments(
                        "kpa-testplan.gml",
                        "Planvakt's KPA test plan (Kommuneplan 20190401 namespace, arc in a ring)"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("readable")
    void readLikeGdal(String name, String why) throws Exception {
        Path ours = GdalOracle.resource("/gml/" + name, Files.createDirectories(tmp.resolve("planvakt")));
        Path gdalDir = Files.createDirectories(tmp.resolve("gdal"));
        Path theirs = Files.copy(ours, gdalDir.resolve(name));
        SourceFile read = new PlanGmlReader().read(ours);
        List<SourceFeature> gdal = GdalOracle.readGml(theirs, gdalDir).stream()
                .flatMap(f -> f.features().stream())
                .toList();
        GdalOracle.Stats.of(read.features(), SourceFeature::layer)
                .assertMatches(GdalOracle.Stats.of(gdal, SourceFeature::layer), 1e-4, name);
        assertThat(read.srid()).isEqualTo(25832);
    }

    @org.junit.jupiter.api.Test
    void fixturesThatAreReadDespiteTheirRuleSayWhatIsWrong() throws Exception {
        SourceFile xlink = new PlanGmlReader().read(GdalOracle.resource("/gml/gml.xlink.1-2D-fail.gml", tmp));
        assertThat(xlink.warnings())
                .anyMatch(
                        w -> w.startsWith("gml.xlink.1-2D-fail.gml: line 10, Arealplan")
                                && w.endsWith(
                                        "xlink:href \"#_ef872b4e-c1b7-40eb-b949-fdb0ca19c6aa\" points to no object in the file"));
        SourceFile id = new PlanGmlReader().read(GdalOracle.resource("/gml/gml.gmlid.1-3D-fail.gml", tmp));
        assertThat(id.warnings())
                .contains("gml.gmlid.1-3D-fail.gml: line 46, RpRegulertTerreng _0e39744f-76e3-4171-bb8f-d3554c70ebb5:"
                        + " gml:id _0e39744f-76e3-4171-bb8f-d3554c70ebb5 is used twice");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("gml.bue.1-fail.gml", "line 96): gml:Arc needs exactly 3 points, found 2"),
                arguments(
                        "gml.epsg.1-fail.gml",
                        "differs from the file's \"http://www.opengis.net/def/crs/EPSG/0/23095\"; a plan must be delivered in one coordinate system"),
                arguments("gml.epsg.2-fail.gml", "no srsName anywhere in the file"),
                arguments(
                        "gml.flate.1-fail.gml",
                        "RpOmråde _d23f6d0c-ac1d-4857-b2fc-a8501e014dfb (line 56): gml:posList has 49 numbers"),
                arguments(
                        "gml.kurve.1-fail.gml",
                        "(line 56): gml:posList has 49 numbers, not a whole number of 2-dimensional points"));
    }

    @ParameterizedTest(name = "{0} refused")
    @MethodSource("refused")
    void refusedWithAClearMessage(String name, String message) throws Exception {
        Path ours = GdalOracle.resource("/gml/" + name, tmp);
        assertThatThrownBy(() -> new PlanGmlReader().read(ours))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(name)
                .hasMessageContaining(message);
    }
}
