package no.planvakt.account;

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
        for (ObjectAccount d : draftAccount.objects()) {
            if (!d.holdsReserve() || d.unbuilt().isEmpty()) {
                continue;
            }
            double scale = measure.scaleAt(d.geometry().getCentroid());
            for (Object o : index.query(d.unbuilt().getEnvelopeInternal())) {
                ObjectAccount a = (ObjectAccount) o;
                // No relate test first: overlay results can be slightly invalid, which relate refuses and
                // OverlayNGRobust handles.
                Geometry both =
                        Areas.polygonal(OverlayNGRobust.overlay(d.unbuilt(), a.unbuilt(), OverlayNG.INTERSECTION));
                if (both.getArea() == 0) {
                    continue;
                }
                double[] split = cover.split(both, 0).areas();
                ClassAreas into = d.group().equals(a.group()) ? kept : moved;
                for (int k = 0; k < split.length; k++) {
                    into.add(k, split[k] * scale);
                }
            }
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

    /** Net change of the reserve on class {@code k}: added − removed. */
    public double net(int k) {
        return added.get(k) - removed.get(k);
    }
}
