package no.planvakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.planvakt.format.FeatureFiles;
import no.planvakt.rule.RulePackLoader;
import no.planvakt.rule.spec.PackSpecVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a planner runs it: the demo's table and files, and clear exit codes for mistakes. */
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void demoPrintsTheTableAndWritesTheReport() throws Exception {
        int code = run("demo", "--out", dir.toString());
        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        // The whole console output, line for line: the table's counts and areas are the hand-worked ones of
        // DemoCheckTest.
        String expected;
        try (var in = MainTest.class.getResourceAsStream("demo-output.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text.replace(dir.toString(), "DIR")).isEqualTo(expected);
        JsonNode geojson =
                new ObjectMapper().readTree(dir.resolve("findings.geojson").toFile());
        JsonNode result = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        assertThat(geojson.get("features")).hasSize(result.get("findings").size());
        assertThat(geojson.get("features").findValuesAsText("ruleId"))
                .filteredOn("R3"::equals)
                .hasSize(7);
        assertThat(result.get("checked").findValuesAsText("ruleId"))
                .filteredOn("R3"::equals)
                .hasSize(3);
        assertThat(result.get("summary")).hasSize(14);
        // The energy-station overview (E1, docs/demo.md): its tables, and the proposed set worked out by hand.
        assertThat(text)
                .contains(
                        "Luker langs korridorene",
                        "Mulige lokaliseringer etter poeng",
                        "Eksisterende stasjoner",
                        "Foreslåtte nye stasjoner",
                        "RA1, RA3",
                        "ikke plassert");
        // The transport rules: ABC classes and the housing share are printed with the tables.
        assertThat(text)
                .contains("R6a", "Lokaliseringsklasse (ABC)", "Andel av nytt boligareal nær sentrum eller holdeplass");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html)
                .contains("<svg", "skal ikke nye og utvidede fritidsboligområder", "Sjekket og klart", "Nyseter");
    }

    @Test
    void checkRunsOnTheDemoFilesToo() {
        assertThat(run("demo", "--out", dir.resolve("demo").toString())).isZero();
        Path in = dir.resolve("demo").resolve("input");
        int code = run(
                "check",
                "--draft",
                in.resolve("kpa-forslag.geojson").toString(),
                "--layers",
                in.resolve("reference-layers.yaml").toString(),
                "--out",
                dir.resolve("no-adopted").toString());
        assertThat(code).isZero();
        // Without the adopted plan every framtidig area counts as new: the expansion of Midtfjell becomes a new 500 daa
        // area.
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Ingen gjeldende plan oppgitt");
    }

    @Test
    void aDraftGivenAsTwoFilesGivesTheSameResult() throws Exception {
        assertThat(run("demo", "--out", dir.resolve("demo").toString())).isZero();
        Path in = dir.resolve("demo").resolve("input");
        // The demo draft split as a municipality's GIS might export it: land use in one file, zones and boundary in
        // another.
        ObjectMapper json = new ObjectMapper();
        ObjectNode all =
                (ObjectNode) json.readTree(in.resolve("kpa-forslag.geojson").toFile());
        ObjectNode landUse = all.deepCopy();
        ObjectNode zones = all.deepCopy();
        landUse.putArray("features");
        zones.putArray("features");
        for (JsonNode f : all.get("features")) {
            boolean isLandUse = f.at("/properties/OBJTYPE").asText().equals("KpArealformålOmråde");
            ((com.fasterxml.jackson.databind.node.ArrayNode) (isLandUse ? landUse : zones).get("features")).add(f);
        }
        assertThat(landUse.get("features").size()).isPositive();
        assertThat(zones.get("features").size()).isPositive();
        json.writeValue(in.resolve("arealformal.geojson").toFile(), landUse);
        json.writeValue(in.resolve("soner.geojson").toFile(), zones);
        out.reset();
        assertThat(run(
                        "check",
                        "--draft",
                        in.resolve("arealformal.geojson") + "," + in.resolve("soner.geojson"),
                        "--adopted",
                        in.resolve("kpa-gjeldende.geojson").toString(),
                        "--layers",
                        in.resolve("reference-layers.yaml").toString(),
                        "--out",
                        dir.resolve("split").toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Planforslag arealformal.geojson + soner.geojson: 27 objekter");
        JsonNode whole =
                json.readTree(dir.resolve("demo").resolve("result.json").toFile());
        JsonNode split =
                json.readTree(dir.resolve("split").resolve("result.json").toFile());
        assertThat(split.get("findings")).isEqualTo(whole.get("findings"));
        assertThat(split.get("checked")).isEqualTo(whole.get("checked"));
        assertThat(split.get("summary")).isEqualTo(whole.get("summary"));
    }

    @Test
    void someRulesNeedOnlyTheirLayers() throws Exception {
        assertThat(run("demo", "--out", dir.resolve("demo").toString())).isZero();
        Path in = dir.resolve("demo").resolve("input");
        Path layers = in.resolve("forest-line-only.yaml");
        String all = Files.readString(in.resolve("reference-layers.yaml"));
        Files.writeString(layers, all.substring(0, all.indexOf("- id: kulturmiljo")));
        out.reset();
        int code = run(
                "check",
                "--draft",
                in.resolve("kpa-forslag.geojson").toString(),
                "--adopted",
                in.resolve("kpa-gjeldende.geojson").toString(),
                "--layers",
                layers.toString(),
                "--rules",
                "R3",
                "--out",
                dir.resolve("r3").toString());
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("R3", "980,3").doesNotContain("R1b");
        assertThat(run(
                        "check",
                        "--draft",
                        in.resolve("kpa-forslag.geojson").toString(),
                        "--layers",
                        layers.toString(),
                        "--rules",
                        "R9"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no rule R9");
    }

    @Test
    void badInputGivesExitCodeTwoAndNamesTheFile() throws Exception {
        Path bad = dir.resolve("broken.geojson");
        Files.writeString(bad, "{\"type\":\"FeatureCollection\",\"features\":[");
        Path layers = dir.resolve("layers.yaml");
        Files.writeString(layers, "[]");
        assertThat(run("check", "--draft", bad.toString(), "--layers", layers.toString(), "--out", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.geojson", "malformed JSON");
    }

    @Test
    void helpListsEveryFormatTheReadersRead() {
        assertThat(run("help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        for (String extension : FeatureFiles.extensions()) {
            assertThat(help).as("." + extension).containsPattern("(?m)^  (\\.\\w+ )*\\." + extension + "\\b");
        }
        assertThat(help).contains("planvakt verify", "SOSI 4.5/5.0", "Plan GML 5.0", "GeoJSON", "GeoPackage");
    }

    @Test
    void verifyRunsEverySpecCaseOfTheShippedPack() {
        assertThat(run("verify")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int cases = PackSpecVerifier.buskerudSpec().cases().size();
        assertThat(lines.get(0))
                .isEqualTo("Regelpakke buskerud 2026.2-høring mot spesifikasjonen (" + cases + " tilfeller)");
        assertThat(lines.subList(1, 1 + cases)).allMatch(l -> l.startsWith("ok    "));
        assertThat(lines.get(1 + cases)).isEqualTo("Alle tilfeller stemmer.");
    }

    @Test
    void verifyNamesTheCaseWhoseFindingsDiffer() throws Exception {
        Path pack = dir.resolve("pakke.yaml");
        Path spec = dir.resolve("pakke.spec.yaml");
        try (var p = RulePackLoader.class.getResourceAsStream(RulePackLoader.BUSKERUD);
                var sp = RulePackLoader.class.getResourceAsStream("/no/planvakt/rule/packs/buskerud.spec.yaml")) {
            // R3's red threshold raised tenfold: the spec's 40 daa finding over the forest line is no longer red.
            String text = new String(p.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(
                    pack, text.replaceFirst("(?s)(- id: R3.*?redAreaM2:\\s*\\n\\s*value: )(\\d+)", "$1" + "100000000"));
            Files.write(spec, sp.readAllBytes());
        }
        assertThat(run("verify", "--pack", pack.toString(), "--spec", spec.toString()))
                .isEqualTo(VerifyCommand.MISMATCH);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).containsPattern("(?m)^FEIL  R3 .*$").containsPattern("(?m)^ok    R1 ");
        assertThat(text).containsPattern("(?m)^\\d+ av \\d+ tilfeller stemmer ikke\\.$");
        assertThat(run("verify", "--pack", pack.toString())).isEqualTo(1);
    }

    @Test
    void usageErrorsGiveExitCodeOne() {
        assertThat(run("check", "--draft")).isEqualTo(1);
        assertThat(run("check", "--unknown", "x")).isEqualTo(1);
        assertThat(run("nonsense")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option \"--unknown\"", "Usage:");
    }

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
