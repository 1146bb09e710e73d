package no.planvakt.siting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the gaps of one carrier on one section. The stations on the section, and those placed past
 * its ends, are sorted by measure; where nothing is known past an end, a virtual station stands at
 * the border margin (the station data are taken to be complete that far out, so the next real
 * station is at least that far). Consecutive stations farther apart than the spacing bound a gap.
 */
public final class GapAnalysis {
    private GapAnalysis() {
    }

    /** A position on a section: a real station (id) or the virtual one at the margin (id null). */
    public record Bound(double measure, String stationId) {
    }

    /** The stations bounding the stretches of the section, in order, virtual ones included. */
    public static List<Bound> bounds(CorridorSection section, String carrier, List<PlacedStation> placed, double borderMarginM) {
        List<Bound> bounds = new ArrayList<>();
        for (PlacedStation p : placed) {
            if (p.section() == section && p.station().carriers().contains(carrier)) {
                bounds.add(new Bound(p.measure(), p.station().id()));
            }
        }
        bounds.sort(Comparator.comparingDouble(Bound::measure).thenComparing(Bound::stationId));
        if (bounds.isEmpty() || bounds.get(0).measure() > 0) {
            bounds.add(0, new Bound(-borderMarginM, null));
        }
        if (bounds.get(bounds.size() - 1).measure() < section.length()) {
            bounds.add(new Bound(section.length() + borderMarginM, null));
        }
        return bounds;
    }

    public static List<Gap> gaps(CorridorSection section, Spacing spacing, List<PlacedStation> placed, double borderMarginM) {
        List<Bound> bounds = bounds(section, spacing.carrier(), placed, borderMarginM);
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            Bound a = bounds.get(i);
            Bound b = bounds.get(i + 1);
            Gap g = new Gap(section, spacing, a.measure(), b.measure(), a.stationId(), b.stationId());
            if (g.spacingM() > spacing.maxM() && g.lengthM() > 0) {
                gaps.add(g);
            }
        }
        return gaps;
    }
}
