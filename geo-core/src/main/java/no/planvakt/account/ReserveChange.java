package no.planvakt.account;

import java.util.List;
import no.planvakt.crs.AreaMeasure;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * What a draft does to the plan reserve, per land-cover class: the reserve it adds (reserve in the
 * draft, not in the adopted plan), removes (the reverse), keeps (reserve in both, same group) and
 * moves within the reserve (reserve in both, but for another group, e.g. housing becoming
 * business). Added + kept + moved = the draft's reserve; removed + kept + moved = the adopted one.
 */
public record ReserveChange(
        ClassAreas adopted, ClassAreas draft, ClassAreas added, ClassAreas removed, ClassAreas kept, ClassAreas moved) {

    public static ReserveChange between(
            AreaAccount adoptedAccount, AreaAccount draftAccount, LandCover cover, AreaMeasure measure) {
        int n = cover.classes().size();
        ClassAreas kept = new ClassAreas(n);
        ClassAreas moved = new ClassAreas(n);
        STRtree index = new STRtree();
        for (ObjectAccount a : adoptedAccount.objects()) {
            if (a.holdsReserve() && !a.unbuilt().isEmpty()) {
                index.insert(a.unbuilt().getEnvelopeInternal(), a);
            }
        }
        index.build();
        List<ObjectAccount> reserve = draftAccount.objects().stream()
                .filter(d -> d.holdsReserve() && !d.unbuilt().isEmpty())
                .toList();
        // Side by side on both cores, summed afterwards in the accounts' order.
        List<double[][]> shares = reserve.parallelStream()
                .map(d -> keptAndMoved(d, index, cover, measure))
                .toList();
        for (double[][] s : shares) {
            kept.add(s[0]);
            moved.add(s[1]);
        }
        ClassAreas draftReserve = draftAccount.reserve();
        ClassAreas adoptedReserve = adoptedAccount.reserve();
        ClassAreas added = new ClassAreas(n);
        ClassAreas removed = new ClassAreas(n);
        for (int k = 0; k <= n; k++) {
            // Clamped at 0: both parts are measured apart, so an exact 0 may come out as -1e-10.
            added.add(k, Math.max(0, draftReserve.get(k) - kept.get(k) - moved.get(k)));
            removed.add(k, Math.max(0, adoptedReserve.get(k) - kept.get(k) - moved.get(k)));
        }
        return new ReserveChange(adoptedReserve, draftReserve, added, removed, kept, moved);
    }

    /** One draft object's reserve that is reserve in the adopted plan too: {kept, moved} per class. */
    private static double[][] keptAndMoved(ObjectAccount d, STRtree index, LandCover cover, AreaMeasure measure) {
        int width = cover.classes().size() + 1;
        double[][] out = {new double[width], new double[width]};
        double scale = measure.scaleAt(d.geometry().getCentroid());
        Geometry reserve = d.unbuilt();
        for (Object o : index.query(reserve.getEnvelopeInternal())) {
            ObjectAccount a = (ObjectAccount) o;
            double[] into = d.group().equals(a.group()) ? out[0] : out[1];
            if (reserve == d.geometry()
                    && a.unbuilt().getEnvelopeInternal().equals(reserve.getEnvelopeInternal())
                    && a.unbuilt().equalsExact(reserve)) {
                // Carried over unchanged, all of it reserve: the overlap is the object, its classes the account's.
                double[] classes = d.classM2();
                for (int k = 0; k < width; k++) {
                    into[k] += classes[k];
                }
                continue;
            }
            // Most neighbours only touch: the area first, an overlay only where they share some.
            if (Areas.intersection(reserve, a.unbuilt()) <= 0) {
                continue;
            }
            // No relate test first: overlay results can be slightly invalid, which relate refuses and
            // OverlayNGRobust handles.
            Geometry both = Areas.polygonal(OverlayNGRobust.overlay(reserve, a.unbuilt(), OverlayNG.INTERSECTION));
            if (both.getArea() == 0) {
                continue;
            }
            double[] split = cover.split(both, 0).areas();
            for (int k = 0; k < width; k++) {
                into[k] += split[k] * scale;
            }
        }
        return out;
    }

    /** Net change of the reserve on class {@code k}: added − removed. */
    public double net(int k) {
        return added.get(k) - removed.get(k);
    }
}
