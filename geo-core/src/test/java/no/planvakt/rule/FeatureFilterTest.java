package no.planvakt.rule;

import static no.planvakt.Fixtures.landUse;
import static no.planvakt.Fixtures.rect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.filter.text.ecql.ECQL;
import org.junit.jupiter.api.Test;

/**
 * A filter's result is remembered per value of the attributes it reads; that must give what
 * GeoTools gives on the whole feature, object by object, and must not be used where the result
 * depends on more than those values (feature ids, functions).
 */
class FeatureFilterTest {
    @Test
    void onlyFiltersOverPlainAttributesAreRemembered() {
        assertThat(PureFilter.attributes(ecql("type = 'AREALFORMAL_OMRADE' AND arealformal IN (1120, 5220)")))
                .containsExactly("type", "arealformal");
        assertThat(PureFilter.attributes(ecql("verdi IN ('a') OR sikret = 'ja' OR verdi IS NULL")))
                .containsExactly("verdi", "sikret");
        assertThat(PureFilter.attributes(ecql("kode BETWEEN 1 AND 3 AND NOT (navn LIKE '%x%')")))
                .containsExactly("kode", "navn");
        assertThat(PureFilter.attributes(ecql("arealtype + 1 = 22"))).containsExactly("arealtype");
        // Feature ids, functions (which may read the feature itself) and geometry tests are not.
        assertThat(PureFilter.attributes(ecql("IN ('a', 'b')"))).isNull();
        assertThat(PureFilter.attributes(ecql("strToLowerCase(navn) = 'x'"))).isNull();
        assertThat(PureFilter.attributes(ecql("INTERSECTS(geom, POINT(1 2))"))).isNull();
        assertThat(PureFilter.attributes(ecql("kode = 1 AND IN ('a')"))).isNull();
    }

    @Test
    void referenceFeaturesAreAcceptedAsGeoToolsAcceptsThemWhole() {
        List<String> filters = List.of(
                "arealtype = 21",
                "arealtype = '21'",
                "arealtype > 20.5",
                "arealtype IS NULL",
                "arealtype BETWEEN 21 AND 30 OR klasse = 'skog'",
                "klasse LIKE 'sk%' AND NOT (arealtype = 30)",
                "strToUpperCase(klasse) = 'SKOG'",
                "IN ('f2', 'f5')");
        List<ReferenceFeature> features = new ArrayList<>();
        Object[] values = {21, 21L, "21", 21.0, 30, null, "missing"};
        int i = 0;
        for (Object v : values) {
            for (String klasse : new String[] {"skog", "myr"}) {
                Map<String, Object> attrs = new LinkedHashMap<>();
                attrs.put("klasse", klasse);
                if (!"missing".equals(v)) {
                    attrs.put("arealtype", v);
                }
                features.add(new ReferenceFeature("f" + i++, attrs, rect(0, 0, 1, 1)));
            }
        }
        for (String text : filters) {
            FeatureFilter filter = FeatureFilter.compile("test", text);
            // Twice over: the second pass answers from what the first remembered.
            for (int pass = 0; pass < 2; pass++) {
                for (ReferenceFeature f : features) {
                    assertThat(filter.accepts(f))
                            .as("%s on %s %s (pass %d)", text, f.id(), f.attributes(), pass)
                            .isEqualTo(ecql(text).evaluate(whole(f)));
                }
            }
        }
    }

    @Test
    void anIdFilterTellsObjectsWithEqualAttributesApart() {
        FeatureFilter filter = FeatureFilter.compile("test", "IN ('a')");
        Map<String, Object> attrs = Map.of("klasse", "skog");
        assertThat(filter.accepts(new ReferenceFeature("a", attrs, rect(0, 0, 1, 1))))
                .isTrue();
        assertThat(filter.accepts(new ReferenceFeature("b", attrs, rect(0, 0, 1, 1))))
                .isFalse();
    }

    @Test
    void aFilterOnANameStaysRightBeyondWhatItRemembers() {
        FeatureFilter filter = FeatureFilter.compile("test", "navn LIKE '%7'");
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < FeatureFilter.REMEMBERED_LIMIT + 500; i++) {
                ReferenceFeature f = new ReferenceFeature("f" + i, Map.of("navn", "Sted " + i), rect(0, 0, 1, 1));
                assertThat(filter.accepts(f)).as("Sted %d", i).isEqualTo(i % 10 == 7);
            }
        }
    }

    @Test
    void planObjectsAreSelectedByTheirOwnValues() {
        FeatureFilter filter = FeatureFilter.compile(
                "test", "type = 'AREALFORMAL_OMRADE' AND (arealformal IN (1120) OR navn LIKE '%sentrum%')");
        PlanFeature holidayHomes = landUse("A", 1120, 2, rect(0, 0, 1, 1));
        PlanFeature housing = landUse("B", 1110, 2, rect(0, 0, 1, 1));
        PlanFeature moreHolidayHomes = landUse("C", 1120, 1, rect(0, 0, 1, 1));
        PlanFeature centre = new PlanFeature(
                "D",
                housing.objectType(),
                housing.type(),
                1110,
                housing.status(),
                "Gol sentrum",
                null,
                Map.of(),
                housing.geometry());
        assertThat(List.of(holidayHomes, housing, moreHolidayHomes, centre, housing, holidayHomes))
                .extracting(filter::accepts)
                .containsExactly(true, false, true, true, false, true);
    }

    private static org.geotools.api.filter.Filter ecql(String text) {
        try {
            return ECQL.toFilter(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The feature as GeoTools sees it: one attribute per entry, typed by its value's class. */
    private static org.geotools.api.feature.simple.SimpleFeature whole(ReferenceFeature f) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("reference");
        f.attributes().forEach((k, v) -> tb.add(k, v == null ? String.class : v.getClass()));
        SimpleFeatureType type = tb.buildFeatureType();
        SimpleFeatureBuilder b = new SimpleFeatureBuilder(type);
        f.attributes().forEach(b::set);
        return b.buildFeature(f.id());
    }
}
