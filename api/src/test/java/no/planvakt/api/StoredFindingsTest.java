package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvakt.api.run.RunRepository;
import no.planvakt.api.run.RunService;
import no.planvakt.api.run.RunState;
import no.planvakt.demo.DemoData;
import no.planvakt.diff.ChangeKind;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * A run's findings and checked list are stored by COPY: many findings come back whole (every
 * attribute, text with the characters COPY must escape, geometry exactly and with the canonical
 * SRID, nulls as nulls, in the order stored), and a run whose storing fails part-way stores nothing.
 */
class StoredFindingsTest extends ApiTestBase {
    private static final int SRID = 25833;
    private static final int MANY = 5_000;
    private static final GeometryFactory GF = new GeometryFactory();

    @Autowired
    RunRepository runs;

    @Autowired
    RunService service;

    @Test
    void manyFindingsComeBackWhole() throws Exception {
        CheckResult result = result(findings(MANY), checked(200, false));

        long runId = runs.insert(result, draftVersion(), null, "3330", Instant.now(), SRID);

        List<Finding> back = runs.findings(runId, SRID);
        assertThat(back).hasSize(MANY);
        for (int i = 0; i < MANY; i++) {
            Finding expected = result.findings().get(i);
            Finding actual = back.get(i);
            assertThat(actual)
                    .as("finding %d", i)
                    .usingRecursiveComparison()
                    .ignoringFields("geometry")
                    .isEqualTo(expected);
            if (expected.geometry() == null) {
                assertThat(actual.geometry()).as("finding %d", i).isNull();
            } else {
                assertThat(actual.geometry().equalsExact(expected.geometry()))
                        .as("finding %d: %s", i, actual.geometry())
                        .isTrue();
            }
        }
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT ST_SRID(geom) FROM result.finding WHERE run_id = ? AND geom IS NOT NULL",
                        Integer.class,
                        runId))
                .containsExactly(SRID);
        assertThat(runs.checked(runId)).isEqualTo(result.checked());
        assertThat(runs.state(runId)).isEqualTo(RunState.DONE);
    }

    @Test
    void aRunWhoseStoringFailsPartWayStoresNothing() throws Exception {
        long draft = draftVersion();
        // Two failures: a duplicate finding key near the end of the findings, and a checked row
        // without its message after all findings were copied.
        List<Finding> duplicate = new ArrayList<>(findings(MANY));
        duplicate.add(duplicate.get(10));
        for (CheckResult bad :
                List.of(result(duplicate, checked(200, false)), result(findings(MANY), checked(200, true)))) {
            long runId = runs.queue(draft, null, "3330", "test", "1", null, "test");
            assertThat(runs.start(runId)).isTrue();

            assertThatThrownBy(() -> service.complete(runId, bad)).isInstanceOf(DataAccessException.class);

            assertThat(jdbc.queryForObject("SELECT count(*) FROM result.finding WHERE run_id = ?", Long.class, runId))
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM result.checked WHERE run_id = ?", Long.class, runId))
                    .isZero();
            assertThat(runs.state(runId)).isEqualTo(RunState.RUNNING);
        }
    }

    private long draftVersion() {
        return ((Number) ApiTestSupport.uploadPlan(http, dir.resolve(DemoData.DRAFT), "draft")
                        .getBody()
                        .get("versionId"))
                .longValue();
    }

    private static CheckResult result(List<Finding> findings, List<Checked> checked) {
        return new CheckResult(
                "test", "1", 25832, Map.of(), List.of(), findings, checked, List.of(), List.of(), List.of());
    }

    /**
     * Generated findings: every status and change kind, text with tab, newline, carriage return,
     * backslash, quotes and Norwegian letters, nulls where a finding may have none, and polygons
     * with holes, multipolygons and findings without geometry.
     */
    private static List<Finding> findings(int n) {
        List<Finding> out = new ArrayList<>();
        Status[] statuses = Status.values();
        ChangeKind[] changes = ChangeKind.values();
        for (int i = 0; i < n; i++) {
            double x = 450_000 + (i % 100) * 1_000.123;
            double y = 6_700_000 + (i / 100) * 997.5;
            Finding.Builder b = Finding.of(
                            "R" + (i % 7), "Regel «" + (i % 7) + "» \\ med\ttabulator", statuses[i % statuses.length])
                    .key("R" + (i % 7) + "|obj-" + i + "|ref\\" + i)
                    .change(i % 5 == 0 ? null : changes[i % changes.length])
                    .planObject(
                            "obj-" + i,
                            i % 3 == 0 ? "Fjellstølen\nøvre" : "Ærlig «navn» " + i,
                            "1120 fritidsbebyggelse")
                    .reference(i % 11 == 0 ? null : "mineralressurser", i % 11 == 0 ? null : "MR" + i)
                    .area(i * 12.345678901234567 + 0.1)
                    .share(i % 4 == 0 ? null : i / (double) n)
                    .distance(i % 6 == 0 ? 0.05 * i : null)
                    .message("Område «obj-" + i + "» ligger\r\n" + i + " m² på \"forekomsten\" C:\\kart\\" + i)
                    .trace(List.of("steg 1\tmed tabulator", "steg 2: ø æ å \\ slutt"))
                    .geometry(geometry(i, x, y));
            if (i % 2 == 0) {
                b.figure("deler_før", i).figure("andel", 1.0 / (i + 3));
            }
            out.add(b.build());
        }
        return out;
    }

    private static Geometry geometry(int i, double x, double y) {
        return switch (i % 4) {
            case 0 -> null;
            case 1 -> square(x, y, 100.5);
            case 2 ->
                GF.createPolygon(
                        GF.createLinearRing(square(x, y, 300).getExteriorRing().getCoordinates()), new LinearRing[] {
                            GF.createLinearRing(square(x + 100, y + 100, 50.25)
                                    .getExteriorRing()
                                    .getCoordinates())
                        });
            default -> GF.createMultiPolygon(new Polygon[] {square(x, y, 10), square(x + 20.75, y + 0.125, 10)});
        };
    }

    private static Polygon square(double x, double y, double side) {
        return GF.createPolygon(new Coordinate[] {
            new Coordinate(x, y),
            new Coordinate(x + side, y),
            new Coordinate(x + side, y + side),
            new Coordinate(x, y + side),
            new Coordinate(x, y)
        });
    }

    private static List<Checked> checked(int n, boolean lastWithoutMessage) {
        List<Checked> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean broken = lastWithoutMessage && i == n - 1;
            out.add(new Checked(
                    "R" + (i % 3),
                    "obj-" + i,
                    i % 10 == 0 ? null : "Objekt\t" + i,
                    broken ? null : "Ingen overlapp \\ fri\nny linje " + i));
        }
        return out;
    }
}
