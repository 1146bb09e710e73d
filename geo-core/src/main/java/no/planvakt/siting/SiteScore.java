package no.planvakt.siting;

import java.util.List;
import java.util.Locale;

/**
 * A site's score: four parts, each 0..1, and their weighted mean. Every part says how it was found,
 * so the finding's trace can show the whole calculation.
 */
public record SiteScore(
        Part traffic,
        Part grid,
        Part room,
        Part conflict,
        SitingParameters.Weights weights,
        boolean roomOk,
        List<String> conflicts) {
    public SiteScore {
        conflicts = List.copyOf(conflicts);
    }

    /** One part of the score: its value 0..1 and how it came about. */
    public record Part(String name, double value, String how) {}

    public double total() {
        return (weights.traffic() * traffic.value()
                        + weights.grid() * grid.value()
                        + weights.room() * room.value()
                        + weights.conflict() * conflict.value())
                / weights.sum();
    }

    /** The trace lines: each part, then the sum. */
    public List<String> trace() {
        return List.of(
                line(traffic, weights.traffic()),
                line(grid, weights.grid()),
                line(room, weights.room()),
                line(conflict, weights.conflict()),
                String.format(
                        Locale.ROOT,
                        "Poeng = (%.2f·%.3f + %.2f·%.3f + %.2f·%.3f + %.2f·%.3f) / %.2f = %.3f",
                        weights.traffic(),
                        traffic.value(),
                        weights.grid(),
                        grid.value(),
                        weights.room(),
                        room.value(),
                        weights.conflict(),
                        conflict.value(),
                        weights.sum(),
                        total()));
    }

    private static String line(Part p, double weight) {
        return String.format(Locale.ROOT, "Delpoeng %s = %.3f (vekt %.2f): %s", p.name(), p.value(), weight, p.how());
    }
}
