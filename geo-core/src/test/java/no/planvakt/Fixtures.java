package no.planvakt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planvakt.plan.LandUseStatus;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanFeature;
import no.planvakt.plan.PlanObjectType;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.Provenance;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Small hand-made plans in EPSG:25833 whose areas are easy to work out by hand (rectangles, in metres). */
public final class Fixtures {
    public static final int SRID = 25833;
    private static final GeometryFactory GF = new GeometryFactory();

    private Fixtures() {}

    public static Polygon rect(double x0, double y0, double x1, double y1) {
        Polygon p = GF.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0),
            new Coordinate(x1, y0),
            new Coordinate(x1, y1),
            new Coordinate(x0, y1),
            new Coordinate(x0, y0)
        });
        p.setSRID(SRID);
        return p;
    }

    public static PlanFeature landUse(String id, int code, int status, Polygon g) {
        return new PlanFeature(
                id,
                "KpArealformålOmråde",
                PlanObjectType.AREALFORMAL_OMRADE,
                code,
                LandUseStatus.ofCode(status),
                "Område " + id,
                null,
                Map.of(),
                g);
    }

    public static Plan plan(PlanVersionKind kind, PlanFeature... features) {
        return new Plan(
                kind == PlanVersionKind.DRAFT ? "forslag" : "gjeldende",
                "3330",
                null,
                kind,
                SRID,
                SRID,
                List.of(features),
                List.of());
    }

    public static ReferenceLayer layer(String id, Polygon... areas) {
        List<ReferenceFeature> fs = new java.util.ArrayList<>();
        for (int i = 0; i < areas.length; i++) {
            fs.add(new ReferenceFeature(id + "-" + (i + 1), Map.of(), areas[i]));
        }
        return new ReferenceLayer(
                id,
                "Testlag " + id,
                new Provenance("test", "Planvakt", "CC0", LocalDate.of(2026, 1, 1), null),
                null,
                SRID,
                fs);
    }
}
