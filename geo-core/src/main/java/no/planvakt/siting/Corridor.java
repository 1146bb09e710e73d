package no.planvakt.siting;

import java.util.List;

/**
 * A corridor built from the road network: its sections (longest first) and what was left out
 * (branches of the same road number) and how many breaks were joined, so that the trace can say so.
 */
public record Corridor(CorridorSpec spec, List<CorridorSection> sections, int links, double leftOutM, int joins) {
    public Corridor {
        sections = List.copyOf(sections);
    }

    public double length() {
        return sections.stream().mapToDouble(CorridorSection::length).sum();
    }
}
