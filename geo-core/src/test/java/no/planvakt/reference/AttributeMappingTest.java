package no.planvakt.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.planvakt.InputException;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality whose heritage layer calls the category "interesse" and codes it 1–5 maps it in
 * its layers file and gets the findings the county's pack gives on the layer as the pack expects
 * it, without editing the pack.
 */
class AttributeMappingTest {
    @TempDir
    Path dir;

    @Test
    void aRenamedAndRecodedAttributeGivesTheSameFindings() throws IOException {
        Path in = DemoData.extractTo(dir);
        CheckResult expected = check(in, in.resolve(DemoData.LAYERS));

        Path coded = in.resolve("kulturmiljo-kodet.geojson");
        Files.writeString(
                coded,
                Files.readString(in.resolve("kulturmiljo.geojson"))
                        .replace("\"kategori\"", "\"interesse\"")
                        .replace("\"nasjonal\"", "1")
                        .replace("\"regional\"", "2")
                        .replace("\"ukl\"", "3")
                        .replace("\"lokal\"", "5"));
        Path layers = in.resolve("lag-med-kodeliste.yaml");
        Files.writeString(
                layers,
                Files.readString(in.resolve(DemoData.LAYERS))
                        .replace(
                                "  file: kulturmiljo.geojson\n",
                                "  file: kulturmiljo-kodet.geojson\n  attributes:\n    kategori:\n      from: interesse\n"
                                        + "      values: {\"1\": nasjonal, \"2\": regional, \"3\": ukl, \"4\": kulturmiljoplan, \"5\": lokal}\n"));
        CheckResult mapped = check(in, layers);

        assertThat(mapped.findings())
                .extracting(f -> f.ruleId() + " " + f.planObjectId() + " " + f.referenceFeatureId() + " " + f.status()
                        + " " + f.areaM2())
                .containsExactlyElementsOf(expected.findings().stream()
                        .map(f -> f.ruleId() + " " + f.planObjectId() + " " + f.referenceFeatureId() + " " + f.status()
                                + " " + f.areaM2())
                        .toList())
                .anyMatch(s -> s.startsWith("R1 "))
                .anyMatch(s -> s.startsWith("R1b "));
        assertThat(mapped.checked()).isEqualTo(expected.checked());
    }

    @Test
    void aMappingFromAnAttributeTheFileLacksIsNamed() throws IOException {
        Path in = DemoData.extractTo(dir);
        Path layers = in.resolve("feil.yaml");
        Files.writeString(
                layers,
                Files.readString(in.resolve(DemoData.LAYERS))
                        .replace(
                                "  file: kulturmiljo.geojson\n",
                                "  file: kulturmiljo.geojson\n  attributes:\n    kategori: {from: interesse}\n"));
        assertThatThrownBy(() -> check(in, layers))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("kulturmiljo.geojson: feature #1")
                .hasMessageContaining(
                        "has no attribute \"interesse\" (attributes.kategori.from in the layers file; it has: id, kategori, navn)");
    }

    private static CheckResult check(Path in, Path layers) {
        return PlanCheck.run(
                RulePackLoader.buskerud().only(List.of("R1", "R1b")),
                PlanCheck.read(
                        in.resolve(DemoData.DRAFT), in.resolve(DemoData.ADOPTED), layers, Crs.DEFAULT_CANONICAL_SRID));
    }
}
