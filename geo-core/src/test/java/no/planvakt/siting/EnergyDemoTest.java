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
        CheckResult result = PlanCheck.run(
                RulePackLoader.buskerud().only(List.of("E1")),
                PlanCheck.read(
                        dir.resolve(DemoData.DRAFT),
                        dir.resolve(DemoData.ADOPTED),
                        dir.resolve(DemoData.LAYERS),
                        Crs.DEFAULT_CANONICAL_SRID));
        e1 = result.findings();
    }

    private static List<Finding> gaps() {
        return e1.stream().filter(f -> f.figures().containsKey("gap_m")).toList();
    }

    private static Finding candidate(String id) {
        return e1.stream()
                .filter(f -> f.figures().containsKey("score")
                        && (id.equals(f.planObjectId()) || id.equals(f.referenceFeatureId())))
                .findFirst()
                .orElseThrow();
    }

    private static Finding gap(String reference, double from) {
        return gaps().stream()
                .filter(f -> f.referenceFeatureId().equals(reference)
                        && Math.abs(f.figures().get("from_m") - from) < 1)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void gapsAreTheHandWorkedOnes() {
        assertThat(gaps())
                .extracting(Finding::referenceFeatureId)
                .containsExactlyInAnyOrder("Rv7:lading", "Rv7:lading", "E16-1:lading", "E134-1:lading", "Rv52:lading");
        // S1 at 20 km and S2 at 150 km along Rv 7: 130 km > 100 km.
        Finding rv7 = gap("Rv7:lading", 20_000);
        assertThat(rv7.figures().get("to_m")).isCloseTo(150_000, within(0.01));
        assertThat(rv7.figures().get("gap_m")).isCloseTo(130_000, within(0.01));
        assertThat(rv7.status()).isEqualTo(Status.YELLOW);
        // E16 has no station: from the virtual one 20 km before its start to 20 km past its end.
        Finding e16 = gap("E16-1:lading", -20_000);
        assertThat(e16.figures().get("gap_m")).isCloseTo(89_727.2, within(0.1));
        assertThat(e16.figures().get("spacing_m")).isCloseTo(129_727.2, within(0.1));
    }

    @Test
    void junctionsCarryTheSpacingOnAlongTheOtherCorridorInTheWorseDirection() {
        // Rv 7 ends on E16-1 at Hønefoss (E16-1 measure 60 919.1 m); E16-1 has no station: back to its
        // virtual one at −20 000 is 80 919.1 m, on to 109 727.2 is 48 808.1 -> the worse, 80 919.1.
        // S2 150 000 -> 199 125.3 + 80 919.1 = 280 044.4: 130 044.4 > 100 000, 49 125.3 m inside Rv 7.
        Finding rv7 = gap("Rv7:lading", 150_000);
        assertThat(rv7.figures().get("to_m")).isCloseTo(280_044.4, within(0.1));
        assertThat(rv7.figures().get("gap_m")).isCloseTo(49_125.3, within(0.1));
        assertThat(rv7.message()).contains("grensemarginen på E16-1 (gjennom krysset)");
        // Rv 52 ends on Rv 7 at Gol (Rv 7 measure 88 630.2): back to S1 (20 000) 68 630.2, on to S2
        // (150 000) 61 369.8 -> 68 630.2. S4 −8 000 (across the north-west border) -> 61 731.3 + 68 630.2
        // = 130 361.5: 138 361.5 > 100 000. As a border end (before) it was 81 731.3 − (−8 000) = 89 731.3.
        Finding rv52 = gap("Rv52:lading", -8_000);
        assertThat(rv52.figures().get("to_m")).isCloseTo(130_361.5, within(0.1));
        assertThat(rv52.figures().get("spacing_m")).isCloseTo(138_361.5, within(0.1));
        assertThat(rv52.figures().get("gap_m")).isCloseTo(61_731.3, within(0.1));
        assertThat(rv52.message()).contains("stasjon S1 på Rv7 (gjennom krysset)");
        // E134-1 starts on E18 at Drammen (E18 measure 7 259.1): on to S3 (10 000) is 2 740.9, back to
        // E18's virtual station (−20 000) 27 259.1 -> −27 259.1; 54 430.8 + 20 000 = 74 430.8: 101 689.9.
        // S3 no longer counts 2.6 km (straight line) past E134-1's start: that end is no border.
        Finding e134 = gap("E134-1:lading", -27_259.1);
        assertThat(e134.figures().get("spacing_m")).isCloseTo(101_689.9, within(0.1));
        assertThat(e134.figures().get("gap_m")).isCloseTo(54_430.8, within(0.1));
        // E134-2 also starts on E18 (11 829.7): the worse way on is 30 073.8 -> 56 329.4 km, no gap.
        assertThat(gaps()).noneMatch(f -> f.referenceFeatureId().startsWith("E134-2"));
    }

    @Test
    void theFarStationIsListed() {
        assertThat(e1)
                .filteredOn(f -> f.figures().containsKey("not_placed"))
                .extracting(Finding::referenceFeatureId)
                .containsExactly("S5");
        Finding s5 = e1.stream()
                .filter(f -> "S5".equals(f.referenceFeatureId()))
                .findFirst()
                .orElseThrow();
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
        assertThat(e1)
                .filteredOn(f -> f.figures().getOrDefault("proposed", 0.0) == 1.0)
                .extracting(f -> f.planObjectId().isEmpty() ? f.referenceFeatureId() : f.planObjectId())
                .containsExactlyInAnyOrder("RA1", "RA3");
    }
}
