package no.planvakt.format.sosi;

/**
 * A line group kept for {@code .FLATE} assembly: its kind decides how the stored points become a line.
 *
 * @param radius  {@code ..RADIUS} of a {@code .BUE} or {@code .SIRKEL} (signed: positive = clockwise)
 * @param large   {@code ..STORBUE} of a {@code .BUE}: the longer of the two arcs
 */
record SosiCurve(Kind kind, PackedCoordinates points, double radius, boolean large) {
    enum Kind {
        /** .KURVE, .LINJE: the points joined by straight lines. */
        LINE,
        /** .BUEP: start, a point on the arc, end (more points continue as further arcs). */
        ARC_3_POINTS,
        /** .BUE: start and end with a radius. */
        ARC_RADIUS,
        /** .SIRKELP: three points on a full circle. */
        CIRCLE_3_POINTS,
        /** .SIRKEL: the centre with a radius. */
        CIRCLE;

        static Kind ofGroup(String group) {
            return switch (group) {
                case "KURVE", "LINJE" -> LINE;
                case "BUEP" -> ARC_3_POINTS;
                case "BUE" -> ARC_RADIUS;
                case "SIRKELP" -> CIRCLE_3_POINTS;
                case "SIRKEL" -> CIRCLE;
                default -> null;
            };
        }
    }
}
