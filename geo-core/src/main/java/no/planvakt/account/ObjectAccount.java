package no.planvakt.account;

import no.planvakt.plan.LandUseStatus;
import org.locationtech.jts.geom.Geometry;

/**
 * One land-use object's account: its area split by land-cover class (the last entry is the part
 * no class covers), in m² of the report CRS. The classes sum to {@code areaM2}.
 *
 * @param group        the pack group of its plan code ({@link AccountSpec#UNGROUPED} when none)
 * @param reserveM2    the part that is plan reserve: framtidig, a development group, not on built land
 * @param themeM2      the reserve part inside each theme of the pack, in theme order
 * @param unbuilt      the reserve part as geometry (stored CRS); null when the object holds no reserve
 * @param slivers      overlay pieces smaller than the sliver tolerance (kept in their class, counted here)
 */
public record ObjectAccount(
        String id,
        String name,
        Integer code,
        String group,
        LandUseStatus status,
        String municipality,
        double areaM2,
        double[] classM2,
        double reserveM2,
        double[] themeM2,
        Geometry geometry,
        Geometry unbuilt,
        int slivers,
        double sliverM2) {

    public ObjectAccount {
        classM2 = classM2.clone();
        themeM2 = themeM2.clone();
    }

    @Override
    public double[] classM2() {
        return classM2.clone();
    }

    @Override
    public double[] themeM2() {
        return themeM2.clone();
    }

    public double classM2(int k) {
        return classM2[k];
    }

    public double themeM2(int t) {
        return themeM2[t];
    }

    public boolean holdsReserve() {
        return unbuilt != null;
    }
}
