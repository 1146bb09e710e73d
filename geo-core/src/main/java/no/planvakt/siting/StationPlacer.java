package no.planvakt.siting;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Places stations on corridor sections by linear referencing. A station within {@code snapM} of a
 * section is placed at the measure of its nearest point (on every section that near: a station at a
 * junction serves both roads). A station whose nearest point is an end of a section and that lies
 * within {@code borderMarginM} of it is placed past that end, at its straight-line distance: roads
 * outside the county are not loaded, and the straight line is never longer than the road, so the
 * spacing it gives is a lower bound. An end that is a {@link Junction} is no border: nothing is
 * placed past it (the corridor goes on along the other one, whose stations are its own). Every other
 * station is returned as not placed.
 */
public final class StationPlacer {
    private static final double END_TOLERANCE = 1e-6;
    private final double snapM;
    private final double borderMarginM;

    public StationPlacer(double snapM, double borderMarginM) {
        this.snapM = snapM;
        this.borderMarginM = borderMarginM;
    }

    /** What became of the stations: placed (possibly on several sections) or not placed. */
    public record Placement(List<PlacedStation> placed, List<NotPlaced> notPlaced) {
        public Placement {
            placed = List.copyOf(placed);
            notPlaced = List.copyOf(notPlaced);
        }
    }

    /** A station farther than the snapping distance from every corridor, and not just past an end. */
    public record NotPlaced(Station station, String nearestSection, double distanceM) {}

    public Placement place(List<Station> stations, List<CorridorSection> sections) {
        return place(stations, sections, List.of());
    }

    public Placement place(List<Station> stations, List<CorridorSection> sections, List<Junction> junctions) {
        List<PlacedStation> placed = new ArrayList<>();
        List<NotPlaced> notPlaced = new ArrayList<>();
        for (Station s : stations) {
            boolean any = false;
            String nearest = null;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (CorridorSection section : sections) {
                Coordinate[] pts = DistanceOp.nearestPoints(section.line(), s.geometry());
                double d = pts[0].distance(pts[1]);
                if (d < nearestDistance) {
                    nearestDistance = d;
                    nearest = section.id();
                }
                double m = section.measureOf(pts[0]);
                if (d <= snapM) {
                    placed.add(new PlacedStation(s, section, m, d, false));
                    any = true;
                } else if (d <= borderMarginM && (m <= END_TOLERANCE || m >= section.length() - END_TOLERANCE)) {
                    boolean atStart = m <= END_TOLERANCE;
                    if (junctions.stream().noneMatch(j -> j.is(section, atStart))) {
                        placed.add(new PlacedStation(s, section, atStart ? -d : section.length() + d, d, true));
                        any = true;
                    }
                }
            }
            if (!any) {
                notPlaced.add(new NotPlaced(s, nearest, nearestDistance));
            }
        }
        return new Placement(placed, notPlaced);
    }
}
