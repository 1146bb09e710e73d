package no.planvakt.siting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Closes one gap on one section exactly: a sweep along the section over the candidate measures,
 * keeping for each candidate the best way to reach it from the gap's start with hops no longer than
 * the spacing — fewest stations first, then the highest total score (then the lowest candidate
 * indices, as the solver breaks ties). On a line every way to close the gap is a chain of hops, so the
 * best chain into the gap's end is the optimum; O(k²) for k candidates.
 */
public final class CorridorSweep {
    private CorridorSweep() {}

    /** A candidate's measure on the section, its score and its index (the tie-break). */
    public record Site(int index, double measure, double score) {}

    /** The chosen sites from start to end, or null when the candidates cannot close the gap. */
    public static List<Site> close(double from, double to, double maxM, List<Site> sites) {
        List<Site> inside = new ArrayList<>(sites.stream()
                .filter(s -> s.measure() > from && s.measure() < to)
                .toList());
        inside.sort(java.util.Comparator.comparingDouble(Site::measure).thenComparingInt(Site::index));
        int k = inside.size();
        // node 0 = gap start, 1..k = candidates, k+1 = gap end
        double[] pos = new double[k + 2];
        pos[0] = from;
        pos[k + 1] = to;
        for (int i = 0; i < k; i++) {
            pos[i + 1] = inside.get(i).measure();
        }
        int[] count = new int[k + 2];
        long[] score = new long[k + 2];
        long[] ties = new long[k + 2];
        int[] prev = new int[k + 2];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        prev[0] = -1;
        for (int j = 1; j < k + 2; j++) {
            long gain = j <= k
                    ? Math.round(Math.max(0, Math.min(1, inside.get(j - 1).score())) * 1000)
                    : 0;
            int add = j <= k ? 1 : 0;
            long tie = j <= k ? inside.get(j - 1).index() : 0;
            for (int i = 0; i < j; i++) {
                if (count[i] == Integer.MAX_VALUE || pos[j] - pos[i] > maxM) {
                    continue;
                }
                int c = count[i] + add;
                long s = score[i] + gain;
                long t = ties[i] + tie;
                if (c < count[j] || (c == count[j] && (s > score[j] || (s == score[j] && t < ties[j])))) {
                    count[j] = c;
                    score[j] = s;
                    ties[j] = t;
                    prev[j] = i;
                }
            }
        }
        if (count[k + 1] == Integer.MAX_VALUE) {
            return null;
        }
        List<Site> chosen = new ArrayList<>();
        for (int j = prev[k + 1]; j > 0; j = prev[j]) {
            chosen.add(inside.get(j - 1));
        }
        Collections.reverse(chosen);
        return chosen;
    }
}
