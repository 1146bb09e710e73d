package no.planvakt.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import no.planvakt.Fixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Areas of a UTM 32 plan stored in UTM 33 agree with the plan's own zone to far better than 0.1 %. */
class AreaMeasureTest {

    @Test
    void aUtm32PlanStoredInUtm33KeepsItsUtm32Area() {
        // A 1 000 x 500 m field near Geilo, in the plan's own EUREF89 UTM 32.
        Geometry native32 = Fixtures.rect(449_000, 6_710_000, 450_000, 6_710_500);
        Geometry stored33 = Crs.transform(native32, 25832, 25833);

        double naive = stored33.getArea();
        double measured = AreaMeasure.of(25833, 25832).area(stored33);

        // In UTM 33 the field is stretched by the zone's scale factor, 7° from its central meridian:
        // the naive planar area is about 0.3 % too large, beyond the 0.1 % planners accept.
        assertThat(Math.abs(naive / 500_000.0 - 1)).isGreaterThan(0.001);
        assertThat(measured).isCloseTo(500_000.0, within(500_000.0 * 1e-5));
    }

    @Test
    void aThinOverlapWithALongStraightEdgeKeepsItsArea() {
        // West of x = 450 000 over 60 km (one straight edge), and a plot reaching 1 m across it: 1 x 300 = 300 m².
        // A 60 km edge transformed by its end points alone bends away from the plan's line by metres in UTM 33.
        Geometry west = Fixtures.rect(400_000, 6_680_000, 450_000, 6_740_000);
        Geometry plot = Fixtures.rect(449_999, 6_706_000, 450_400, 6_706_300);
        Geometry overlap = Crs.transform(west, 25832, 25833).intersection(Crs.transform(plot, 25832, 25833));
        assertThat(AreaMeasure.of(25833, 25832).area(overlap)).isCloseTo(300.0, within(300.0 * 1e-3));
    }

    @Test
    void sameCrsNeedsNoCorrection() {
        Geometry g = Fixtures.rect(0, 6_700_000, 100, 6_700_100);
        assertThat(AreaMeasure.of(25833, 25833).area(g)).isEqualTo(10_000.0);
    }

    @Test
    void geographicPlansAreMeasuredInTheStorageCrs() {
        AreaMeasure m = AreaMeasure.of(25833, 4258);
        assertThat(m.reportSrid()).isEqualTo(25833);
    }

    @Test
    void theTransformAgreesWithProj() {
        // The figure PROJ/PostGIS gives for EPSG:25832 (600000, 6640000) → 25833.
        Geometry p = new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(600000, 6640000));
        Geometry t = Crs.transform(p, 25832, 25833);
        assertThat(t.getCoordinate().x).isCloseTo(264290.98, within(0.01));
        assertThat(t.getCoordinate().y).isCloseTo(6646152.70, within(0.01));
    }
}
