package no.planvakt.rule.kind;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.crs.Crs;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RulePackLoader;
import no.planvakt.rule.spec.PackSpec;
import no.planvakt.rule.spec.PackSpecVerifier;
import org.junit.jupiter.api.Test;

/**
 * Layers that lack what R6a/R6b need are refused with an error naming the layer and the attribute,
 * before any finding is made: the spec's R6a network case with its stops or roads damaged. (A plan
 * object the network does not reach is no error but a finding: the spec's «ikke nåbar» cases.)
 */
class TransportBadInputTest {
    private static final LoadedPack PACK = RulePackLoader.buskerud();
    private static final PackSpec SPEC = PackSpecVerifier.buskerudSpec();
    private static final PackSpec.Case NETWORK_CASE = SPEC.cases().stream()
            .filter(c -> c.name().startsWith("R6a ABC-klasser langs"))
            .findFirst()
            .orElseThrow();

    private static void run(String rule, String layer, Map<String, Object> attributes) {
        Map<String, PackSpec.Layer> layers = new LinkedHashMap<>(NETWORK_CASE.layers());
        PackSpec.Layer l = layers.get(layer);
        layers.put(
                layer,
                new PackSpec.Layer(
                        l.coverage(),
                        l.features().stream()
                                .map(f -> new PackSpec.Feature(f.id(), attributes, f.wkt()))
                                .toList()));
        PackSpec.Case c = new PackSpec.Case(
                NETWORK_CASE.name(),
                NETWORK_CASE.srid(),
                List.of(rule),
                NETWORK_CASE.draft(),
                null,
                layers,
                List.of(),
                null,
                null);
        new PackSpecVerifier(PACK, Crs.DEFAULT_CANONICAL_SRID).run(SPEC, c);
    }

    @Test
    void stopsWithoutDeparturesAreRefusedNamingLayerAndAttribute() {
        for (String rule : List.of("R6a", "R6b")) {
            assertThatThrownBy(() -> run(rule, "holdeplasser", Map.of("navn", "Holdeplass")))
                    .hasMessageContaining("holdeplasser")
                    .hasMessageContaining("\"avganger_per_time\"")
                    .hasMessageContaining("[navn]");
        }
    }

    @Test
    void departuresThatAreNotANumberAreRefusedNamingTheStop() {
        assertThatThrownBy(() -> run("R6a", "holdeplasser", Map.of("avganger_per_time", "mange")))
                .hasMessageContaining("holdeplasser")
                .hasMessageContaining("S1")
                .hasMessageContaining("\"mange\", not a number");
    }

    @Test
    void roadsWithoutTheirCategoryAreRefusedNamingLayerAndAttribute() {
        assertThatThrownBy(() -> run("R6a", "veger", Map.of("kategori", "R")))
                .hasMessageContaining("veger")
                .hasMessageContaining("\"vegkategori\"");
    }

    @Test
    void theErrorIsAnInputError() {
        // The command and the service turn an InputException into a clear message, not a stack trace.
        assertThatThrownBy(() -> run("R6b", "holdeplasser", Map.of())).isInstanceOf(InputException.class);
    }
}
