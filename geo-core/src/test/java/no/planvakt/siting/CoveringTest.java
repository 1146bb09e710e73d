package no.planvakt.siting;

import static no.planvakt.siting.SitingFixtures.CHARGING_100;
import static no.planvakt.siting.SitingFixtures.candidate;
import static no.planvakt.siting.SitingFixtures.straight;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The covering model, the exact sweep and the CP-SAT solver on instances with known optima. */
class CoveringTest {
    private final CoverSolver solver = new CpSatCoverSolver(10);

    /** The greedy rule for set cover: take the column covering most uncovered rows (lowest index on ties). */
    static int[] greedy(CoverProblem p) {
        Set<Integer> uncovered = new HashSet<>();
        for (int r = 0; r < p.rows().size(); r++) {
            uncovered.add(r);
        }
        List<Integer> chosen = new ArrayList<>();
        while (!uncovered.isEmpty()) {
            int best = -1;
            int bestCount = 0;
            for (int c = 0; c < p.columns().size(); c++) {
                final int col = c;
                int count = (int) uncovered.stream()
                        .filter(r -> Arrays.stream(p.rows().get(r)).anyMatch(x -> x == col))
                        .count();
                if (count > bestCount) {
                    best = c;
                    bestCount = count;
                }
            }
            chosen.add(best);
            final int b = best;
            uncovered.removeIf(r -> Arrays.stream(p.rows().get(r)).anyMatch(x -> x == b));
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    @Test
    void greedyIsNotOptimalHereAndTheSolverFindsTheKnownOptimum() {
        // Rows 1..6. A covers 1–3, B covers 4–6, C covers 1, 2, 4, 5. Greedy takes C (4 rows), then needs
        // A for 3 and B for 6: three columns. {A, B} covers all: the optimum is 2 (no single column does).
        CoverProblem p = new CoverProblem(
                List.of("A", "B", "C"),
                List.of(0.5, 0.5, 0.5),
                List.of(
                        new int[] {0, 2},
                        new int[] {0, 2},
                        new int[] {0},
                        new int[] {1, 2},
                        new int[] {1, 2},
                        new int[] {1}));
        int[] g = greedy(p);
        assertThat(g).containsExactly(0, 1, 2);
        CoverSolution s = solver.solve(p);
        assertThat(s.chosen()).containsExactly(0, 1);
        assertThat(s.optimal()).isTrue();
        assertThat(p.covers(s.chosen())).isTrue();
    }

    @Test
    void amongEqualCountsTheBestTotalScoreWins() {
        // Two rows; X covers both (score 0.2); Y and Z one each. One column suffices: X, whatever its score.
        CoverProblem one = new CoverProblem(
                List.of("X", "Y", "Z"), List.of(0.2, 0.9, 0.9), List.of(new int[] {0, 1}, new int[] {0, 2}));
        assertThat(solver.solve(one).chosen()).containsExactly(0);
        // Each of P, Q covers the row: the higher score wins.
        CoverProblem two = new CoverProblem(List.of("P", "Q"), List.of(0.4, 0.7), List.<int[]>of(new int[] {0, 1}));
        assertThat(solver.solve(two).chosen()).containsExactly(1);
    }

    @Test
    void aSiteAtAJunctionClosesGapsOnTwoCorridorsSoTheNetworkNeedsOneStationWhereSweepsNeedTwo() {
        // Two 150 km sections meeting at J, each with stations at 20 km and 140 km (120 km apart, 100 allowed).
        // J lies at 80 km on both; P only on the first (70 km), Q only on the second (90 km), better scored.
        CorridorSection a = straight("A", 150_000);
        CorridorSection b = straight("B", 150_000);
        List<Gap> gaps = List.of(
                new Gap(a, CHARGING_100, 20_000, 140_000, "a1", "a2"),
                new Gap(b, CHARGING_100, 20_000, 140_000, "b1", "b2"));
        Candidate j = candidate("J", 0.3, new Candidate.Access(a, 80_000, 0), new Candidate.Access(b, 80_000, 0));
        Candidate p = candidate("P", 0.9, new Candidate.Access(a, 70_000, 0));
        Candidate q = candidate("Q", 0.9, new Candidate.Access(b, 90_000, 0));
        Proposal.Result r = Proposal.solve("lading", gaps, List.of(j, p, q), solver);
        assertThat(r.chosen()).extracting(c -> c.candidate().id()).containsExactly("J");
        assertThat(r.chosen().get(0).gaps()).hasSize(2);
        assertThat(r.sweepCount()).isEqualTo(2);
        assertThat(r.solution().optimal()).isTrue();
    }

    @Test
    void onOneSectionTheSolverAndTheExactSweepAgree() {
        Random rnd = new Random(11);
        for (int round = 0; round < 40; round++) {
            CorridorSection s = straight("S", 400_000);
            double from = rnd.nextInt(50_000);
            double to = 250_000 + rnd.nextInt(150_000);
            Gap gap = new Gap(s, CHARGING_100, from, to, "x", "y");
            List<Candidate> cands = new ArrayList<>();
            List<CorridorSweep.Site> sites = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                double m = from + 1 + rnd.nextInt((int) (to - from - 2));
                double score = rnd.nextInt(1000) / 1000.0;
                cands.add(candidate("c" + i, score, new Candidate.Access(s, m, 0)));
                sites.add(new CorridorSweep.Site(i, m, score));
            }
            List<CorridorSweep.Site> sweep = CorridorSweep.close(from, to, 100_000, sites);
            Proposal.Result r = Proposal.solve("lading", List.of(gap), cands, solver);
            if (sweep == null) {
                assertThat(r.notClosable()).as("round " + round).containsExactly(gap);
                continue;
            }
            assertThat(r.chosen()).as("round " + round).hasSameSizeAs(sweep);
            double solverScore = r.chosen().stream()
                    .mapToDouble(c -> Math.round(c.candidate().score().total() * 1000))
                    .sum();
            double sweepScore = sweep.stream()
                    .mapToDouble(x -> Math.round(x.score() * 1000))
                    .sum();
            assertThat(solverScore).as("round " + round).isEqualTo(sweepScore);
            // The chosen sites really close the gap: no hop longer than the spacing.
            List<Double> stops = new ArrayList<>(List.of(from, to));
            r.chosen().forEach(c -> stops.add(c.candidate().access().get(0).measure()));
            stops.sort(Double::compare);
            for (int i = 0; i + 1 < stops.size(); i++) {
                assertThat(stops.get(i + 1) - stops.get(i)).as("round " + round).isLessThanOrEqualTo(100_000);
            }
        }
    }
}
