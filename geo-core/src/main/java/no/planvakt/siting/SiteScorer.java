package no.planvakt.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Scores a site from four parts, each 0..1:
 * <ul>
 *   <li>heavy traffic: ÅDT of heavy vehicles ({@code adt_tunge}) on the nearest link of the traffic
 *   layer, as a share of {@code trafficFullAdt}; without a traffic layer, the pack's score for the
 *   road category of the nearest corridor;</li>
 *   <li>grid: 1 at a grid point with spare capacity ({@code ledig_mw} &gt; 0, or not given), falling
 *   linearly to 0 at {@code gridZeroM};</li>
 *   <li>room for trucks: 0 below {@code minAreaM2} (the site cannot be proposed), else the area as a
 *   share of {@code fullAreaM2};</li>
 *   <li>conflicts: 1 minus the share of the site that overlaps a feature of the conflict layers (the
 *   guideline layers the pack checks); a point site in a conflict feature scores 0.</li>
 * </ul>
 * All geometries are in one projected CRS (the plan's own), so distances and areas are in metres.
 */
public final class SiteScorer {
    public static final String HEAVY_ADT = "adt_tunge";
    public static final String SPARE_MW = "ledig_mw";

    private final SitingParameters p;
    private final List<ReferenceFeature> grid;
    private final List<ReferenceFeature> traffic;
    private final List<ReferenceLayer> conflictLayers;

    /** @param traffic null when no traffic layer is loaded */
    public SiteScorer(
            SitingParameters p,
            List<ReferenceFeature> grid,
            List<ReferenceFeature> traffic,
            List<ReferenceLayer> conflictLayers) {
        this.p = p;
        this.grid = grid.stream().filter(SiteScorer::hasCapacity).toList();
        this.traffic = traffic;
        this.conflictLayers = List.copyOf(conflictLayers);
    }

    private static boolean hasCapacity(ReferenceFeature f) {
        Object v = f.attributes().get(SPARE_MW);
        if (v == null || String.valueOf(v).isBlank()) {
            return true;
        }
        try {
            return Double.parseDouble(String.valueOf(v).trim().replace(',', '.')) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public SiteScore score(Geometry site, double areaM2, List<Candidate.Access> access) {
        SiteScore.Part traffic = trafficPart(site, access);
        SiteScore.Part gridPart = gridPart(site);
        boolean roomOk = areaM2 >= p.minAreaM2();
        double room = roomOk ? Math.min(1, areaM2 / p.fullAreaM2()) : 0;
        SiteScore.Part roomPart = new SiteScore.Part(
                "plass",
                room,
                String.format(
                        Locale.ROOT,
                        "areal %.0f m² %s minstekrav %.0f m²%s",
                        areaM2,
                        roomOk ? "≥" : "<",
                        p.minAreaM2(),
                        roomOk
                                ? String.format(Locale.ROOT, "; %.0f / %.0f m², høyst 1", areaM2, p.fullAreaM2())
                                : ": for lite for vogntog, kan ikke foreslås"));
        List<String> conflicts = new ArrayList<>();
        double conflictArea = 0;
        List<Geometry> parts = new ArrayList<>();
        boolean pointHit = false;
        for (ReferenceLayer l : conflictLayers) {
            for (ReferenceFeature f : l.features()) {
                if (f.geometry().intersects(site)) {
                    conflicts.add(l.id() + ":" + f.id());
                    if (site.getDimension() == 2 && f.geometry().getDimension() == 2) {
                        parts.add(OverlayNGRobust.overlay(site, f.geometry(), OverlayNG.INTERSECTION));
                    } else {
                        pointHit = true;
                    }
                }
            }
        }
        double share;
        if (pointHit) {
            share = 1;
        } else if (parts.isEmpty() || site.getArea() == 0) {
            share = 0;
        } else {
            conflictArea = OverlayNGRobust.union(parts).getArea();
            share = Math.min(1, conflictArea / site.getArea());
        }
        SiteScore.Part conflict = new SiteScore.Part(
                "konflikt",
                1 - share,
                conflicts.isEmpty()
                        ? "ingen overlapp med "
                                + String.join(
                                        ", ",
                                        conflictLayers.stream()
                                                .map(ReferenceLayer::id)
                                                .toList())
                        : String.format(
                                Locale.ROOT,
                                "overlapper %s: %.0f m², andel %.3f",
                                String.join(", ", conflicts),
                                conflictArea,
                                share));
        return new SiteScore(traffic, gridPart, roomPart, conflict, p.weights(), roomOk, conflicts);
    }

    private SiteScore.Part trafficPart(Geometry site, List<Candidate.Access> access) {
        if (traffic != null) {
            Nearest nearest = Nearest.of(traffic, site);
            if (nearest == null) {
                return new SiteScore.Part("trafikk", 0, "trafikklaget er tomt");
            }
            double adt = number(nearest.feature().attributes().get(HEAVY_ADT));
            double v = p.trafficFullAdt() == 0 ? 1 : Math.min(1, adt / p.trafficFullAdt());
            return new SiteScore.Part(
                    "trafikk",
                    v,
                    String.format(
                            Locale.ROOT,
                            "ÅDT tunge kjøretøy %.0f på trafikklenke %s (%.0f m unna) / %.0f, høyst 1",
                            adt,
                            nearest.feature().id(),
                            nearest.distance(),
                            p.trafficFullAdt()));
        }
        Candidate.Access a = access.stream()
                .min(java.util.Comparator.comparingDouble(Candidate.Access::distanceM))
                .orElse(null);
        if (a == null) {
            return new SiteScore.Part("trafikk", 0, "ingen korridor innen rekkevidde og intet trafikklag");
        }
        String cat = a.section().corridor().road().category();
        double v = p.roadClassScore().getOrDefault(cat, 0.0);
        return new SiteScore.Part(
                "trafikk",
                v,
                "intet trafikklag lastet: vegklasse " + a.section().corridor().road() + " (vegkategori " + cat
                        + ") gir " + v);
    }

    private SiteScore.Part gridPart(Geometry site) {
        Nearest nearest = Nearest.of(grid, site);
        if (nearest == null) {
            return new SiteScore.Part("nett", 0, "ingen nettstasjon med ledig kapasitet");
        }
        double best = nearest.distance();
        double v = p.gridZeroM() == 0 ? (best == 0 ? 1 : 0) : Math.max(0, 1 - best / p.gridZeroM());
        return new SiteScore.Part(
                "nett",
                v,
                String.format(
                        Locale.ROOT,
                        "%.0f m til nettpunkt %s med ledig kapasitet; 1 − %.0f / %.0f, minst 0",
                        best,
                        nearest.feature().id(),
                        best,
                        p.gridZeroM()));
    }

    /** The feature nearest a site (the first of equals, in layer order) and its straight-line distance. */
    private record Nearest(ReferenceFeature feature, double distance) {
        /** Null when there is no feature. */
        static Nearest of(List<ReferenceFeature> features, Geometry site) {
            Nearest best = null;
            for (ReferenceFeature f : features) {
                double d = f.geometry().distance(site);
                if (best == null || d < best.distance()) {
                    best = new Nearest(f, d);
                }
            }
            return best;
        }
    }

    static double number(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(v).trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
