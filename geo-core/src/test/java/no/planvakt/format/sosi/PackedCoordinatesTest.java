package no.planvakt.format.sosi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackedCoordinatesTest {
    @Test
    void integersRoundTripInAFewBytesPerVertex() {
        double[] ne = {674267964, 19004760, 674278090, 18977137, 674297868, 18924467, -5, 3};
        PackedCoordinates p = PackedCoordinates.of(ne, ne.length);
        assertThat(p.northEast()).containsExactly(ne);
        assertThat(p.size()).isEqualTo(4);
        assertThat(p.bytes()).isLessThan(ne.length * 8L / 2);
    }

    @Test
    void decimalsAreKeptExactly() {
        double[] ne = {1.5, 2.25, 3, 4};
        assertThat(PackedCoordinates.of(ne, 4).northEast()).containsExactly(ne);
    }
}
