package no.planvakt.layers.mapserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.style.StyleCatalogue;
import org.junit.jupiter.api.Test;

class MapfileWriterTest {
    private final MapfileSettings settings = new MapfileSettings(
            "127.0.0.1",
            55434,
            "planvakt",
            "postgres",
            "pa'ss word",
            "http://127.0.0.1:55480/wms?",
            Path.of("/tmp/ms"),
            Path.of("/fonts/DejaVuSans.ttf"));
    private final String mapfile =
            new MapfileWriter(LayerCatalogue.standard(), StyleCatalogue.standard(), settings).write();

    @Test
    void everySubstitutedParameterHasAValidationPatternAndDefault() {
        assertThat(mapfile)
                .contains(
                        "\"run\" \"^[0-9]{1,18}$\"",
                        "\"default_run\" \"0\"",
                        "\"municipality\" \"^([0-9]{4}|all)$\"",
                        "\"default_municipality\" \"all\"",
                        "\"reflayer\" \"^[a-z][a-z0-9_]{0,62}$\"");
        // Eleven MapServer layers (reference is three, one per geometry type; three for the energy
        // overview), each with one VALIDATION block.
        assertThat(mapfile.split("VALIDATION", -1)).hasSize(12);
    }

    @Test
    void connectionQuotesThePassword() {
        assertThat(settings.connectionString())
                .isEqualTo("host='127.0.0.1' port=55434 dbname='planvakt' user='postgres' password='pa\\'ss word'");
        // In the mapfile string the backslash is escaped once more.
        assertThat(mapfile).contains("password='pa\\\\'ss word'");
    }

    @Test
    void advertisesAllCrsAndSqlOnOneLine() {
        assertThat(mapfile).contains("\"wms_srs\" \"EPSG:25833 EPSG:25832 EPSG:25835 EPSG:4258 EPSG:4326 EPSG:3857\"");
        assertThat(mapfile.lines().filter(l -> l.trim().startsWith("DATA")))
                .hasSize(11)
                .allMatch(l -> l.endsWith("USING UNIQUE id USING SRID=25833\""));
        assertThat(mapfile).contains("SCALETOKEN NAME \"%overview_select%\"", "LABELMAXSCALEDENOM 25000");
    }

    @Test
    void referenceIsAGroupOfOneLayerPerGeometryType() {
        assertThat(mapfile.split("GROUP \"reference\"", -1)).hasSize(4);
        assertThat(mapfile)
                .contains(
                        "NAME \"reference_polygons\"\n    GROUP \"reference\"\n    TYPE POLYGON",
                        "NAME \"reference_lines\"\n    GROUP \"reference\"\n    TYPE LINE",
                        "NAME \"reference_points\"\n    GROUP \"reference\"\n    TYPE POINT",
                        "\"wms_group_title\" \"Referansedata\"");
        assertThat(mapfile.split("\n    GROUP ", -1))
                .as("no other layer is grouped")
                .hasSize(4);
    }

    @Test
    void theLayersAndTheFindingsLayerArePinnedExactly() {
        assertThat(mapfile.lines().filter(l -> l.startsWith("    NAME ")).toList())
                .containsExactly(
                        "    NAME \"plan_landuse\"",
                        "    NAME \"plan_zones\"",
                        "    NAME \"reference_polygons\"",
                        "    NAME \"reference_lines\"",
                        "    NAME \"reference_points\"",
                        "    NAME \"findings\"",
                        "    NAME \"energy_gaps\"",
                        "    NAME \"energy_sites\"",
                        "    NAME \"energy_proposed\"",
                        "    NAME \"account_reserve\"",
                        "    NAME \"findings_transport\"");
        String findings = mapfile.substring(
                mapfile.indexOf("    NAME \"findings\""), mapfile.indexOf("    NAME \"energy_gaps\""));
        assertThat(findings.lines()
                        .filter(l -> l.trim().startsWith("DATA"))
                        .findFirst()
                        .orElseThrow())
                .isEqualTo("    DATA \"geom FROM"
                        + " (SELECT * FROM wms.finding WHERE CASE WHEN %run% > 0 THEN run_id = %run% WHEN %planversion% > 0 THEN"
                        + " plan_version_id = %planversion% AND latest_in_version ELSE latest_in_municipality AND ('%municipality%' = 'all'"
                        + " OR municipality = '%municipality%') END AND ('%rule%' = 'all' OR rule_id = '%rule%')) AS t USING UNIQUE id"
                        + " USING SRID=25833\"");
        assertThat(findings).contains("""
                    VALIDATION
                      "run" "^[0-9]{1,18}$"
                      "default_run" "0"
                      "planversion" "^[0-9]{1,18}$"
                      "default_planversion" "0"
                      "municipality" "^([0-9]{4}|all)$"
                      "default_municipality" "all"
                      "rule" "^([A-Za-z0-9][A-Za-z0-9_.]{0,31}|all)$"
                      "default_rule" "all"
                    END
                """);
        assertThat(findings.lines()
                        .filter(l -> l.trim().startsWith("EXPRESSION"))
                        .map(String::trim)
                        .toList())
                .containsExactly(
                        "EXPRESSION \"RED\"",
                        "EXPRESSION \"YELLOW\"",
                        "EXPRESSION \"GREEN\"",
                        "EXPRESSION \"INFO\"",
                        "EXPRESSION \"NOT_MAPPED\"");
    }
}
