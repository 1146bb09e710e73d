package no.planvakt.rule.kind;

import no.planvakt.crs.AreaMeasure;
import org.locationtech.jts.geom.Geometry;

/**
 * The widened reference geometry a rule compares against (the protection belt around a mineral
 * deposit, the safety zone around a monument), built in one place so that the county benchmark's
 * agreement check can build the very buffer the rules build. JTS rounds corners with 8 segments
 * per quadrant, as PostGIS's {@code ST_Buffer} does by default, but places the arc vertices
 * differently: the two buffers are both approximations of the true one and differ by a thin sliver.
 */
public final class ReferenceBuffer {
    private ReferenceBuffer() {}

    /** {@code g} widened by {@code reportMetres} metres of the plan's own CRS. */
    public static Geometry around(Geometry g, double reportMetres, AreaMeasure measure) {
        return g.buffer(measure.toStored(reportMetres, g));
    }
}
