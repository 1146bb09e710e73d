package no.planvakt.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.diff.ChangeKind;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan.change} means what the pack says, in every kind: the demo with the Buskerud pack's change lists edited. */
class PlanChangeTest {
    @TempDir
    static Path dir;

    static CheckInput demo;
    static String pack;

    @BeforeAll
    static void read() throws IOException {
        DemoData.extractTo(dir);
        demo = PlanCheck.read(
                dir.resolve(DemoData.DRAFT),
                dir.resolve(DemoData.ADOPTED),
                dir.resolve(DemoData.LAYERS),
                Crs.DEFAULT_CANONICAL_SRID);
        try (InputStream in = RulePackLoader.class.getResourceAsStream(RulePackLoader.BUSKERUD)) {
            pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static CheckResult run(String change, String rule) {
        String text = pack.replace("change: [NEW, EXPANDED]", "change: " + change);
        LoadedPack p =
                RulePackLoader.load("buskerud.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return PlanCheck.run(p.only(List.of(rule)), demo);
    }

    static List<String> findings(CheckResult r) {
        return r.findings().stream()
                .map(f -> f.planObjectId() + " " + f.status() + " " + f.change())
                .toList();
    }

    @Test
    void exclusionWithOnlyNewLeavesTheExpansionOut() {
        CheckResult r = run("[NEW]", "R3");
        assertThat(findings(r))
                .containsExactly(
                        "D1 INFO UNCHANGED",
                        "D11 RED NEW",
                        "D2 INFO EXPANDED",
                        "D3 RED NEW",
                        "D4 RED NEW",
                        "D8 YELLOW NEW");
        assertThat(r.checked())
                .filteredOn(c -> c.planObjectId().equals("D2"))
                .singleElement()
                .extracting(c -> c.message())
                .asString()
                .endsWith("utvidet – ikke omfattet (regelens plan.change: [NEW])");
    }

    @Test
    void exclusionCountingUnchangedExaminesAdoptedAreasWhole() {
        CheckResult r = run("[NEW, EXPANDED, UNCHANGED]", "R3");
        assertThat(findings(r))
                .containsExactly(
                        "D1 RED UNCHANGED",
                        "D11 RED NEW",
                        "D2 RED EXPANDED",
                        "D3 RED NEW",
                        "D4 RED NEW",
                        "D8 YELLOW NEW");
        Finding vestli = r.findings().get(0);
        assertThat(vestli.areaM2())
                .isEqualTo(run("[NEW, EXPANDED]", "R3").findings().get(0).areaM2());
    }

    @Test
    void proximityAndFragmentationExamineOnlyTheCountedChanges() {
        for (String rule : List.of("R2", "R4a", "R4b", "R4c", "R1b", "R5b")) {
            CheckResult onlyNew = run("[NEW]", rule);
            assertThat(onlyNew.findings())
                    .as(rule)
                    .allMatch(f -> f.change() == null || f.change() == ChangeKind.NEW || f.status() == Status.INFO);
            CheckResult onlyExpanded = run("[EXPANDED]", rule);
            assertThat(onlyExpanded.findings())
                    .as(rule)
                    .allMatch(
                            f -> f.change() == null || f.change() == ChangeKind.EXPANDED || f.status() == Status.INFO);
        }
    }

    @Test
    void coverageCountsOnlyZonesWithTheCountedChanges() {
        CheckResult all = run("[NEW, EXPANDED]", "R1");
        String onlyUnchanged = pack.replace(
                "filter: \"(type = 'ANGITT_HENSYN_SONE' AND hensyn = 570)",
                "change: [UNCHANGED]\n      filter: \"(type = 'ANGITT_HENSYN_SONE' AND hensyn = 570)");
        CheckResult unchanged = PlanCheck.run(
                RulePackLoader.load(
                                "buskerud.yaml",
                                new ByteArrayInputStream(onlyUnchanged.getBytes(StandardCharsets.UTF_8)))
                        .only(List.of("R1")),
                demo);
        // The demo's hensynssoner are all new in the draft: counting only unchanged zones, nothing is secured.
        assertThat(findings(all)).containsExactly(" RED null", "H2 YELLOW null");
        assertThat(all.checked()).hasSize(1);
        assertThat(findings(unchanged)).containsExactly(" RED null", " RED null", " RED null");
        assertThat(unchanged.findings()).allMatch(f -> f.figures().get("covered_m2") == 0.0);
        assertThat(unchanged.checked()).isEmpty();
    }
}
