package no.planvakt.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.geom.ExactHash;
import no.planvakt.plan.PlanFeature;
import org.locationtech.jts.geom.Geometry;

/**
 * The other plan's objects by their exact coordinates: an object carried over unchanged (the
 * common case in a county) is found by a hash lookup, without an index query or an overlay.
 */
final class SameGeometry {
    private final Map<Integer, List<Geometry>> byHash = new HashMap<>();

    SameGeometry(List<PlanFeature> features) {
        for (PlanFeature f : features) {
            Geometry g = f.geometry();
            if (!g.isEmpty()) {
                byHash.computeIfAbsent(ExactHash.of(g), k -> new ArrayList<>(1)).add(g);
            }
        }
    }

    /** Whether an object has exactly the coordinates of {@code g} (never for an empty {@code g}). */
    boolean contains(Geometry g) {
        if (g.isEmpty()) {
            return false;
        }
        List<Geometry> same = byHash.get(ExactHash.of(g));
        if (same != null) {
            for (Geometry h : same) {
                if (h.equalsExact(g)) {
                    return true;
                }
            }
        }
        return false;
    }
}
