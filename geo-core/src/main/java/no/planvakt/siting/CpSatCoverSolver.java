package no.planvakt.siting;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * Solves the covering model with OR-Tools CP-SAT. The two goals are one integer objective: each
 * chosen column costs {@code A} (count), plus {@code B} times its lost score ({@code 1000 − score·1000}),
 * plus its index (a fixed tie-break, so equal answers come out the same every run), with
 * {@code B} larger than any sum of indices and {@code A} larger than any sum of the rest, so one
 * column fewer always wins. CP-SAT proves optimality (status OPTIMAL) by closing the gap between
 * its solution and its lower bound; one worker and a fixed seed keep runs reproducible.
 */
public final class CpSatCoverSolver implements CoverSolver {
    private static volatile boolean loaded;
    private final double timeLimitSeconds;

    public CpSatCoverSolver(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    @Override
    public CoverSolution solve(CoverProblem problem) {
        int n = problem.columns().size();
        if (problem.rows().isEmpty()) {
            return new CoverSolution(new int[0], true, "ingen strekning å dekke");
        }
        load();
        long b = (long) n * (n + 1) / 2 + 1;
        long a = (long) n * 1000 * b + (long) n * n + 1;
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[n];
        long[] cost = new long[n];
        for (int j = 0; j < n; j++) {
            x[j] = model.newBoolVar("x" + j);
            long lost =
                    1000 - Math.round(Math.max(0, Math.min(1, problem.weights().get(j))) * 1000);
            cost[j] = a + b * lost + j;
        }
        for (int[] row : problem.rows()) {
            Literal[] lits = new Literal[row.length];
            for (int i = 0; i < row.length; i++) {
                lits[i] = x[row[i]];
            }
            model.addBoolOr(lits);
        }
        model.minimize(LinearExpr.weightedSum(x, cost));
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(1).setMaxTimeInSeconds(timeLimitSeconds);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no cover: " + status);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (solver.booleanValue(x[j])) {
                chosen.add(j);
            }
        }
        return new CoverSolution(
                chosen.stream().mapToInt(Integer::intValue).toArray(),
                status == CpSolverStatus.OPTIMAL,
                "OR-Tools CP-SAT (" + status + ")");
    }
}
