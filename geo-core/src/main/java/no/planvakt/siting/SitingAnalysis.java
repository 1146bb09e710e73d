package no.planvakt.siting;

import java.util.ArrayList;
import java.util.List;
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

    public SitingAnalysis(SitingParameters p, CoverSolver solver) {
        this.p = p;
        this.solver = solver;
    }

    public SitingOverview run(String ruleId, String roadLayerId, List<ReferenceFeature> roads, List<Station> stations,
                              List<SiteInput> sites, SiteScorer scorer) {
        List<Corridor> corridors = p.corridors().stream().map(c -> CorridorBuilder.build(ruleId, c, roadLayerId, roads, p.joinM())).toList();
        List<CorridorSection> sections = corridors.stream().flatMap(c -> c.sections().stream()).toList();
        StationPlacer.Placement placement = new StationPlacer(p.snapM(), p.borderMarginM()).place(stations, sections);
        List<Gap> gaps = new ArrayList<>();
        for (CorridorSection s : sections) {
            for (Spacing sp : p.spacingOf(s.corridor())) {
                gaps.addAll(GapAnalysis.gaps(s, sp, placement.placed(), p.borderMarginM()));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (SiteInput site : sites) {
            List<Candidate.Access> access = access(site, sections);
            candidates.add(new Candidate(site.id(), site.name(), site.source(), site.geometry(), site.areaM2(), access,
                    scorer.score(site.geometry(), site.areaM2(), access)));
        }
        List<Proposal.Result> proposals = new ArrayList<>();
        for (String carrier : p.carriers()) {
            List<Gap> of = gaps.stream().filter(g -> g.spacing().carrier().equals(carrier)).toList();
            proposals.add(Proposal.solve(carrier, of, candidates, solver));
        }
        return new SitingOverview(corridors, placement, gaps, candidates, proposals);
    }

    /**
     * The sections the site reaches within {@code candidateMaxM}, at the measure of the section point
     * nearest the site. The distance is the straight line from the site to the road.
     */
    List<Candidate.Access> access(SiteInput site, List<CorridorSection> sections) {
        List<Candidate.Access> out = new ArrayList<>();
        for (CorridorSection s : sections) {
            Coordinate[] pts = DistanceOp.nearestPoints(s.line(), site.geometry());
            double d = pts[0].distance(pts[1]);
            if (d <= p.candidateMaxM()) {
                out.add(new Candidate.Access(s, s.measureOf(pts[0]), d));
            }
        }
        return out;
    }
}
