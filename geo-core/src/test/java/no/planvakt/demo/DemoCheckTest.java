package no.planvakt.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.planvakt.crs.Crs;
import no.planvakt.diff.ChangeKind;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
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
        result = PlanCheck.run(
                RulePackLoader.buskerud(),
                PlanCheck.read(
                        dir.resolve(DemoData.DRAFT),
                        dir.resolve(DemoData.ADOPTED),
                        dir.resolve(DemoData.LAYERS),
                        Crs.DEFAULT_CANONICAL_SRID));
    }

    @Test
    void findingsAreTheHandWorkedOnes() {
        List<Finding> r3 =
                result.findings().stream().filter(f -> f.ruleId().equals("R3")).toList();
        assertThat(r3)
                .extracting(f -> f.planObjectId() + " " + f.status() + " " + f.change())
                .containsExactly(
                        "D1 INFO UNCHANGED",
                        "D11 RED NEW",
                        "D2 RED EXPANDED",
                        "D2 INFO EXPANDED",
                        "D3 RED NEW",
                        "D4 RED NEW",
                        "D8 YELLOW NEW");
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
        assertThat(result.checked())
                .filteredOn(c -> c.ruleId().equals("R3"))
                .extracting(c -> c.ruleId() + " " + c.planObjectId())
                .containsExactly("R3 D1", "R3 D5", "R3 D6");
        assertThat(result.summaries())
                .filteredOn(s -> s.ruleId().equals("R3"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(Status.RED);
                    assertThat(s.counts())
                            .containsEntry(Status.RED, 4)
                            .containsEntry(Status.YELLOW, 1)
                            .containsEntry(Status.INFO, 2);
                    assertThat(s.areaM2()).isCloseTo(980_300.0, within(980_300.0 * 1e-4));
                });
    }

    @Test
    void planDiffByPurposeFindsTheRemovedArea() {
        assertThat(result.planDiff())
                .filteredOn(c -> c.kind() == ChangeKind.REMOVED)
                .extracting(c -> c.feature().id())
                .containsExactly("A6");
        assertThat(result.reportSrid()).isEqualTo(25832);
    }

    @Test
    void r1HeritageCoveredByZones() {
        // KM1 = H1 exactly: clear. KM2 400 x 500 m, H2 covers 200 x 500: 50 % -> YELLOW, 100 daa uncovered.
        // KM3 500 x 400 m, no zone -> RED, 200 daa. KM4 is lokal, not selected.
        assertThat(ids("R1")).containsExactly("/KM3 RED", "H2/KM2 YELLOW");
        expectRef("R1", "KM2", Status.YELLOW, 100.0, 0.5);
        expectRef("R1", "KM3", Status.RED, 200.0, 1.0);
        assertThat(checked("R1")).containsExactly("KM1");
    }

    @Test
    void r1bBuiltUpInHeritage() {
        // D12 bolig 457 400–457 700 x 200 m (new) overlaps KM3 by 100 x 200 = 20 000 m² -> RED, share 1/3.
        // D14 only touches KM1 along x = 454 300: no area, clear.
        assertThat(ids("R1b")).containsExactly("D12/KM3 RED");
        expect(of("R1b"), "D12", Status.RED, 20.0, 1.0 / 3.0);
        // Every other development object of the draft is listed as clear (D1 unchanged: "ikke omfattet").
        // D20–D26 (the transport demo around Geilo) are clear too.
        assertThat(checked("R1b"))
                .containsExactly(
                        "D1", "D10", "D11", "D13", "D14", "D17", "D18", "D2", "D20", "D21", "D22", "D23", "D24", "D25",
                        "D26", "D3", "D4", "D5", "D6", "D8", "D9");
    }

    @Test
    void r2NewDevelopmentNearProtectedHeritage() {
        // D13: 20 m to KF1 (AUT), less its 5 m sikringssone = 15 m; centroid in sentrum -> limit 20 m.
        // D14: 10 m to KF2 (VED), centroid in tettsted -> 50 m; H1 covers KF2 wholly.
        // D18: 30 m to KF4 (AUT) less 5 m = 25 m > 20 m (sentrum) -> clear. KF3 (LIST) is not fredet.
        assertThat(ids("R2")).containsExactly("D13/KF1 YELLOW", "D14/KF2 YELLOW");
        Finding d13 = one("R2", "D13");
        assertThat(d13.distanceM()).isCloseTo(15.0, within(0.01));
        assertThat(d13.figures().get("zone_share")).isEqualTo(0.0);
        assertThat(d13.trace()).anyMatch(t -> t.contains("distanceM = 20") && t.contains("klasse=sentrum"));
        Finding d14 = one("R2", "D14");
        assertThat(d14.distanceM()).isCloseTo(10.0, within(0.01));
        assertThat(d14.figures().get("zone_share")).isCloseTo(1.0, within(1e-6));
        assertThat(d14.trace()).anyMatch(t -> t.contains("distanceM = 50") && t.contains("klasse=tettsted"));
        // The new and expanded development objects without a protected monument within their limit.
        assertThat(checked("R2"))
                .containsExactly(
                        "D10", "D11", "D12", "D17", "D18", "D2", "D20", "D21", "D22", "D23", "D24", "D25", "D26", "D3",
                        "D4", "D6", "D8");
    }

    @Test
    void r4RecreationNatureAndCorridor() {
        // R4a: D3 takes 300 x 500 = 150 000 m² of FR1 (share 0.375 of D3's 400 000 m²) -> RED;
        // D11 lies west of x = 446 000, outside the mapped area -> NOT_MAPPED, 300 daa.
        assertThat(ids("R4a")).containsExactly("D11/null NOT_MAPPED", "D3/FR1 RED");
        expect(of("R4a"), "D3", Status.RED, 150.0, 0.375);
        expect(of("R4a"), "D11", Status.NOT_MAPPED, 300.0, 1.0);
        // R4b: D11 cuts NA1 (4 000 x 500 m) in two: 1 000 x 500 and 2 400 x 500 m -> RED.
        // D2's expansion takes 100 x 300 = 30 000 m² of NA2's corner (< 50 000, no split) -> YELLOW, share 0.15.
        assertThat(ids("R4b")).containsExactly("D11/NA1 RED", "D2/NA2 YELLOW");
        expect(of("R4b"), "D11", Status.RED, 300.0, 1.0);
        assertThat(one("R4b", "D11").figures())
                .containsEntry("parts_before", 1.0)
                .containsEntry("parts_after", 2.0);
        assertThat(one("R4b", "D11").figures().get("largest_part_m2")).isCloseTo(1_200_000, within(120.0));
        expect(of("R4b"), "D2", Status.YELLOW, 30.0, 0.15);
        // R4c: D6 leaves 150 m of the 300 m corridor KO1 (< 200 m): RED, 75 000 m², share 0.375.
        assertThat(ids("R4c")).containsExactly("D6/KO1 RED");
        expect(of("R4c"), "D6", Status.RED, 75.0, 0.375);
        assertThat(one("R4c", "D6").figures())
                .containsEntry("corridor_parts_before", 1.0)
                .containsEntry("corridor_parts_after", 2.0)
                .containsEntry("parts_after", 1.0);
        assertThat(checked("R4c")).containsExactly("D11", "D2", "D3", "D4", "D8");
    }

    @Test
    void r5MineralResources() {
        // R5a: MR1 400 x 500 m, D16 (1200) covers 400 x 400 -> 80 % -> YELLOW, 40 daa uncovered.
        // MR2 = H3 (H590): clear. MR3 300 x 300 m, nothing -> RED 90 daa. MR4 lokal: not selected.
        assertThat(ids("R5a")).containsExactly("/MR3 RED", "D16/MR1 YELLOW");
        expectRef("R5a", "MR1", Status.YELLOW, 40.0, 0.2);
        expectRef("R5a", "MR3", Status.RED, 90.0, 1.0);
        assertThat(checked("R5a")).containsExactly("MR2");
        // R5b: D17 næring 458 350–458 600 x 200 m; MR3's 100 m buffer reaches x 458 400 -> 50 x 200 = 10 000 m².
        assertThat(ids("R5b")).containsExactly("D17/MR3 RED");
        expect(of("R5b"), "D17", Status.RED, 10.0, 0.2);
    }

    @Test
    void r6aAbcClassesOnTheRealN1000NetworkAroundGeilo() {
        // docs/demo.md: distances along N1000's Rv 7 / Fv 40 / paths, checked with pgRouting by PostGisOracleTest.
        assertThat(ids("R6a"))
                .containsExactly(
                        "D17/stasjon-geilo INFO",
                        "D18/stasjon-geilo RED",
                        "D20/stasjon-geilo INFO",
                        "D21/stasjon-geilo INFO",
                        "D22/stasjon-geilo RED",
                        "D23/stasjon-geilo YELLOW",
                        "D24/stasjon-geilo YELLOW",
                        "D25/null YELLOW");
        // D20 forretning by Geilo stasjon: 36.3 m to Rv 7, 20.5 m along it, 285.4 m to the station -> A (<= 600).
        abc("D20", 1, 341.8, 278.9, 114.8);
        // D23 tjenesteyting at Vestlia: the invented stop (4 departures/h) 174.3 m -> B; intensive in B -> YELLOW.
        abc("D23", 2, 1750.6, 174.3, 935.7);
        // D24 lager by the station: A (534.4 m), land-hungry in A -> YELLOW; D21 næringspark 519.8 m from the Rv 7
        // junction -> C.
        abc("D24", 1, 534.4, 454.9, 190.6);
        abc("D21", 3, 3144.1, 1567.9, 519.8);
        abc("D17", 3, 3396.6, 1820.3, 772.3);
        // D22 forretning 3.2 km out along Rv 7 and D18 sentrumsformål on the path south: no class -> RED.
        abc("D22", 0, 3403.8, 3340.9, 3176.8);
        abc("D18", 0, 6381.9, 6302.4, 6038.0);
        // D25 has no road or path within 500 m: "ikke nåbar", never a crash.
        assertThat(one("R6a", "D25").message()).contains("ikke nåbar");
        assertThat(one("R6a", "D20").message()).contains("klasse A").contains("langs vegnettet");
        assertThat(one("R6a", "D20").trace()).anyMatch(t -> t.startsWith("Vegnett veger:"));
    }

    @Test
    void r6aBusinessLandReserveByLandCoverAndClass() {
        ResultTable reserve = table("R6a-reserve");
        // D20 10 + D24 12 daa (A), D23 18 daa (B) and D17's 24.2 daa inside the N1000 built-up area are grey land;
        // D21 75 daa lies in N1000 forest, D25 60 daa on open land, D22 36 + D18 15 daa in forest.
        List<String> hol = List.of(
                "A bebygd (grått areal) 22.0",
                "B bebygd (grått areal) 18.0",
                "C bebygd (grått areal) 24.211",
                "C skog 75.0",
                "C åpen fastmark 25.789",
                "– skog 51.0",
                "– åpen fastmark 60.0");
        // The demo is all Hol: the region (Hallingdal) and all municipalities repeat Hol's rows.
        List<String> expected = new java.util.ArrayList<>();
        for (String level : List.of("kommune 3330", "region Hallingdal", "fylke Alle kommuner")) {
            hol.forEach(r -> expected.add(level + " " + r));
        }
        assertThat(reserve.rows())
                .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + r.get(4))
                .containsExactlyElementsOf(expected);
        double total = reserve.rows().stream()
                .filter(r -> r.get(0).equals("kommune"))
                .mapToDouble(r -> ((Number) r.get(4)).doubleValue())
                .sum();
        assertThat(total).isCloseTo(10 + 75 + 36 + 18 + 12 + 60 + 50 + 15, within(0.01));
        assertThat(table("R6a-klasser").rows()).hasSize(8);
    }

    @Test
    void r6bHousingNearCentresAndStops() {
        // D26 by Geilo stasjon: 611.2 m to the station (<= 1 000) -> near. D12 569.3 m to Vestlia stop (> 500) and
        // 2.1 km to a centre -> not near; D13, D18 far; D10 and D14 have no road within 500 m (ikke nåbar).
        assertThat(ids("R6b"))
                .containsExactly(
                        "D10/null YELLOW",
                        "D12/stasjon-geilo YELLOW",
                        "D13/stasjon-geilo YELLOW",
                        "D14/null YELLOW",
                        "D18/stasjon-geilo YELLOW",
                        "D26/stasjon-geilo INFO");
        assertThat(one("R6b", "D26").figures().get("centre_m")).isCloseTo(611.2, within(0.5));
        assertThat(one("R6b", "D12").figures().get("stop_m")).isCloseTo(569.3, within(0.5));
        // New housing 150 + 60 + 32 + 10 + 15 + 22.5 = 289.5 daa, of it 22.5 daa near: 7.8 %.
        assertThat(table("R6b-andel").rows())
                .containsExactly(
                        java.util.Arrays.asList("kommune", "3330", 289.5, 22.5, 7.8),
                        java.util.Arrays.asList("region", "Hallingdal", 289.5, 22.5, 7.8),
                        java.util.Arrays.asList("fylke", "Alle kommuner", 289.5, 22.5, 7.8));
    }

    @Test
    void r6cNewBuiltUpLandInsideTheBuiltUpArea() {
        // Inside N1000's Geilo built-up area wholly: D12, D20, D23, D24, D26; D17 partly (24.2 of 50 daa, by PostGIS
        // too).
        assertThat(checked("R6c")).containsExactly("D12", "D20", "D23", "D24", "D26");
        assertThat(one("R6c", "D17").figures().get("inside_m2")).isCloseTo(24_210.6, within(1.0));
        ResultTable t = table("R6c-andel");
        assertThat(t.rows())
                .extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("kommune 3330", "region Hallingdal", "fylke Alle kommuner");
        assertThat(t.rows()).allSatisfy(r -> {
            // New built-up land: holiday homes D2 200, D3 400, D4 200, D6 200, D8 120.3, housing D10 150, D12 60, D13
            // 32,
            // D14 10, D18 15, D26 22.5, business D17 50, D20 10, D21 75, D22 36, D23 18, D24 12, D25 60 = 1 670.8 daa.
            assertThat(((Number) r.get(2)).doubleValue()).isCloseTo(1670.8, within(0.01));
            // Inside: 60 + 10 + 18 + 12 + 22.5 + 24.211 = 146.711 daa.
            assertThat(((Number) r.get(3)).doubleValue()).isCloseTo(146.711, within(0.01));
        });
    }

    private static void abc(String object, int cls, double hub, double stop, double junction) {
        Finding f = one("R6a", object);
        assertThat(f.figures().get("abc_class")).as(object + " class").isEqualTo((double) cls);
        assertThat(f.figures().get("hub_m")).as(object + " hub").isCloseTo(hub, within(0.5));
        assertThat(f.figures().get("stop_m")).as(object + " stop").isCloseTo(stop, within(0.5));
        assertThat(f.figures().get("junction_m")).as(object + " junction").isCloseTo(junction, within(0.5));
        assertThat(f.distanceM()).isCloseTo(hub, within(0.5));
    }

    private static ResultTable table(String id) {
        return result.tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void ar1AccountOnRealLandCover() {
        // Land-use objects (rectangles, docs/demo.md): 20 897 300 m² plus the transport demo's D20–D26
        // (10 000 + 75 000 + 36 000 + 18 000 + 12 000 + 60 000 + 22 500 = 233 500 m²) = 21 130 800 m², and the classes
        // of the
        // real N1000 land cover sum to it. Fritid framtidig D2 500 000 + D3 400 000 + D4 200 000
        // + D6 200 000 + D8 120 300 = 1 420 300 m², none of it on N1000 tettbebyggelse: all reserve.
        Finding plan = one("AR1", "plan");
        assertThat(plan.figures().get("plan_m2")).isCloseTo(21_130_800.0, within(2.0));
        double classes = plan.figures().entrySet().stream()
                .filter(e -> !e.getKey().equals("plan_m2") && !e.getKey().equals("reserve_m2"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        assertThat(classes).isCloseTo(plan.figures().get("plan_m2"), within(0.01));
        Finding fritid = one("AR1", "fritid");
        assertThat(fritid.areaM2()).isCloseTo(1_420_300.0, within(2.0));
        assertThat(fritid.figures().get("skog_m2") + fritid.figures().get("apent_m2"))
                .isCloseTo(1_420_300.0, within(2.0));
        // No reserve in the adopted plan (all of it nåværende): the draft adds all of its reserve.
        Finding change = one("AR1", "endring");
        assertThat(change.figures().get("adopted_m2")).isZero();
        assertThat(change.figures().get("added_m2")).isCloseTo(plan.figures().get("reserve_m2"), within(0.01));
        assertThat(checked("AR1")).containsExactly("arealregnskap");
    }

    @Test
    void everyRuleHasFindingsAndClearCases() {
        for (String rule : List.of("R1", "R1b", "R2", "R3", "R4a", "R4b", "R4c", "R5a", "R5b")) {
            assertThat(of(rule)).as(rule + " findings").isNotEmpty();
            assertThat(checked(rule)).as(rule + " clear").isNotEmpty();
        }
    }

    private static List<Finding> of(String rule) {
        return result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static List<String> ids(String rule) {
        return of(rule).stream()
                .map(f -> f.planObjectId() + "/" + f.referenceFeatureId() + " " + f.status())
                .toList();
    }

    private static List<String> checked(String rule) {
        return result.checked().stream()
                .filter(c -> c.ruleId().equals(rule))
                .map(c -> c.planObjectId())
                .toList();
    }

    private static Finding one(String rule, String object) {
        return of(rule).stream()
                .filter(f -> f.planObjectId().equals(object))
                .findFirst()
                .orElseThrow();
    }

    private static void expectRef(String rule, String reference, Status status, double daa, double share) {
        Finding f = of(rule).stream()
                .filter(x -> reference.equals(x.referenceFeatureId()) && x.status() == status)
                .findFirst()
                .orElseThrow();
        assertThat(f.areaDaa()).as(reference + " area (daa)").isCloseTo(daa, within(daa * 1e-4));
        assertThat(f.share()).as(reference + " share").isCloseTo(share, within(share * 1e-4));
    }

    private static void expect(List<Finding> findings, String object, Status status, double daa, double share) {
        Finding f = findings.stream()
                .filter(x -> x.planObjectId().equals(object) && x.status() == status)
                .findFirst()
                .orElseThrow();
        assertThat(f.areaDaa()).as(object + " area (daa)").isCloseTo(daa, within(daa * 1e-4));
        assertThat(f.share()).as(object + " share").isCloseTo(share, within(share * 1e-4));
        assertThat(f.trace()).isNotEmpty();
        assertThat(f.geometry().getSRID() == 0 || f.geometry().getSRID() == 25833)
                .isTrue();
    }
}
