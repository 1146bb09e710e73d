package no.planvakt.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule E1 on the demo: the real N1000 corridors, invented stations placed a known distance along
 * them, invented grid points and rest areas. Every figure below is worked out by hand in
 * docs/demo.md (section E1); lengths are in EPSG:25832, the demo plan's own CRS.
 */
class EnergyDemoTest {
    @TempDir
    static Path dir;
    static List<Finding> e1;

    @BeforeAll
    static void run() {
        DemoData.extractTo(dir);
        CheckResult result = PlanCheck.run(RulePackLoader.buskerud().only(List.of("E1")), PlanCheck.read(dir.resolve(DemoData.DRAFT),
                dir.resolve(DemoData.ADOPTED), dir.resolve(DemoData.LAYERS), Crs.DEFAULT_CANONICAL_SRID));
        e1 = result.findings();
    }

    private static List<Finding> gaps() {
        return e1.stream().filter(f -> f.figures().containsKey("gap_m")).toList();
    }

    private static Finding candidate(String id) {
        return e1.stream().filter(f -> f.figures().containsKey("score")
                && (id.equals(f.planObjectId()) || id.equals(f.referenceFeatureId()))).findFirst().orElseThrow();
    }

    @Test
    void gapsAreTheHandWorkedOnes() {
        assertThat(gaps()).extracting(Finding::referenceFeatureId).containsExactlyInAnyOrder("Rv7:lading", "E16-1:lading");
        Finding rv7 = gaps().stream().filter(f -> f.referenceFeatureId().equals("Rv7:lading")).findFirst().orElseThrow();
        // S1 at 20 km and S2 at 150 km along Rv 7: 130 km > 100 km.
        assertThat(rv7.figures().get("from_m")).isCloseTo(20_000, within(0.01));
        assertThat(rv7.figures().get("to_m")).isCloseTo(150_000, within(0.01));
        assertThat(rv7.figures().get("gap_m")).isCloseTo(130_000, within(0.01));
        assertThat(rv7.status()).isEqualTo(Status.YELLOW);
        // E16 has no station: from the virtual one 20 km before its start to 20 km past its end.
        Finding e16 = gaps().stream().filter(f -> f.referenceFeatureId().equals("E16-1:lading")).findFirst().orElseThrow();
        assertThat(e16.figures().get("gap_m")).isCloseTo(89_727.2, within(0.1));
        assertThat(e16.figures().get("spacing_m")).isCloseTo(129_727.2, within(0.1));
        assertThat(e16.figures().get("from_m")).isEqualTo(-20_000);
    }

    @Test
    void theStationAcrossTheBorderClosesRv52AndTheFarStationIsListed() {
        assertThat(gaps()).noneMatch(f -> f.referenceFeatureId().startsWith("Rv52"));
        assertThat(e1).filteredOn(f -> f.figures().containsKey("not_placed")).extracting(Finding::referenceFeatureId)
                .containsExactly("S5");
        Finding s5 = e1.stream().filter(f -> "S5".equals(f.referenceFeatureId())).findFirst().orElseThrow();
        assertThat(s5.distanceM()).isCloseTo(48_580.9, within(0.1));
        assertThat(s5.status()).isEqualTo(Status.INFO);
    }

    @Test
    void scoresAreTheHandWorkedOnes() {
        // D17 Vatnaberg næring: Rv 7 (R) 0.7; grid G1 1 500 m -> 0.85; 50 000 m² -> 1; no conflict -> 1.
        assertThat(candidate("D17").figures().get("score")).isCloseTo(0.835, within(1e-4));
        // RA1: R 0.7; G2 3 000 m -> 0.7; 12 000 / 20 000 = 0.6; 1.
        assertThat(candidate("RA1").figures().get("score")).isCloseTo(0.71, within(1e-4));
        // RA2: R 0.7; nearest grid with capacity 17 000 m -> 0; 30 000 m² -> 1; 1.
        assertThat(candidate("RA2").figures().get("score")).isCloseTo(0.58, within(1e-4));
        // RA3: E 1.0; G3 500 m -> 0.95; 8 000 / 20 000 = 0.4; 1.
        assertThat(candidate("RA3").figures().get("score")).isCloseTo(0.865, within(1e-4));
        // RA4: E 1.0; G3 19 014 m -> 0; 3 000 m² < 5 000 -> 0 and not eligible; 1.
        assertThat(candidate("RA4").figures().get("score")).isCloseTo(0.5, within(1e-4));
        assertThat(candidate("RA4").figures().get("room")).isZero();
    }

    @Test
    void theProposedSetIsRa1AndRa3() {
        // Rv 7: one site in [50 km, 120 km] closes 20 -> 150 km; RA1 (95 km, 0.71) beats RA2 (110 km, 0.58);
        // D17 at 43.1 km cannot close it alone (150 − 43.1 > 100). E16: RA3 (50 km) alone; RA4 is too small.
        assertThat(e1).filteredOn(f -> f.figures().getOrDefault("proposed", 0.0) == 1.0)
                .extracting(f -> f.planObjectId().isEmpty() ? f.referenceFeatureId() : f.planObjectId())
                .containsExactlyInAnyOrder("RA1", "RA3");
    }
}
