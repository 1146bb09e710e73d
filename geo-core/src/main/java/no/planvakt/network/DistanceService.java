package no.planvakt.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * Distances from a geometry to a set of targets: along a network (JGraphT in the embedded command,
 * pgRouting in the service) or, where no network is loaded, in a straight line.
 */
public interface DistanceService {

    /** One {@link Measured} per target, in the targets' order. */
    List<Measured> distances(Geometry from, List<Target> targets);

    /** The method this service uses when a target is reachable. */
    Method method();

    /** The nearest reachable target, if any. */
    default Optional<Measured> nearest(Geometry from, List<Target> targets) {
        return distances(from, targets).stream()
                .filter(Measured::reachable)
                .min(Comparator.comparingDouble(Measured::metres).thenComparing(Measured::targetId));
    }

    /** Straight-line distances: the documented fallback where no network is loaded. */
    static DistanceService straightLine() {
        return new StraightLineDistances();
    }
}
