package no.planvakt.siting;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * One connected stretch of a corridor inside the network: a single line measured from its start.
 * Both ends are open (the county border, or where the road leaves the loaded network).
 */
public record CorridorSection(String id, CorridorSpec corridor, LineString line) {

    public double length() {
        return line.getLength();
    }

    /** The measure (metres from the start, along the line) of the point on the line nearest {@code c}. */
    public double measureOf(Coordinate c) {
        return new LengthIndexedLine(line).project(c);
    }

    /** The part of the line between two measures, clipped to the line. */
    public Geometry between(double from, double to) {
        double a = Math.max(0, Math.min(length(), from));
        double b = Math.max(0, Math.min(length(), to));
        return new LengthIndexedLine(line).extractLine(a, b);
    }

    public Coordinate pointAt(double measure) {
        return new LengthIndexedLine(line).extractPoint(Math.max(0, Math.min(length(), measure)));
    }
}
