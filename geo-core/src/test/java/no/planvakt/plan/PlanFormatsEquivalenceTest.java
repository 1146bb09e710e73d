package no.planvakt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.planvakt.format.ArcApproximation;
import no.planvakt.format.GdalOracle;
import no.planvakt.reference.Provenance;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.Finding;
import no.planvakt.result.Status;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The same kommuneplan written as SOSI (kpa-testplan.sos, arcs as .BUEP, islands in ..REF) and as
 * Plan GML 5.0 (kpa-testplan.gml, arcs as gml:Arc, holes as interiors) must give the same plan:
 * the same objects with the same ids, types, codes, statuses and names, and areas equal to 1e-6.
 */
class PlanFormatsEquivalenceTest {
    @TempDir
    Path tmp;

    @Test
    void sosiAndGmlOfOnePlanGiveTheSamePlan() throws Exception {
        PlanReader reader = new PlanReader(25832);
        Plan sosi = reader.read(GdalOracle.resource("/sosi/kpa-testplan.sos", tmp), PlanVersionKind.DRAFT);
        Plan gml = reader.read(GdalOracle.resource("/gml/kpa-testplan.gml", tmp), PlanVersionKind.DRAFT);

        assertThat(sosi.municipality()).isEqualTo("3322").isEqualTo(gml.municipality());
        assertThat(sosi.planId()).isEqualTo("2026001").isEqualTo(gml.planId());
        assertThat(sosi.sourceSrid()).isEqualTo(25832).isEqualTo(gml.sourceSrid());

        List<PlanFeature> a = sorted(sosi.features());
        List<PlanFeature> b = sorted(gml.features());
        assertThat(a)
                .extracting(PlanFeature::id)
                .containsExactly("kpa-1", "kpa-2", "kpa-3", "kpa-4", "kpa-h570", "kpa-omrade");
        assertThat(b)
                .extracting(PlanFeature::id)
                .containsExactlyElementsOf(a.stream().map(PlanFeature::id).toList());
        for (int i = 0; i < a.size(); i++) {
            PlanFeature s = a.get(i);
            PlanFeature g = b.get(i);
            assertThat(g.objectType()).as(s.id()).isEqualTo(s.objectType());
            assertThat(g.type()).as(s.id()).isEqualTo(s.type());
            assertThat(g.code()).as(s.id()).isEqualTo(s.code());
            assertThat(g.status()).as(s.id()).isEqualTo(s.status());
            assertThat(g.name()).as(s.id()).isEqualTo(s.name());
            assertThat(g.geometry().getArea())
                    .as(s.id() + " area")
                    .isCloseTo(
                            s.geometry().getArea(), within(1e-6 * s.geometry().getArea()));
            assertThat(g.geometry().symDifference(s.geometry()).getArea())
                    .as(s.id() + " same place")
                    .isLessThan(1e-6 * s.geometry().getArea());
        }

        PlanFeature framtidig = a.get(0);
        assertThat(framtidig.code()).isEqualTo(1120);
        assertThat(framtidig.status()).isEqualTo(LandUseStatus.FRAMTIDIG);
        assertThat(framtidig.purposeLabel()).isEqualTo("Fritidsbebyggelse (1120), framtidig");
        assertThat(framtidig.geometry().getArea()).isEqualTo(500.0 * 1000 - 100 * 100);
        assertThat(a.get(2).status()).isEqualTo(LandUseStatus.NAAVAERENDE);
        assertThat(a.get(4).purposeLabel()).isEqualTo("H570 Bevaring kulturmiljø");
        // kpa-3 and kpa-4 share an arc (chord 500 m, sagitta 40 m) bulging north into kpa-4: what one gains the other
        // loses.
        double segment = a.get(2).geometry().getArea() - 250000;
        assertThat(250000 - a.get(3).geometry().getArea()).isCloseTo(segment, within(1e-6));
        // Chords lose at most 2/3 × arc length × tolerance against the true arc (about 13 m² here, 0.005 % of kpa-3).
        double arcLength = 2 * 801.25 * Math.asin(250 / 801.25);
        assertThat(segment)
                .isLessThan(circularSegmentArea(500, 40))
                .isCloseTo(
                        circularSegmentArea(500, 40),
                        within(2.0 / 3 * arcLength * ArcApproximation.DEFAULT_TOLERANCE_M));
    }

    /**
     * The rule engine gives the same findings for both files: with the forest line at E 500 750 (west
     * is above), the new Fritidsbebyggelse kpa-1 lies wholly above it (R3 red, 490 daa) and the
     * nåværende kpa-3, which also reaches above the line, is not new and gives no finding.
     */
    @Test
    void sosiAndGmlOfOnePlanGiveTheSameFindings() throws Exception {
        PlanReader reader = new PlanReader(25832);
        Plan sosi = reader.read(GdalOracle.resource("/sosi/kpa-testplan.sos", tmp), PlanVersionKind.DRAFT);
        Plan gml = reader.read(GdalOracle.resource("/gml/kpa-testplan.gml", tmp), PlanVersionKind.DRAFT);
        GeometryFactory gf = new GeometryFactory();
        Geometry above = gf.toGeometry(new Envelope(499000, 500750, 6699000, 6702000));
        ReferenceLayer forest = new ReferenceLayer(
                "over_skoggrensen",
                "Over skoggrensen (test)",
                new Provenance("test", "Planvakt", "CC0", LocalDate.of(2026, 1, 1), null),
                null,
                25832,
                List.of(new ReferenceFeature("over-1", Map.of(), above)));
        // R3 alone: the other rules of the pack need layers this comparison has no use for.
        CheckEngine engine = new CheckEngine(RulePackLoader.buskerud().only(List.of("R3")));
        List<Finding> fromSosi = engine.run(new CheckInput(sosi, null, Map.of("over_skoggrensen", forest)))
                .findings();
        List<Finding> fromGml = engine.run(new CheckInput(gml, null, Map.of("over_skoggrensen", forest)))
                .findings();

        assertThat(fromSosi).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("R3");
            assertThat(f.planObjectId()).isEqualTo("kpa-1");
            assertThat(f.status()).isEqualTo(Status.RED);
            assertThat(f.areaM2()).isCloseTo(490_000, within(1e-6));
        });
        assertThat(fromGml).hasSameSizeAs(fromSosi);
        for (int i = 0; i < fromSosi.size(); i++) {
            Finding s = fromSosi.get(i);
            Finding g = fromGml.get(i);
            assertThat(g.key()).isEqualTo(s.key());
            assertThat(g.status()).isEqualTo(s.status());
            assertThat(g.change()).isEqualTo(s.change());
            assertThat(g.planObjectId()).isEqualTo(s.planObjectId());
            assertThat(g.planObjectPurpose()).isEqualTo(s.planObjectPurpose());
            assertThat(g.areaM2()).isCloseTo(s.areaM2(), within(1e-6 * s.areaM2()));
            assertThat(g.share()).isCloseTo(s.share(), within(1e-9));
            assertThat(g.message()).isEqualTo(s.message());
        }
    }

    /** Area between a chord and its arc, from the chord length and the sagitta. */
    private static double circularSegmentArea(double chord, double sagitta) {
        double r = (chord * chord / 4 + sagitta * sagitta) / (2 * sagitta);
        double theta = 2 * Math.asin(chord / 2 / r);
        return r * r / 2 * (theta - Math.sin(theta));
    }

    private static List<PlanFeature> sorted(List<PlanFeature> f) {
        return f.stream().sorted(Comparator.comparing(PlanFeature::id)).toList();
    }
}
