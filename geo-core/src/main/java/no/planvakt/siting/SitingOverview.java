package no.planvakt.siting;

import java.util.List;

/** Everything the siting analysis found: the overview the regional plan asks for. */
public record SitingOverview(
        List<Corridor> corridors,
        List<Junction> junctions,
        StationPlacer.Placement placement,
        List<Gap> gaps,
        List<Candidate> candidates,
        List<Proposal.Result> proposals) {
    public SitingOverview {
        corridors = List.copyOf(corridors);
        junctions = List.copyOf(junctions);
        gaps = List.copyOf(gaps);
        candidates = List.copyOf(candidates);
        proposals = List.copyOf(proposals);
    }

    public List<CorridorSection> sections() {
        return corridors.stream().flatMap(c -> c.sections().stream()).toList();
    }
}
