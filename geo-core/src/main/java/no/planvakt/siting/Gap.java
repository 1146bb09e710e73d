package no.planvakt.siting;

import org.locationtech.jts.geom.Geometry;

/**
 * A stretch of a section where consecutive stations of one carrier lie farther apart than the
 * spacing allows.
 *
 * @param from, to       measures of the bounding stations (may lie past the section's ends)
 * @param fromStation    the bounding station's id, or null for the virtual station at the border margin
 * @param fromVia        the other corridor's section when the bound lies across a junction, else null
 */
public record Gap(
        CorridorSection section,
        Spacing spacing,
        double from,
        double to,
        String fromStation,
        String toStation,
        String fromVia,
        String toVia) {

    /** A gap bounded on this section or past its borders (no junction). */
    public Gap(CorridorSection section, Spacing spacing, double from, double to, String fromStation, String toStation) {
        this(section, spacing, from, to, fromStation, toStation, null, null);
    }

    /** Distance between the bounding stations along the corridor (a lower bound where a bound lies past an end). */
    public double spacingM() {
        return to - from;
    }

    /** The part of the gap inside the section. */
    public double lengthM() {
        return Math.min(to, section.length()) - Math.max(from, 0);
    }

    public double clippedFrom() {
        return Math.max(from, 0);
    }

    public double clippedTo() {
        return Math.min(to, section.length());
    }

    public Geometry geometry() {
        return section.between(from, to);
    }

    /** How much the spacing exceeds the limit. */
    public double excessM() {
        return spacingM() - spacing.maxM();
    }
}
