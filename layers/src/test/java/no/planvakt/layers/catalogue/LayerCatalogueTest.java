package no.planvakt.layers.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planvakt.layers.style.StyleCatalogue;
import org.junit.jupiter.api.Test;

class LayerCatalogueTest {
    private final LayerCatalogue catalogue = LayerCatalogue.standard();

    @Test
    void shipsTheLayerKindsWithTheNationalCrsList() {
        assertThat(catalogue.layers())
                .extracting(LayerDefinition::name)
                .containsExactly(
                        "plan_landuse",
                        "plan_zones",
                        "reference",
                        "findings",
                        "energy_gaps",
                        "energy_sites",
                        "energy_proposed",
                        "account_reserve",
                        "findings_transport");
        assertThat(catalogue.crs())
                .containsExactly("EPSG:25833", "EPSG:25832", "EPSG:25835", "EPSG:4258", "EPSG:4326", "EPSG:3857");
        assertThat(catalogue.nativeSrid()).isEqualTo(25833);
        StyleCatalogue styles = StyleCatalogue.standard();
        for (LayerDefinition layer : catalogue.layers()) {
            assertThat(styles.style(layer.style()))
                    .as("style of %s", layer.name())
                    .isPresent();
            assertThat(layer.view()).startsWith("wms.");
            assertThat(layer.info()).isNotEmpty();
        }
        assertThat(catalogue.layer("findings").orElseThrow().info())
                .contains("rule_id", "rule_title", "citation", "status", "area_daa", "share_pct", "plan_object_name");
    }

    @Test
    void everyParameterPatternRefusesSqlAndAcceptsItsDefault() {
        List<String> attacks = List.of(
                "1 OR 1=1", "1;DROP TABLE x", "' OR ''='", "0--", "1/*x*/", "all' --", "1\n", " 1", "1 ", "", "１");
        for (QueryParameter p : catalogue.parameters()) {
            assertThat(p.accepts(p.defaultValue())).isTrue();
            for (String attack : attacks) {
                assertThat(p.accepts(attack))
                        .as("%s accepts %s", p.name(), attack)
                        .isFalse();
            }
        }
        assertThat(catalogue.parameter("run").accepts("123")).isTrue();
        assertThat(catalogue.parameter("run").accepts("0x1F")).isFalse();
        assertThat(catalogue.parameter("planversion").accepts("1e3")).isFalse();
        assertThat(catalogue.parameter("municipality").accepts("3301")).isTrue();
        assertThat(catalogue.parameter("municipality").accepts("330")).isFalse();
        assertThat(catalogue.parameter("reflayer").accepts("kulturminner_2024")).isTrue();
        assertThat(catalogue.parameter("rule").accepts("R5a")).isTrue();
        assertThat(catalogue.parameter("rule").accepts("R5a'")).isFalse();
    }

    @Test
    void refusesUnanchoredPatternsAndUndeclaredTokens() {
        assertThatThrownBy(() -> new QueryParameter("run", "", "0", "[0-9]+")).hasMessageContaining("anchored");
        assertThatThrownBy(() -> new QueryParameter("run", "", "x", "^[0-9]+$")).hasMessageContaining("default");
        String yaml = """
                name: t
                title: t
                abstract: t
                crs: [EPSG:25833]
                extent: [0, 0, 1, 1]
                parameters:
                  - {name: run, description: r, default: "0", pattern: "^[0-9]+$"}
                layers:
                  - {name: a, title: a, abstract: a, view: wms.x, sql: "SELECT * FROM wms.x WHERE run_id = %rn%",
                     parameters: [run], geometry: GEOMETRY, style: findings, info: [id]}
                """;
        assertThatThrownBy(() -> LayerCatalogue.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("SQL tokens");
    }

    @Test
    void referenceLayersBecomeLayersOfTheirOwnSplitByGeometryType() {
        ReferenceLayer kulturminner = new ReferenceLayer(
                "kulturminner", "Kulturminner", "Riksantikvaren", null, "NLOD", java.time.LocalDate.of(2026, 10, 1));
        LayerDefinition layer = catalogue
                .withReferenceLayers(List.of(kulturminner))
                .layer("ref_kulturminner")
                .orElseThrow();
        assertThat(layer.title()).isEqualTo("Kulturminner");
        assertThat(layer.abstractText())
                .isEqualTo("Kilde: Riksantikvaren; lisens: NLOD; dato: 2026-10-01. Referanselag kulturminner.");
        assertThat(layer.sql()).isEqualTo("SELECT * FROM wms.reference_feature WHERE layer_id = 'kulturminner'");
        assertThat(layer.parameters()).isEmpty();
        assertThat(layer.parts())
                .extracting(LayerDefinition::name)
                .containsExactly("ref_kulturminner_polygons", "ref_kulturminner_lines", "ref_kulturminner_points");
        assertThat(layer.parts().get(2).sql())
                .isEqualTo("SELECT * FROM (" + layer.sql()
                        + ") AS part WHERE GeometryType(geom) IN ('POINT', 'MULTIPOINT')");
        // The id becomes an SQL literal: anything ref.layer's CHECK would refuse is refused here too.
        assertThatThrownBy(() -> new ReferenceLayer("x' OR ''='", "t", "s", null, "l", null))
                .isInstanceOf(IllegalArgumentException.class);
        // ref_a's point part and the group of a reference layer named a_points would share a name.
        List<ReferenceLayer> clash = List.of(
                new ReferenceLayer("a", "A", "s", null, "l", null),
                new ReferenceLayer("a_points", "A-punkter", "s", null, "l", null));
        assertThatThrownBy(() -> catalogue.withReferenceLayers(clash))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ref_a_points");
    }
}
