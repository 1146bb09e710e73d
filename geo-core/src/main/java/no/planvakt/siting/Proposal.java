package no.planvakt.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fewest new sites (then the best total score) that close the gaps of one carrier on the whole
 * network. Each gap becomes covering rows: from its start and from every candidate inside it, the
 * next stretch of one spacing must hold a chosen site. A set of sites meets every row exactly when no
 * two consecutive stations are farther apart than the spacing (a chosen site's own row asks for the
 * next one; an unchosen site's row is met by the hop over it), so the optimum of the covering model
 * is the optimum of the siting question. A site near two corridors covers rows of both: that is why
 * the network needs a solver and one section does not. Gaps the candidates cannot close are listed.
 */
public final class Proposal {
    /** A chosen site and the gaps it lies in. */
    public record Chosen(Candidate candidate, List<Gap> gaps) {}

    /** The answer for one carrier. */
    public record Result(
            String carrier, List<Chosen> chosen, List<Gap> notClosable, CoverSolution solution, int sweepCount) {}

    private Proposal() {}

    public static Result solve(String carrier, List<Gap> gaps, List<Candidate> candidates, CoverSolver solver) {
        List<Candidate> eligible =
                candidates.stream().filter(Candidate::eligible).toList();
        List<Gap> closable = new ArrayList<>();
        List<Gap> notClosable = new ArrayList<>();
        int sweepCount = 0;
        for (Gap g : gaps) {
            List<CorridorSweep.Site> sites = sitesIn(g, eligible);
            List<CorridorSweep.Site> best =
                    CorridorSweep.close(g.from(), g.to(), g.spacing().maxM(), sites);
            if (best == null) {
                notClosable.add(g);
            } else {
                closable.add(g);
                sweepCount += best.size();
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<int[]> rows = new ArrayList<>();
        for (Gap g : closable) {
            List<CorridorSweep.Site> sites = sitesIn(g, eligible);
            List<Double> starts = new ArrayList<>();
            starts.add(g.from());
            sites.forEach(s -> starts.add(s.measure()));
            for (double p : starts) {
                if (p + g.spacing().maxM() >= g.to()) {
                    continue;
                }
                int[] row = sites.stream()
                        .filter(s -> s.measure() > p
                                && s.measure() <= p + g.spacing().maxM())
                        .mapToInt(CorridorSweep.Site::index)
                        .distinct()
                        .sorted()
                        .toArray();
                if (seen.add(Arrays.toString(row))) {
                    rows.add(row);
                }
            }
        }
        CoverProblem problem = new CoverProblem(
                eligible.stream().map(Candidate::id).toList(),
                eligible.stream().map(c -> c.score().total()).toList(),
                rows);
        CoverSolution solution = solver.solve(problem);
        Map<Candidate, List<Gap>> chosen = new LinkedHashMap<>();
        for (int j : solution.chosen()) {
            Candidate c = eligible.get(j);
            List<Gap> in = closable.stream()
                    .filter(g -> c.access().stream()
                            .anyMatch(
                                    a -> a.section() == g.section() && a.measure() > g.from() && a.measure() < g.to()))
                    .toList();
            chosen.put(c, in);
        }
        return new Result(
                carrier,
                chosen.entrySet().stream()
                        .map(e -> new Chosen(e.getKey(), e.getValue()))
                        .toList(),
                notClosable,
                solution,
                sweepCount);
    }

    /** The eligible candidates on the gap's section, indexed by their column. */
    static List<CorridorSweep.Site> sitesIn(Gap g, List<Candidate> eligible) {
        List<CorridorSweep.Site> sites = new ArrayList<>();
        for (int j = 0; j < eligible.size(); j++) {
            for (Candidate.Access a : eligible.get(j).access()) {
                if (a.section() == g.section() && a.measure() > g.from() && a.measure() < g.to()) {
                    sites.add(new CorridorSweep.Site(
                            j, a.measure(), eligible.get(j).score().total()));
                }
            }
        }
        return sites;
    }
}
