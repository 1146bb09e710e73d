package no.planvakt.siting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the gaps of one carrier on one section. The stations on the section, and those placed past
 * its ends, are sorted by measure; where nothing is known past an end, a virtual station stands at
 * the border margin (the station data are taken to be complete that far out, so the next real
 * station is at least that far). Where an end is a {@link Junction} with another corridor, the
 * spacing goes on across it: the bound past that end is the first station on the other corridor,
 * along it from the junction, in the worse of the directions a truck can turn there (every route
 * through the junction must keep the spacing). The other corridor's own ends count as borders
 * there, so spacing is carried across one junction, not on through a second.
 * Consecutive stations farther apart than the spacing bound a gap.
 */
public final class GapAnalysis {
    private GapAnalysis() {}

    /**
     * A position on a section: a real station (id) or the virtual one at the margin (id null);
     * {@code via} names the other corridor's section when the bound lies across a junction.
     */
    public record Bound(double measure, String stationId, String via) {
        public Bound(double measure, String stationId) {
            this(measure, stationId, null);
        }
    }

    /** The stations bounding the stretches of the section, in order, virtual ones included; every end a border. */
    public static List<Bound> bounds(
            CorridorSection section, String carrier, List<PlacedStation> placed, double borderMarginM) {
        return bounds(section, carrier, placed, borderMarginM, List.of());
    }

    /** As {@link #bounds(CorridorSection, String, List, double)}, with the ends that are junctions carried across. */
    public static List<Bound> bounds(
            CorridorSection section,
            String carrier,
            List<PlacedStation> placed,
            double borderMarginM,
            List<Junction> junctions) {
        List<Bound> bounds = new ArrayList<>();
        for (PlacedStation p : placed) {
            if (p.section() == section && p.station().carriers().contains(carrier)) {
                bounds.add(new Bound(p.measure(), p.station().id()));
            }
        }
        bounds.sort(Comparator.comparingDouble(Bound::measure).thenComparing(Bound::stationId));
        if (bounds.isEmpty() || bounds.get(0).measure() > 0) {
            Bound across = across(section, true, carrier, placed, borderMarginM, junctions);
            bounds.add(
                    0,
                    across != null
                            ? new Bound(-across.measure(), across.stationId(), across.via())
                            : new Bound(-borderMarginM, null));
        }
        if (bounds.get(bounds.size() - 1).measure() < section.length()) {
            Bound across = across(section, false, carrier, placed, borderMarginM, junctions);
            bounds.add(
                    across != null
                            ? new Bound(section.length() + across.measure(), across.stationId(), across.via())
                            : new Bound(section.length() + borderMarginM, null));
        }
        return bounds;
    }

    /**
     * Past a junction end: the distance from the end to the first station of the carrier on the
     * other section (the end's offset, then along the other section), in the worse direction, as a
     * bound whose measure is that distance. Null when the end is no junction.
     */
    static Bound across(
            CorridorSection section,
            boolean atStart,
            String carrier,
            List<PlacedStation> placed,
            double borderMarginM,
            List<Junction> junctions) {
        Junction j = junctions.stream()
                .filter(x -> x.is(section, atStart))
                .findFirst()
                .orElse(null);
        if (j == null) {
            return null;
        }
        List<Bound> other = bounds(j.other(), carrier, placed, borderMarginM);
        Bound worst = null;
        double worstM = -1;
        if (j.towardsStart()) {
            Bound b = other.stream()
                    .filter(x -> x.measure() <= j.otherMeasure())
                    .reduce((x, y) -> y)
                    .orElseThrow();
            worstM = j.otherMeasure() - b.measure();
            worst = b;
        }
        if (j.towardsEnd()) {
            Bound b = other.stream()
                    .filter(x -> x.measure() >= j.otherMeasure())
                    .findFirst()
                    .orElseThrow();
            if (b.measure() - j.otherMeasure() > worstM) {
                worstM = b.measure() - j.otherMeasure();
                worst = b;
            }
        }
        return new Bound(j.offsetM() + worstM, worst.stationId(), j.other().id());
    }

    public static List<Gap> gaps(
            CorridorSection section, Spacing spacing, List<PlacedStation> placed, double borderMarginM) {
        return gaps(section, spacing, placed, borderMarginM, List.of());
    }

    public static List<Gap> gaps(
            CorridorSection section,
            Spacing spacing,
            List<PlacedStation> placed,
            double borderMarginM,
            List<Junction> junctions) {
        List<Bound> bounds = bounds(section, spacing.carrier(), placed, borderMarginM, junctions);
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            Bound a = bounds.get(i);
            Bound b = bounds.get(i + 1);
            Gap g = new Gap(section, spacing, a.measure(), b.measure(), a.stationId(), b.stationId(), a.via(), b.via());
            if (g.spacingM() > spacing.maxM() && g.lengthM() > 0) {
                gaps.add(g);
            }
        }
        return gaps;
    }
}
