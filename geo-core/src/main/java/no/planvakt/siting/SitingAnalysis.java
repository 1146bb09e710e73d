package no.planvakt.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvakt.network.AccessPoint;
import no.planvakt.network.GraphDistances;
import no.planvakt.network.Measured;
import no.planvakt.network.Target;
import no.planvakt.reference.ReferenceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The overview in one pass: corridors from the road network, stations placed, gaps per carrier,
 * candidate sites scored, and the proposed set per carrier. Every input is in one projected CRS.
 */
public final class SitingAnalysis {
    private final SitingParameters p;
    private final CoverSolver solver;
    private final GraphDistances distances;

    /** @param distances how far a site is from a corridor road: along the network (no.planvakt.network) */
    public SitingAnalysis(SitingParameters p, CoverSolver solver, GraphDistances distances) {
        this.p = p;
        this.solver = solver;
        this.distances = distances;
    }

    public SitingOverview run(
            String ruleId,
            String roadLayerId,
            List<ReferenceFeature> roads,
            List<Station> stations,
            List<SiteInput> sites,
            SiteScorer scorer) {
        List<Corridor> corridors = p.corridors().stream()
                .map(c -> CorridorBuilder.build(ruleId, c, roadLayerId, roads, p.joinM()))
                .toList();
        List<CorridorSection> sections =
                corridors.stream().flatMap(c -> c.sections().stream()).toList();
        // A section end within joinM of another corridor is a junction (N1000 breaks roads there too).
        List<Junction> junctions = Junction.find(sections, p.joinM());
        StationPlacer.Placement placement =
                new StationPlacer(p.snapM(), p.borderMarginM()).place(stations, sections, junctions);
        List<Gap> gaps = new ArrayList<>();
        for (CorridorSection s : sections) {
            for (Spacing sp : p.spacingOf(s.corridor())) {
                gaps.addAll(GapAnalysis.gaps(s, sp, placement.placed(), p.borderMarginM(), junctions));
            }
        }
        // One Dijkstra from each section to every site (the graph is undirected): finding where a long
        // corridor line meets the network is the costly step, so it is done once per section, not per site.
        List<Target> siteTargets = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            siteTargets.add(new Target(Integer.toString(i), sites.get(i).geometry()));
        }
        List<List<Measured>> bySection = new ArrayList<>();
        for (CorridorSection s : sections) {
            bySection.add(siteTargets.isEmpty() ? List.of() : distances.distances(s.line(), siteTargets));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            SiteInput site = sites.get(i);
            List<Candidate.Access> access = access(site, i, sections, bySection);
            candidates.add(new Candidate(
                    site.id(),
                    site.name(),
                    site.source(),
                    site.geometry(),
                    site.areaM2(),
                    access,
                    scorer.score(site.geometry(), site.areaM2(), access)));
        }
        List<Proposal.Result> proposals = new ArrayList<>();
        for (String carrier : p.carriers()) {
            List<Gap> of = gaps.stream()
                    .filter(g -> g.spacing().carrier().equals(carrier))
                    .toList();
            proposals.add(Proposal.solve(carrier, of, candidates, solver));
        }
        return new SitingOverview(corridors, junctions, placement, gaps, candidates, proposals);
    }

    /**
     * The sections the site reaches within {@code candidateMaxM} along the network, placed at the
     * measure of the section point nearest the site. A site whose way onto the network is a link of
     * the corridor's own road is that connector away; any other site drives along the network to
     * where it meets the corridor (the network service's multi-source Dijkstra, connectors included).
     */
    List<Candidate.Access> access(
            SiteInput site, int index, List<CorridorSection> sections, List<List<Measured>> bySection) {
        List<AccessPoint> entries = distances.network().access(site.geometry(), distances.maxSnap());
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Candidate.Access> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            CorridorSection s = sections.get(i);
            Measured m = bySection.get(i).get(index);
            double d = m.reachable() ? m.metres() : Double.POSITIVE_INFINITY;
            for (AccessPoint a : entries) {
                if (s.corridor()
                        .road()
                        .matches(Map.of(
                                "vegkategori",
                                String.valueOf(a.edge().category()),
                                "vegnummer",
                                String.valueOf(a.edge().number())))) {
                    d = Math.min(d, a.connectorM());
                }
            }
            if (d <= p.candidateMaxM()) {
                Coordinate[] pts = DistanceOp.nearestPoints(s.line(), site.geometry());
                out.add(new Candidate.Access(s, s.measureOf(pts[0]), d));
            }
        }
        return out;
    }
}
