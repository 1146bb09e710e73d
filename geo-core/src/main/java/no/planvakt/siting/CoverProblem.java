package no.planvakt.siting;

import java.util.List;

/**
 * A weighted set-covering instance: choose columns (candidate sites) so that every row (a stretch
 * of corridor that needs a station) holds a chosen one; fewest columns first, then the highest total
 * weight (score).
 *
 * @param rows each row lists the columns that cover it; every row must have at least one
 */
public record CoverProblem(List<String> columns, List<Double> weights, List<int[]> rows) {
    public CoverProblem {
        columns = List.copyOf(columns);
        weights = List.copyOf(weights);
        rows = List.copyOf(rows);
        if (weights.size() != columns.size()) {
            throw new IllegalArgumentException("one weight per column");
        }
        for (int[] r : rows) {
            if (r.length == 0) {
                throw new IllegalArgumentException("a row no column covers");
            }
        }
    }

    public boolean covers(int[] chosen) {
        java.util.Set<Integer> set = new java.util.HashSet<>();
        for (int c : chosen) {
            set.add(c);
        }
        return rows.stream().allMatch(r -> java.util.Arrays.stream(r).anyMatch(set::contains));
    }
}
