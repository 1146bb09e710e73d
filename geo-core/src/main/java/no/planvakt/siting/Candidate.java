package no.planvakt.siting;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A site where a new station could stand: a business area of the plan, a rest area or a fuel
 * station, with where it meets the corridors and its score.
 *
 * @param source     "plan" for a plan object, else the id of the layer it came from
 * @param areaM2     area for trucks (the plan object's area, or the site's {@code areal_m2})
 */
public record Candidate(
        String id, String name, String source, Geometry geometry, double areaM2, List<Access> access, SiteScore score) {
    public Candidate {
        access = List.copyOf(access);
    }

    /** Where the site meets one corridor section, and how far it is from it. */
    public record Access(CorridorSection section, double measure, double distanceM) {}

    /** A site can be proposed when it reaches a corridor and has room for trucks. */
    public boolean eligible() {
        return !access.isEmpty() && score.roomOk();
    }
}
