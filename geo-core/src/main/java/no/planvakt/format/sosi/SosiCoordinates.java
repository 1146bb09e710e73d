package no.planvakt.format.sosi;

import no.planvakt.format.ArcApproximation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;

/**
 * Turns file units into real coordinates: east = ORIGO-E + e × ENHET, north = ORIGO-N + n × ENHET,
 * swapped from SOSI's north-east order into x = east, y = north. Arcs and circles become polylines
 * within {@link ArcApproximation#DEFAULT_TOLERANCE_M}. {@code ..RADIUS} is read as a real distance
 * (metres), not in ENHET units; none of the sample files has a {@code .BUE} to confirm this.
 */
final class SosiCoordinates {
    private final SosiHeader header;
    private final double tolerance;

    SosiCoordinates(SosiHeader header) {
        this.header = header;
        this.tolerance = ArcApproximation.toleranceFor(KoordSys.isGeographic(header.srid()));
    }

    Coordinate point(double north, double east) {
        return new Coordinate(header.originEast() + east * header.unit(), header.originNorth() + north * header.unit());
    }

    Coordinate[] points(double[] northEast) {
        Coordinate[] out = new Coordinate[northEast.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = point(northEast[2 * i], northEast[2 * i + 1]);
        }
        return out;
    }

    /** The curve as a polyline; throws {@link IllegalArgumentException} with the reason when it cannot be one. */
    Coordinate[] line(SosiCurve curve) {
        Coordinate[] p = points(curve.points().northEast());
        switch (curve.kind()) {
            case LINE:
                if (p.length < 2) {
                    throw new IllegalArgumentException("a curve needs at least 2 points, found " + p.length);
                }
                return p;
            case ARC_3_POINTS: {
                if (p.length < 3 || p.length % 2 == 0) {
                    throw new IllegalArgumentException(
                            ".BUEP needs 3 points (or 5, 7, … for consecutive arcs), found " + p.length);
                }
                CoordinateList out = new CoordinateList();
                for (int i = 0; i + 2 < p.length; i += 2) {
                    ArcApproximation.appendArc3(out, p[i], p[i + 1], p[i + 2], tolerance);
                }
                return out.toCoordinateArray();
            }
            case ARC_RADIUS: {
                if (p.length != 2 || curve.radius() == 0 || Double.isNaN(curve.radius())) {
                    throw new IllegalArgumentException(
                            ".BUE needs 2 points and a ..RADIUS, found " + p.length + " points");
                }
                CoordinateList out = new CoordinateList();
                ArcApproximation.appendArcRadius(
                        out, p[0], p[1], Math.abs(curve.radius()), curve.radius() > 0, curve.large(), tolerance);
                return out.toCoordinateArray();
            }
            case CIRCLE_3_POINTS: {
                if (p.length != 3) {
                    throw new IllegalArgumentException(".SIRKELP needs 3 points, found " + p.length);
                }
                CoordinateList out = new CoordinateList();
                ArcApproximation.appendCircle3(out, p[0], p[1], p[2], tolerance);
                return out.toCoordinateArray();
            }
            case CIRCLE: {
                if (p.length != 1 || !(Math.abs(curve.radius()) > 0)) {
                    throw new IllegalArgumentException(".SIRKEL needs a centre point and a ..RADIUS");
                }
                CoordinateList out = new CoordinateList();
                ArcApproximation.appendCircle(out, p[0], Math.abs(curve.radius()), tolerance);
                return out.toCoordinateArray();
            }
            default:
                throw new IllegalStateException(curve.kind().toString());
        }
    }
}
