package no.planvakt.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.plan.Plan;
import no.planvakt.result.CheckResult;
import no.planvakt.result.ResultTable;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.RulePackLoader;
import no.planvakt.rule.spec.PackSpec;
import no.planvakt.rule.spec.PackSpecVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The account's tables for the hand-worked spec case "AR1 arealregnskap, arealreserve og endring"
 * (buskerud.spec.yaml has the calculation): every cell to the m² (0.001 daa).
 */
class AccountTablesTest {
    private static final double M2 = 0.0011;
    static CheckResult result;

    @BeforeAll
    static void run() {
        PackSpec spec = PackSpecVerifier.buskerudSpec();
        PackSpec.Case c = spec.cases().stream()
                .filter(k -> k.name().startsWith("AR1 arealregnskap"))
                .findFirst()
                .orElseThrow();
        PackSpecVerifier verifier = new PackSpecVerifier(RulePackLoader.buskerud(), Crs.DEFAULT_CANONICAL_SRID);
        CheckInput in = verifier.input(spec, c);
        // The case's plan says which municipality it is (a plan file does, in KOMM or its plan id).
        Plan d = in.draft();
        Plan draft =
                new Plan(d.name(), "3330", d.planId(), d.kind(), d.sourceSrid(), d.srid(), d.features(), d.warnings());
        result = new CheckEngine(RulePackLoader.buskerud().only(List.of("AR1")))
                .run(new CheckInput(draft, in.adopted(), in.layers()));
    }

    @Test
    void groupsAndStatusesSumToThePlan() {
        ResultTable t = table("AR1-regnskap");
        // Bolig framtidig D1: bebygd 10, skog 75, myr 15; bolig nåværende D3: bebygd 10, åpent 60, uklassifisert 30;
        // næring framtidig D2: bebygd 20, myr 15, åpent 15; LNFR nåværende D4: skog 75, åpent 125, uklassifisert 50.
        assertRow(t, List.of("Boligbebyggelse", "framtidig"), 10, 0, 0, 0, 15, 75, 0, 0, 100);
        assertRow(t, List.of("Boligbebyggelse", "nåværende"), 10, 0, 0, 0, 0, 0, 60, 30, 100);
        assertRow(t, List.of("Næringsvirksomhet", "framtidig"), 20, 0, 0, 0, 15, 0, 15, 0, 50);
        assertRow(t, List.of("LNFR", "nåværende"), 0, 0, 0, 0, 0, 75, 125, 50, 250);
        assertRow(t, List.of("Hele planen", ""), 40, 0, 0, 0, 30, 150, 200, 80, 500);
        assertThat(t.rows()).hasSize(5);
    }

    @Test
    void reserveByGroupWithThemes() {
        ResultTable t = table("AR1-reserve");
        // Columns: gruppe, vann, sno_is, dyrka, myr, skog, apent, uklassifisert, reserve, herav over skoggrensen,
        // naturområder, friluft.
        assertRow(t, List.of("Boligbebyggelse"), 0, 0, 0, 15, 75, 0, 0, 90, 0, 5, 0);
        assertRow(t, List.of("Næringsvirksomhet"), 0, 0, 0, 15, 0, 15, 0, 30, 7.5, 5, 0);
        assertRow(t, List.of("Sum"), 0, 0, 0, 30, 75, 15, 0, 120, 7.5, 10, 0);
    }

    @Test
    void changeOfTheReserve() {
        ResultTable t = table("AR1-endring");
        // gjeldende, forslag, lagt til, tatt ut, flyttet, netto
        assertRow(t, List.of("Myr"), 30, 30, 0, 0, 15, 0);
        assertRow(t, List.of("Skog"), 50, 75, 25, 0, 0, 25);
        assertRow(t, List.of("Åpen fastmark og fjell"), 75, 15, 15, 75, 0, -60);
        assertRow(t, List.of("Sum"), 155, 120, 40, 75, 15, -35);
    }

    @Test
    void municipalityRegionAndCounty() {
        ResultTable t = table("AR1-kommuner");
        assertRow(t, List.of("kommune", "3330", "Hol"), 0, 0, 0, 30, 75, 15, 0, 120);
        assertRow(t, List.of("region", "", "Hallingdal"), 0, 0, 0, 30, 75, 15, 0, 120);
        assertRow(t, List.of("fylke", "", "Alle kommuner"), 0, 0, 0, 30, 75, 15, 0, 120);
    }

    @Test
    void everyObjectsClassesSumToItsArea() {
        ResultTable t = table("AR1-objekter");
        int first = t.column("bebygd");
        int last = t.column("uklassifisert");
        for (List<Object> row : t.rows()) {
            double sum = 0;
            for (int i = first; i <= last; i++) {
                sum += ((Number) row.get(i)).doubleValue();
            }
            assertThat(sum)
                    .as(String.valueOf(row.get(0)))
                    .isCloseTo(((Number) row.get(t.column("areal"))).doubleValue(), within(0.004));
        }
        assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("D1", "D2", "D3", "D4");
        assertThat(t.rows()).extracting(r -> r.get(t.column("kommune"))).containsOnly("3330");
    }

    private static ResultTable table(String id) {
        return result.tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    /** The row whose first cells are {@code keys}; the numbers that follow in daa. */
    private static void assertRow(ResultTable t, List<String> keys, double... daa) {
        List<Object> row = t.rows().stream()
                .filter(r -> r.subList(0, keys.size()).equals(keys))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + keys + " in " + t.id() + ": " + t.rows()));
        assertThat(row).hasSize(keys.size() + daa.length);
        for (int i = 0; i < daa.length; i++) {
            assertThat(((Number) row.get(keys.size() + i)).doubleValue())
                    .as(t.id() + " " + keys + " "
                            + t.columns().get(keys.size() + i).name())
                    .isCloseTo(daa[i], within(M2));
        }
    }
}
