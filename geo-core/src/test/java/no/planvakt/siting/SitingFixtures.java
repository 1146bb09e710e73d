package no.planvakt.siting;

import java.util.List;
import java.util.Map;
import no.planvakt.reference.ReferenceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Small hand-made geometries for the siting tests (metres, one projected CRS). */
final class SitingFixtures {
    static final GeometryFactory GF = new GeometryFactory();
    static final Spacing CHARGING_100 = new Spacing("regional", "lading", 100_000, "test");

    private SitingFixtures() {}

    static LineString line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    static ReferenceFeature road(String id, String category, int number, Geometry g) {
        return new ReferenceFeature(id, Map.of("vegkategori", category, "vegnummer", number), g);
    }

    static Station station(String id, double x, double y, String carriers) {
        return Station.of(
                new ReferenceFeature(id, Map.of("energi", carriers), GF.createPoint(new Coordinate(x, y))), "energi");
    }

    static CorridorSection straight(String id, double length) {
        return new CorridorSection(
                id, new CorridorSpec(id, RoadNumber.parse("Rv 7"), "regional"), line(0, 0, length, 0));
    }

    static SiteScore score(double total) {
        SiteScore.Part one = new SiteScore.Part("x", total, "test");
        return new SiteScore(one, one, one, one, new SitingParameters.Weights(1, 1, 1, 1), true, List.of());
    }

    static Candidate candidate(String id, double score, Candidate.Access... access) {
        return new Candidate(
                id, id, "test", GF.createPoint(new Coordinate(0, 0)), 10_000, List.of(access), score(score));
    }
}
