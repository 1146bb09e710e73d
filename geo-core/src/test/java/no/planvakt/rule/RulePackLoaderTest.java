package no.planvakt.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.crs.Crs;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.Provenance;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** A broken pack is refused when it is loaded, with a message naming the rule and the field. */
class RulePackLoaderTest {
    static final String PACK = """
            pack: test
            version: "1"
            title: "Test"
            document: "Test"
            rules:
              - id: T1
                title: "Fritid nær kulturminne"
                kind: proximity
                citation: {document: "Doc", section: "§1", quote: "Sitat"}
                plan:
                  filter: "type = 'AREALFORMAL_OMRADE' AND arealformal IN (${formaal})"
                  change: [NEW, EXPANDED]
                reference:
                  layer: kulturminner
                  filter: "vernetype = 'AUT'"
                parameters:
                  formaal: {value: "1120", description: "fritid"}
                  distanceM:
                    value: 50
                    description: "avstand"
                    placeTypes: {layer: stedstype, attribute: klasse, values: {sentrum: 20, spredt: 100}}
                  zoneFilter: {value: "hensyn = 570", description: "soner"}
                messages:
                  YELLOW: "{object} nær {reference_name}"
            """;

    static LoadedPack load(String yaml) {
        return RulePackLoader.load("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBaseLoadsAndNamesItsLayers() {
        assertThat(load(PACK).referenceLayerIds()).containsExactly("kulturminner", "stedstype");
    }

    @Test
    void wrongField() {
        assertThatThrownBy(
                        () -> load(PACK.replace("    kind: proximity", "    kind: proximity\n    beskrivelse: \"x\"")))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("test.yaml: rule T1: field rules[0].beskrivelse")
                .hasMessageContaining("unknown field \"beskrivelse\"");
        assertThatThrownBy(() -> load(PACK.replace("    title: \"Fritid", "    titel: \"Fritid")))
                .hasMessageContaining("test.yaml: rule T1: field rules[0].title")
                .hasMessageContaining("'title'");
    }

    @Test
    void unknownRuleKind() {
        assertThatThrownBy(() -> load(PACK.replace("kind: proximity", "kind: closeness")))
                .hasMessageContaining("rule T1: field kind: unknown rule kind \"closeness\"")
                .hasMessageContaining("exclusion, coverage, proximity, fragmentation");
    }

    @Test
    void aMisspeltPlaceholderIsRefusedNamingTheKindsPlaceholders() {
        assertThatThrownBy(() -> load(PACK.replace(
                        "{object} nær {reference_name}", "{object}: {areal_daa} daa nær {reference_name}")))
                .isInstanceOf(RulePackException.class)
                .hasMessage(
                        "test.yaml: rule T1: field messages.YELLOW: unknown placeholder {areal_daa} (proximity rules fill: area_daa,"
                                + " change, distance_m, limit_m, object, purpose, reference, reference_id, reference_name, share_pct, zone)");
    }

    @Test
    void aPackFromANewerPlanvaktIsRefusedNamingTheFormat() {
        assertThat(load("format: 1\n" + PACK).rules()).hasSize(1);
        assertThatThrownBy(() -> load("format: 2\n" + PACK))
                .isInstanceOf(RulePackException.class)
                .hasMessage(
                        "test.yaml: field format: the file is format 2, written for a newer Planvakt; this one reads format 1");
        assertThatThrownBy(() -> load("format: \"en\"\n" + PACK))
                .hasMessage("test.yaml: field format: must be a whole number such as 1, found \"en\"");
    }

    @Test
    void aPlanChangeTheKindCannotHonourIsRefused() {
        assertThatThrownBy(() -> load(PACK.replace("change: [NEW, EXPANDED]", "change: [NEW, REMOVED]")))
                .isInstanceOf(RulePackException.class)
                .hasMessage("test.yaml: rule T1: field plan.change: proximity rules cannot examine REMOVED objects"
                        + " (they can: NEW, EXPANDED, UNCHANGED)");
    }

    @Test
    void filterParametersAreCompiledOnceAtLoad() {
        CompiledRule rule = load(PACK).rules().get(0);
        assertThat(rule.parameterFilters()).containsOnlyKeys("zoneFilter");
        assertThat(rule.parameterFilters().get("zoneFilter").text()).isEqualTo("hensyn = 570");
    }

    @Test
    void badEcqlInPlanFilter() {
        assertThatThrownBy(() -> load(PACK.replace("arealformal IN (${formaal})", "arealformal IN (${formaal}")))
                .hasMessageContaining("rule T1: field plan.filter: invalid ECQL filter");
    }

    @Test
    void badEcqlInAFilterParameter() {
        assertThatThrownBy(() -> load(PACK.replace("hensyn = 570", "hensyn IN (570")))
                .hasMessageContaining("rule T1: field parameters.zoneFilter: invalid ECQL filter");
    }

    @Test
    void unknownPlanAttribute() {
        assertThatThrownBy(() -> load(PACK.replace("arealformal IN", "formal IN")))
                .hasMessageContaining("rule T1: field plan.filter: filter uses unknown plan attribute \"formal\"");
    }

    @Test
    void missingParameter() {
        assertThatThrownBy(() -> load(PACK.replace("  distanceM:", "  avstandM:")))
                .hasMessageContaining("rule T1: field parameters: proximity rules need parameter distanceM");
    }

    @Test
    void nonNumericPlaceTypeValue() {
        assertThatThrownBy(() -> load(PACK.replace("spredt: 100", "spredt: langt")))
                .hasMessageContaining("rule T1: parameter distanceM.placeTypes.values.spredt must be a number");
    }

    @Test
    void missingMessage() {
        assertThatThrownBy(() -> load(PACK.replace("YELLOW:", "RED:")))
                .hasMessageContaining("rule T1: field messages: a message for YELLOW is required by proximity rules");
    }

    @Test
    void missingReferenceLayerAtLoad() {
        assertThatThrownBy(() -> RulePackLoader.load(
                        "test.yaml",
                        new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)),
                        List.of("kulturminner")))
                .hasMessageContaining(
                        "rule T1: field parameters.distanceM.placeTypes.layer: reference layer \"stedstype\" is not loaded");
        assertThatThrownBy(() -> RulePackLoader.load(
                        "test.yaml",
                        new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)),
                        List.of("stedstype")))
                .hasMessageContaining(
                        "rule T1: field reference.layer: reference layer \"kulturminner\" is not loaded (loaded: stedstype)");
    }

    @Test
    void everyMissingLayerIsNamedAtOnce() {
        LoadedPack pack = RulePackLoader.buskerud();
        assertThatThrownBy(() -> pack.requireLayers("buskerud.yaml", List.of("over_skoggrensen")))
                .hasMessageContaining("rule R1: field reference.layer: reference layer \"kulturmiljo\" is not loaded")
                .hasMessageContaining(
                        "rule R2: field parameters.distanceM.placeTypes.layer: reference layer \"stedstype\" is not loaded")
                .hasMessageContaining(
                        "rule R5b: field reference.layer: reference layer \"mineralressurser\" is not loaded")
                .hasMessageContaining("rule AR1: field reference.layer: reference layer \"arealdekke\" is not loaded")
                .hasMessageContaining("rule AR1: field accounts: reference layer \"naturomrader\" is not loaded")
                .hasMessageContaining("rule E1: field reference.layer: reference layer \"vegnett\" is not loaded")
                .hasMessageContaining("rule E1: field parameters: reference layer \"energistasjoner\" is not loaded")
                .hasMessageContaining("(loaded: over_skoggrensen)")
                .hasMessageContaining("rule R6a: field reference.layer: reference layer \"knutepunkter\" is not loaded")
                .hasMessageContaining(
                        "rule R6c: field reference.layer: reference layer \"tettbebyggelse\" is not loaded")
                // 12 for R1–R5b and AR1; E1: its road network, stations, grid, rest areas and 4 conflict layers;
                // R6a/R6b their centres and hubs, R6c the built-up area.
                .satisfies(e -> assertThat(e.getMessage().split("; ")).hasSize(23));
    }

    @Test
    void missingReferenceLayerStopsTheRunBeforeAnyRule() {
        GeometryFactory gf = new GeometryFactory();
        ReferenceLayer layer = new ReferenceLayer(
                "kulturminner",
                "k",
                new Provenance("s", null, "l", null, null),
                null,
                25833,
                List.of(new ReferenceFeature(
                        "K", Map.of("vernetype", "AUT"), gf.toGeometry(new Envelope(0, 1, 0, 1)))));
        Plan draft = new Plan(
                "p", null, null, PlanVersionKind.DRAFT, 25833, Crs.DEFAULT_CANONICAL_SRID, List.of(), List.of());
        CheckEngine engine = new CheckEngine(load(PACK));
        assertThatThrownBy(() -> engine.run(new CheckInput(draft, null, Map.of("kulturminner", layer))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "rule T1: field parameters.distanceM.placeTypes.layer: reference layer \"stedstype\" is not loaded");
    }

    @Test
    void theShippedPackLoads() {
        LoadedPack pack = RulePackLoader.buskerud();
        assertThat(pack.rules())
                .extracting(r -> r.definition().id())
                .containsExactly(
                        "R1", "R1b", "R2", "R3", "R4a", "R4b", "R4c", "R5a", "R5b", "AR1", "E1", "R6a", "R6b", "R6c");
        assertThat(pack.referenceLayerIds())
                .containsExactly(
                        "kulturmiljo",
                        "kulturminner",
                        "stedstype",
                        "over_skoggrensen",
                        "friluftsomrader",
                        "naturomrader",
                        "korridorer",
                        "mineralressurser",
                        "arealdekke",
                        "vegnett",
                        "energistasjoner",
                        "nettkapasitet",
                        "rasteplasser",
                        "knutepunkter",
                        "tettbebyggelse");
    }
}
