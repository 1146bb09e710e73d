package no.planvakt.siting;

/**
 * A station placed on a corridor section.
 *
 * @param measure   metres from the section start; below 0 or beyond the length when the station lies
 *                  past an open end (across the county border), at its straight-line distance from the end
 * @param offsetM   straight-line distance from the station to the section
 */
public record PlacedStation(
        Station station, CorridorSection section, double measure, double offsetM, boolean beyondEnd) {}
