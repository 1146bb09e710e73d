package no.planvakt.siting;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * An end of a section that meets a section of another corridor of the pack: a junction, not a
 * border. A truck reaching it drives on along the other corridor, towards its start or its end.
 *
 * @param atStart      which end of {@code section} (its start, measure 0, or its end)
 * @param other        the other corridor's section the end meets
 * @param otherMeasure where on {@code other} (metres from its start)
 * @param offsetM      straight-line distance from the end to {@code other} (0 where they share a node;
 *                     at most the pack's {@code joinM}, a break of the generalised network)
 */
public record Junction(
        CorridorSection section, boolean atStart, CorridorSection other, double otherMeasure, double offsetM) {
    private static final GeometryFactory GF = new GeometryFactory();
    /** An end nearer than this to the other section's end has no way on in that direction. */
    static final double END_TOLERANCE = 1.0;

    /**
     * The junctions of the sections: each end within {@code toleranceM} of another corridor's
     * section, the nearest such section only. Ends of a section of the same corridor are breaks
     * (joined by the corridor builder within {@code joinM}), never junctions.
     */
    public static List<Junction> find(List<CorridorSection> sections, double toleranceM) {
        List<Junction> out = new ArrayList<>();
        for (CorridorSection s : sections) {
            for (boolean atStart : new boolean[] {true, false}) {
                Coordinate c = atStart
                        ? s.line().getCoordinateN(0)
                        : s.line().getCoordinateN(s.line().getNumPoints() - 1);
                Point end = GF.createPoint(c);
                Junction best = null;
                for (CorridorSection o : sections) {
                    if (o.corridor().equals(s.corridor())) {
                        continue;
                    }
                    double d = o.line().distance(end);
                    if (d <= toleranceM && (best == null || d < best.offsetM())) {
                        best = new Junction(s, atStart, o, o.measureOf(c), d);
                    }
                }
                if (best != null && best.directions() > 0) {
                    out.add(best);
                }
            }
        }
        return out;
    }

    /** Whether the other section goes on towards its start from the junction. */
    public boolean towardsStart() {
        return otherMeasure > END_TOLERANCE;
    }

    /** Whether the other section goes on towards its end from the junction. */
    public boolean towardsEnd() {
        return otherMeasure < other.length() - END_TOLERANCE;
    }

    int directions() {
        return (towardsStart() ? 1 : 0) + (towardsEnd() ? 1 : 0);
    }

    /** Whether this is the given end of the given section. */
    boolean is(CorridorSection s, boolean start) {
        return section == s && atStart == start;
    }
}
