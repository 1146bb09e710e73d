package no.planvakt.format.sosi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * .BUE (end points, ..RADIUS, ..STORBUE) closing a FLATE over a 100 m chord. GDAL 3.6 cannot read
 * .BUE ("Unrecognized geometry of type 4"), so the oracle here is the circle itself: the segment
 * area for radius 60 m, and the side FYBA's convention gives (positive radius = clockwise).
 */
class SosiArcTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "RADIUS {0}, STORBUE {1}")
    @CsvSource({"60, 0, false, false", "60, 1, false, true", "-60, 0, true, false", "-60, 1, true, true"})
    void radiusArcs(double radius, int storbue, boolean above, boolean large) throws Exception {
        String sosi =
                ".HODE\n..TEGNSETT ISO8859-1\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 6700000 500000\n...ENHET 0.01\n"
                        + ".KURVE 1:\n..NØ\n0 0\n0 10000\n"
                        + ".BUE 2:\n..RADIUS " + radius + "\n..STORBUE " + storbue + "\n..NØ\n0 10000\n0 0\n"
                        + ".FLATE 3:\n..OBJTYPE Test\n..REF :1 :2\n..NØ\n100 5000\n.SLUTT\n";
        Path p = tmp.resolve("bue.sos");
        Files.write(p, sosi.getBytes(StandardCharsets.ISO_8859_1));
        Geometry flate = new SosiFeatureReader().read(p).features().get(2).geometry();

        double r = 60;
        double theta = 2 * Math.asin(50 / r);
        double small = r * r / 2 * (theta - Math.sin(theta));
        double expected = large ? Math.PI * r * r - small : small;
        assertThat(flate.isValid()).isTrue();
        // The chords lose at most 2/3 × arc length × tolerance (ArcApproximation); here 0.24 m² of 1 888 m².
        double arcLength = r * (large ? 2 * Math.PI - theta : theta);
        double tolerance = Math.min(
                no.planvakt.format.ArcApproximation.DEFAULT_TOLERANCE_M,
                r * no.planvakt.format.ArcApproximation.RELATIVE_TOLERANCE);
        assertThat(flate.getArea()).isLessThan(expected).isCloseTo(expected, within(2.0 / 3 * arcLength * tolerance));
        // From (100, 0) to (0, 0): clockwise passes south of the chord, counter-clockwise north.
        Envelope e = flate.getEnvelopeInternal();
        if (above) {
            assertThat(e.getMinY()).isEqualTo(6700000.0);
        } else {
            assertThat(e.getMaxY()).isEqualTo(6700000.0);
        }
    }
}
