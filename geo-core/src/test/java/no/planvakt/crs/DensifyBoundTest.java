package no.planvakt.crs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** The densify step before a transform never adds more than {@link Crs#MAX_DENSIFIED_VERTICES} vertices. */
class DensifyBoundTest {
    @Test
    void segmentsGrowWhenAGeometryIsLongerThanTheBoundAllows() throws Exception {
        assertThat(Crs.segmentLength(new WKTReader().read("LINESTRING (0 6500000, 0 7500000)")))
                .isEqualTo(Crs.MAX_SEGMENT_M);
        double far = Crs.segmentLength(new WKTReader().read("LINESTRING (0 0, 1e12 0)"));
        assertThat(1e12 / far).isEqualTo(Crs.MAX_DENSIFIED_VERTICES);
    }
}
