package no.planvakt.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.diff.ChangeKind;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's findings, worked out by hand (docs/demo.md): every area is a rectangle in
 * EUREF89 UTM 32, the plan's own CRS, and the forest line is the line x = 450 000 there.
 */
class DemoCheckTest {
    @TempDir
    static Path dir;
    static CheckResult result;

    @BeforeAll
    static void run() {
        DemoData.extractTo(dir);
        result = PlanCheck.fromFiles(RulePackLoader.buskerud(), dir.resolve(DemoData.DRAFT), dir.resolve(DemoData.ADOPTED),
                dir.resolve(DemoData.LAYERS), Crs.DEFAULT_CANONICAL_SRID);
    }

    @Test
    void findingsAreTheHandWorkedOnes() {
        List<Finding> r3 = result.findings().stream().filter(f -> f.ruleId().equals("R3")).toList();
        assertThat(r3).extracting(f -> f.planObjectId() + " " + f.status() + " " + f.change())
                .containsExactly("D1 INFO UNCHANGED", "D11 RED NEW", "D2 RED EXPANDED", "D2 INFO EXPANDED",
                        "D3 RED NEW", "D4 RED NEW", "D8 YELLOW NEW");
        // D1 Vestli: unchanged 500 x 400 m, status 3 (videreutvikling), wholly west of the line.
        expect(r3, "D1", Status.INFO, 200.0, 1.0);
        // D11 5220 spredt fritid, new, 600 x 500 m, wholly west of the line.
        expect(r3, "D11", Status.RED, 300.0, 1.0);
        // D2 Midtfjell 449 200–450 200 replaces A2 449 600–450 200: new part 400 x 500 m, all above.
        expect(r3, "D2", Status.RED, 200.0, 1.0);
        // ... and its existing part 449 600–450 000 x 500 m above the line, of 600 x 500 m existing.
        expect(r3, "D2", Status.INFO, 200.0, 200.0 / 300.0);
        // D3 Nyseter, new, 800 x 500 m, all above.
        expect(r3, "D3", Status.RED, 400.0, 1.0);
        // D4 Skoggrensa 449 800–450 300 x 400 m: 200 x 400 m above of 500 x 400 m.
        expect(r3, "D4", Status.RED, 80.0, 0.4);
        // D8 Skoggrensa sør 449 999–450 400 x 300 m: 1 x 300 m = 300 m² above, between 50 and 500 m².
        expect(r3, "D8", Status.YELLOW, 0.3, 300.0 / 120_300.0);
    }

    @Test
    void clearObjectsAreListed() {
        assertThat(result.checked()).extracting(c -> c.ruleId() + " " + c.planObjectId())
                .containsExactly("R3 D1", "R3 D5", "R3 D6");
        assertThat(result.summaries()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.RED);
            assertThat(s.counts()).containsEntry(Status.RED, 4).containsEntry(Status.YELLOW, 1).containsEntry(Status.INFO, 2);
            assertThat(s.areaM2()).isCloseTo(980_300.0, within(980_300.0 * 1e-4));
        });
    }

    @Test
    void planDiffByPurposeFindsTheRemovedArea() {
        assertThat(result.planDiff()).filteredOn(c -> c.kind() == ChangeKind.REMOVED)
                .extracting(c -> c.feature().id()).containsExactly("A6");
        assertThat(result.reportSrid()).isEqualTo(25832);
    }

    private static void expect(List<Finding> findings, String object, Status status, double daa, double share) {
        Finding f = findings.stream().filter(x -> x.planObjectId().equals(object) && x.status() == status).findFirst().orElseThrow();
        assertThat(f.areaDaa()).as(object + " area (daa)").isCloseTo(daa, within(daa * 1e-4));
        assertThat(f.share()).as(object + " share").isCloseTo(share, within(share * 1e-4));
        assertThat(f.trace()).isNotEmpty();
        assertThat(f.geometry().getSRID() == 0 || f.geometry().getSRID() == 25833).isTrue();
    }
}
