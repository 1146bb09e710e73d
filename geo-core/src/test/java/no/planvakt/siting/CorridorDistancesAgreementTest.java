package no.planvakt.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.network.GraphDistances;
import no.planvakt.network.N1000Buskerud;
import no.planvakt.network.PgRoutingNetwork;
import no.planvakt.network.RoadNetwork;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/**
 * E1's network distances from a site to each corridor section (one Dijkstra per section, as the
 * siting analysis runs it) agree with pgRouting to 1 m on the real N1000 network and the pack's
 * five corridors. The sites are the county's towns and villages (N1000 by/tettsted), most of them off
 * the corridors. pgRouting's side: the least {@code pgr_withPointsCost} from the site's nearest edge
 * to any node on the section (a corridor's links meet the network at nodes), or the connector alone
 * when the nearest edge carries the corridor's road number, as E1 defines it. Needs
 * PLANVAKT_DB_URL with pgRouting (scripts/postgis.sh).
 */
class CorridorDistancesAgreementTest {
    private static final double TOLERANCE_M = 1.0;
    /** Far enough for every site to reach every section of its part of the network. */
    private static final double REACH_M = 400_000;

    @Test
    void siteToCorridorDistancesAgreeWithPgRouting() throws Exception {
        String url = System.getenv("PLANVAKT_DB_URL");
        if (url == null || url.isBlank()) {
            fail(
                    "PLANVAKT_DB_URL is not set: start PostGIS with `scripts/postgis.sh start` and export PLANVAKT_DB_URL=$(scripts/postgis.sh url)");
        }
        ReferenceLayer roads = N1000Buskerud.roads();
        List<SiteInput> sites = N1000Buskerud.towns(25).stream()
                .map(f -> new SiteInput(
                        f.id(), String.valueOf(f.attributes().get("navn")), "steder", f.geometry(), 10_000))
                .toList();
        assertThat(sites).hasSizeGreaterThanOrEqualTo(15);
        SitingParameters pack = SitingParameters.of(
                RulePackLoader.buskerud().only(List.of("E1")).rules().get(0).definition());
        SitingParameters p = new SitingParameters(
                pack.corridors(),
                pack.spacing(),
                pack.stationsLayer(),
                pack.carrierAttribute(),
                pack.gridLayer(),
                "",
                "",
                List.of(),
                "",
                pack.snapM(),
                pack.joinM(),
                pack.borderMarginM(),
                REACH_M,
                pack.minAreaM2(),
                pack.fullAreaM2(),
                pack.gridZeroM(),
                pack.trafficFullAdt(),
                pack.roadClassScore(),
                pack.weights());
        RoadNetwork network = RoadNetwork.fromLayer(roads, "vegkategori", "vegnummer");
        SitingOverview overview = new SitingAnalysis(p, new CpSatCoverSolver(5), new GraphDistances(network, REACH_M))
                .run(
                        "E1",
                        roads.id(),
                        roads.features(),
                        List.of(),
                        sites,
                        new SiteScorer(p, List.of(), null, List.of()));

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int offCorridor = 0;
        try (Connection db = DriverManager.getConnection(url)) {
            db.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pgrouting");
            PgRoutingNetwork pg = new PgRoutingNetwork(db);
            pg.load(roads);
            for (Candidate c : overview.candidates()) {
                PgRoutingNetwork.Snap snap = pg.snap((Point) c.geometry());
                for (CorridorSection s : overview.sections()) {
                    Candidate.Access a = c.access().stream()
                            .filter(x -> x.section() == s)
                            .findFirst()
                            .orElse(null);
                    Double sql = pg.toNodesOn((Point) c.geometry(), s.line(), REACH_M);
                    boolean ownRoad = snap.category() != null
                            && s.corridor()
                                    .road()
                                    .matches(Map.of(
                                            "vegkategori",
                                            snap.category(),
                                            "vegnummer",
                                            snap.number() == null ? "" : snap.number()));
                    if (ownRoad) {
                        sql = sql == null ? snap.conn() : Math.min(sql, snap.conn());
                    } else if (sql != null) {
                        offCorridor++;
                    }
                    boolean agree = sql == null || sql > REACH_M
                            ? a == null
                            : a != null && Math.abs(a.distanceM() - sql) <= TOLERANCE_M;
                    if (!agree) {
                        mismatches.add(String.format(
                                Locale.ROOT,
                                "%s (%s) → %s: E1 %s, pgRouting %s",
                                c.name(),
                                c.id(),
                                s.id(),
                                a == null ? "not reached" : String.format(Locale.ROOT, "%.2f", a.distanceM()),
                                sql));
                    }
                    compared++;
                }
            }
        }
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
        assertThat(compared).isEqualTo(sites.size() * overview.sections().size());
        assertThat(offCorridor)
                .as("pairs measured along the network, not by a connector alone")
                .isGreaterThan(compared / 2);
    }
}
