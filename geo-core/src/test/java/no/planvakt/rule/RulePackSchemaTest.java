package no.planvakt.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import no.planvakt.result.Status;
import no.planvakt.rule.kind.RuleKinds;
import no.planvakt.yaml.Yaml;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema that editors use for rule packs accepts the packs Planvakt ships and flags what
 * the loader refuses: a misspelt field, an unknown kind or status. It names the same kinds and
 * statuses as the code, so that adding a kind without the schema fails here.
 */
class RulePackSchemaTest {
    static final Schema SCHEMA = schema();

    static Schema schema() {
        try (InputStream in =
                RulePackLoader.class.getResourceAsStream("/no/planvakt/rule/packs/rule-pack.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode yaml(String resource) throws IOException {
        try (InputStream in = RulePackSchemaTest.class.getResourceAsStream(resource)) {
            return Yaml.tree(in.readAllBytes());
        }
    }

    static List<String> errors(JsonNode pack) {
        return SCHEMA.validate(pack).stream().map(Error::toString).toList();
    }

    @Test
    void theShippedPacksValidate() throws IOException {
        assertThat(errors(yaml(RulePackLoader.BUSKERUD))).isEmpty();
        assertThat(errors(yaml("/no/planvakt/rule/example/example-county.yaml")))
                .isEmpty();
    }

    @Test
    void aMisspeltFieldFailsAndIsNamed() throws IOException {
        ObjectNode pack = (ObjectNode) yaml(RulePackLoader.BUSKERUD);
        ObjectNode rule = (ObjectNode) pack.get("rules").get(3);
        rule.set("titel", rule.remove("title"));
        assertThat(errors(pack))
                .anySatisfy(e -> assertThat(e).contains("/rules/3").contains("titel"))
                .anySatisfy(e -> assertThat(e).contains("/rules/3").contains("title"));
        ObjectNode param =
                (ObjectNode) pack.get("rules").get(0).get("parameters").get("clearShare");
        param.put("enhet", "%");
        assertThat(errors(pack))
                .anySatisfy(e ->
                        assertThat(e).contains("/rules/0/parameters/clearShare").contains("enhet"));
    }

    @Test
    void anUnknownKindStatusOrFormatFails() throws IOException {
        ObjectNode pack = (ObjectNode) yaml(RulePackLoader.BUSKERUD);
        ((ObjectNode) pack.get("rules").get(0)).put("kind", "closeness");
        ((ObjectNode) pack.get("rules").get(1).get("messages")).put("ORANGE", "x");
        pack.put("format", 2);
        assertThat(errors(pack))
                .anySatisfy(e -> assertThat(e).contains("/rules/0/kind"))
                .anySatisfy(e -> assertThat(e).contains("/rules/1/messages").contains("ORANGE"))
                .anySatisfy(e -> assertThat(e).contains("/format"));
    }

    @Test
    void theSchemaNamesTheKindsAndStatusesOfTheCode() {
        JsonNode rule = SCHEMA.getSchemaNode().at("/$defs/rule/properties");
        assertThat(texts(rule.at("/kind/enum"))).containsExactlyInAnyOrderElementsOf(RuleKinds.names());
        assertThat(texts(rule.at("/messages/propertyNames/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Status.values()).map(Enum::name).toList());
        assertThat(SCHEMA.getSchemaNode().at("/properties/format/const").asInt())
                .isEqualTo(PackFormat.CURRENT);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
