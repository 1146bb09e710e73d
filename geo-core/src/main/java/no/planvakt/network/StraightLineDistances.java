package no.planvakt.network;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** Straight-line distance between the geometries (0 when they touch). */
final class StraightLineDistances implements DistanceService {
    @Override
    public List<Measured> distances(Geometry from, List<Target> targets) {
        return targets.stream()
                .map(t -> new Measured(t.id(), from.distance(t.geometry()), Method.STRAIGHT_LINE, 0))
                .toList();
    }

    @Override
    public Method method() {
        return Method.STRAIGHT_LINE;
    }
}
