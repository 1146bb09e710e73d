package no.planvakt.siting;

/** Answers a covering instance: fewest columns covering every row, then the highest total weight. */
public interface CoverSolver {
    CoverSolution solve(CoverProblem problem);
}
