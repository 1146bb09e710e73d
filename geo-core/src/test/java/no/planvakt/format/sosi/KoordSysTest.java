package no.planvakt.format.sosi;

import static org.assertj.core.api.Assertions.assertThat;

import no.planvakt.crs.Crs;
import org.junit.jupiter.api.Test;

class KoordSysTest {
    @Test
    void mapsTheNorwegianSystems() {
        assertThat(KoordSys.epsg(1).getAsInt()).isEqualTo(27391);
        assertThat(KoordSys.epsg(8).getAsInt()).isEqualTo(27398);
        assertThat(KoordSys.epsg(9).getAsInt()).isEqualTo(4273);
        assertThat(KoordSys.epsg(21).getAsInt()).isEqualTo(25831);
        assertThat(KoordSys.epsg(22).getAsInt()).isEqualTo(25832);
        assertThat(KoordSys.epsg(23).getAsInt()).isEqualTo(25833);
        assertThat(KoordSys.epsg(25).getAsInt()).isEqualTo(25835);
        assertThat(KoordSys.epsg(26).getAsInt()).isEqualTo(25836);
        assertThat(KoordSys.epsg(31).getAsInt()).isEqualTo(23031);
        assertThat(KoordSys.epsg(36).getAsInt()).isEqualTo(23036);
        assertThat(KoordSys.epsg(84).getAsInt()).isEqualTo(4258);
        assertThat(KoordSys.epsg(205).getAsInt()).isEqualTo(5105);
        assertThat(KoordSys.epsg(201)).as("there is no NTM zone 1").isEmpty();
        assertThat(KoordSys.epsg(215).getAsInt()).isEqualTo(5115);
        assertThat(KoordSys.epsg(230).getAsInt()).isEqualTo(5130);
        assertThat(KoordSys.epsg(99)).isEmpty();
        assertThat(KoordSys.epsg(231)).isEmpty();
    }

    @Test
    void geoToolsKnowsTheNtmZones() {
        // 215 → 5115 must really be NTM zone 15, and 205–230 → 5105–5130 must be NTM zones 5–30.
        for (int zone = 5; zone <= 30; zone++) {
            String name = Crs.of(KoordSys.epsg(200 + zone).getAsInt()).getName().getCode();
            assertThat(name).isEqualTo("ETRS89 / NTM zone " + zone);
        }
        assertThat(Crs.of(27393).getName().getCode()).isEqualTo("NGO 1948 (Oslo) / NGO zone III");
    }
}
