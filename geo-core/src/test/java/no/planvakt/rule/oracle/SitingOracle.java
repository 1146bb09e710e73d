package no.planvakt.rule.oracle;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.planvakt.crs.Crs;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.siting.CorridorBuilder;
import no.planvakt.siting.CorridorSection;
import no.planvakt.siting.CorridorSpec;
import no.planvakt.siting.SitingParameters;
import no.planvakt.siting.Spacing;
import no.planvakt.siting.Station;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * The siting rule's figures recomputed with PostGIS on the same corridor sections: stations placed
 * with {@code ST_LineLocatePoint}, gaps measured with {@code ST_Length(ST_LineSubstring(…))},
 * distances with {@code ST_Distance}, areas and overlaps with {@code ST_Area}/{@code ST_Intersection}.
 * Gap figures must agree to 1 m, the rest to the oracle's usual tolerance.
 */
final class SitingOracle {
    interface Agree {
        void agree(String where, String figure, Double engine, double postgis);
    }

    private final Connection db;
    private final int srid;
    private final CompiledRule rule;
    private final SitingParameters p;
    private final CheckInput input;
    private final List<CorridorSection> sections = new ArrayList<>();
    private final List<String> mismatches;
    private int compared;

    SitingOracle(Connection db, int srid, CompiledRule rule, CheckInput input, List<String> mismatches) {
        this.db = db;
        this.srid = srid;
        this.rule = rule;
        this.p = SitingParameters.of(rule.definition());
        this.input = input;
        this.mismatches = mismatches;
        List<ReferenceFeature> roads =
                local(input.layers().get(rule.definition().reference().layer()));
        for (CorridorSpec c : p.corridors()) {
            sections.addAll(CorridorBuilder.build(rule.definition().id(), c, "oracle", roads, p.joinM())
                    .sections());
        }
    }

    int compared() {
        return compared;
    }

    private List<ReferenceFeature> local(ReferenceLayer l) {
        return l.features().stream()
                .map(f -> new ReferenceFeature(
                        f.id(),
                        f.attributes(),
                        Crs.transform(f.geometry(), input.draft().srid(), srid)))
                .toList();
    }

    private byte[] wkb(Geometry g) {
        return new WKBWriter().write(g);
    }

    void check(String where, Finding f, Agree a) throws SQLException {
        if (f.figures().containsKey("gap_m")) {
            gap(where, f);
        } else if (f.figures().containsKey("not_placed")) {
            double d = Double.POSITIVE_INFINITY;
            for (CorridorSection s : sections) {
                d = Math.min(
                        d,
                        sql(
                                "SELECT ST_Distance(ST_GeomFromWKB(?, " + srid + "), ST_Transform(ST_GeomFromWKB(?, "
                                        + input.draft().srid() + "), " + srid + "))",
                                wkb(s.line()),
                                wkb(f.geometry()))[0]);
            }
            a.agree(where, "distance to the nearest corridor", f.distanceM(), d);
        } else if (f.figures().containsKey("score")) {
            site(where, f, a);
        }
    }

    /** A planned station found clear: PostGIS finds no conflict feature on it and a corridor within reach. */
    void checkClear(String where, Checked ch) throws SQLException {
        Geometry g = input.draft().features().stream()
                .filter(x -> x.id().equals(ch.planObjectId()))
                .findFirst()
                .orElseThrow()
                .geometry();
        for (String layer : p.conflictLayers()) {
            for (ReferenceFeature r : input.layers().get(layer).features()) {
                double[] v = sql(
                        "SELECT CASE WHEN ST_Intersects(ST_GeomFromWKB(?), ST_GeomFromWKB(?)) THEN 1 ELSE 0 END",
                        wkb(g),
                        wkb(r.geometry()));
                if (v[0] != 0) {
                    mismatches.add(where + ": PostGIS finds " + layer + ":" + r.id() + " on the clear station");
                }
                compared++;
            }
        }
    }

    /**
     * Places every station of the carrier in SQL, sorts, and measures each gap with ST_LineSubstring.
     * A section end within joinM of another corridor's section ({@code ST_Distance}) is a junction:
     * nothing is placed past it, and the bound past it is the worse of the two ways on along the
     * other section ({@code ST_LineLocatePoint}), whose own ends count as borders.
     */
    private void gap(String where, Finding f) throws SQLException {
        String[] ref = f.referenceFeatureId().split(":");
        CorridorSection s =
                sections.stream().filter(x -> x.id().equals(ref[0])).findFirst().orElseThrow();
        Spacing spacing = p.spacingOf(s.corridor()).stream()
                .filter(x -> x.carrier().equals(ref[1]))
                .findFirst()
                .orElseThrow();
        byte[] line = wkb(s.line());
        double length = sql("SELECT ST_Length(ST_GeomFromWKB(?))", line)[0];
        List<Double> bounds = bounds(s, spacing.carrier());
        double[] startJunction = junction(s, true);
        double[] endJunction = junction(s, false);
        if (bounds.isEmpty() || bounds.get(0) > 0) {
            bounds.add(0, startJunction == null ? -p.borderMarginM() : -across(startJunction, spacing.carrier()));
        }
        if (bounds.get(bounds.size() - 1) < length) {
            bounds.add(
                    endJunction == null ? length + p.borderMarginM() : length + across(endJunction, spacing.carrier()));
        }
        double from = f.figures().get("from_m");
        for (int i = 0; i + 1 < bounds.size(); i++) {
            double a = bounds.get(i);
            double b = bounds.get(i + 1);
            if (Math.abs(a - from) > 1) {
                continue;
            }
            double sub = sql(
                    "SELECT ST_Length(ST_LineSubstring(ST_GeomFromWKB(?), " + fraction(Math.max(a, 0), length) + ", "
                            + fraction(Math.min(b, length), length) + "))",
                    line)[0];
            within1m(where, "gap length (ST_LineSubstring)", f.figures().get("gap_m"), sub);
            within1m(where, "gap end (ST_LineLocatePoint)", f.figures().get("to_m"), b);
            within1m(where, "spacing", f.figures().get("spacing_m"), b - a);
            if (!(b - a > spacing.maxM())) {
                mismatches.add(where + ": PostGIS spacing " + (b - a) + " is within " + spacing.maxM());
            }
            return;
        }
        mismatches.add(where + ": PostGIS places no station at " + from + " (bounds " + bounds + ")");
    }

    /** The measures of the carrier's stations on the section, past its border ends too (not past junctions), sorted. */
    private List<Double> bounds(CorridorSection s, String carrier) throws SQLException {
        byte[] line = wkb(s.line());
        double length = sql("SELECT ST_Length(ST_GeomFromWKB(?))", line)[0];
        boolean startOpen = junction(s, true) == null;
        boolean endOpen = junction(s, false) == null;
        List<Double> bounds = new ArrayList<>();
        for (ReferenceFeature r : local(input.layers().get(p.stationsLayer()))) {
            if (!Station.of(r, p.carrierAttribute()).carriers().contains(carrier)) {
                continue;
            }
            double[] v = sql(
                    "WITH l AS (SELECT ST_GeomFromWKB(?) AS g), s AS (SELECT ST_GeomFromWKB(?) AS g) "
                            + "SELECT ST_Distance(l.g, s.g), ST_LineLocatePoint(l.g, ST_ClosestPoint(l.g, s.g)) FROM l, s",
                    line,
                    wkb(r.geometry()));
            if (v[0] <= p.snapM()) {
                bounds.add(v[1] * length);
            } else if (v[0] <= p.borderMarginM() && ((v[1] <= 1e-12 && startOpen) || (v[1] >= 1 - 1e-12 && endOpen))) {
                bounds.add(v[1] <= 1e-12 ? -v[0] : length + v[0]);
            }
        }
        bounds.sort(Comparator.naturalOrder());
        return bounds;
    }

    /** {other section index, measure on it, offset, its length} of the nearest other corridor's section within joinM of the end, or null. */
    private double[] junction(CorridorSection s, boolean atStart) throws SQLException {
        double[] best = null;
        for (int i = 0; i < sections.size(); i++) {
            CorridorSection o = sections.get(i);
            if (o.corridor().equals(s.corridor())) {
                continue;
            }
            double[] v = sql(
                    "WITH e AS (SELECT ST_" + (atStart ? "Start" : "End")
                            + "Point(ST_GeomFromWKB(?)) AS g), o AS (SELECT ST_GeomFromWKB(?) AS g) "
                            + "SELECT ST_Distance(e.g, o.g), ST_LineLocatePoint(o.g, e.g) * ST_Length(o.g), ST_Length(o.g) FROM e, o",
                    wkb(s.line()),
                    wkb(o.line()));
            if (v[0] <= p.joinM() && (best == null || v[0] < best[2])) {
                best = new double[] {i, v[1], v[0], v[2]};
            }
        }
        // The nearest other section must go on from there in at least one direction.
        return best != null && (best[1] > 1 || best[1] < best[3] - 1) ? best : null;
    }

    /** The distance from a junction end to the first station on the other section, the worse way on. */
    private double across(double[] junction, String carrier) throws SQLException {
        CorridorSection o = sections.get((int) junction[0]);
        double m = junction[1];
        double length = junction[3];
        List<Double> other = bounds(o, carrier);
        if (other.isEmpty() || other.get(0) > 0) {
            other.add(0, -p.borderMarginM());
        }
        if (other.get(other.size() - 1) < length) {
            other.add(length + p.borderMarginM());
        }
        double worst = -1;
        if (m > 1) {
            worst = m - other.stream().filter(x -> x <= m).reduce((x, y) -> y).orElseThrow();
        }
        if (m < length - 1) {
            worst = Math.max(
                    worst, other.stream().filter(x -> x >= m).findFirst().orElseThrow() - m);
        }
        return junction[2] + worst;
    }

    private static String fraction(double m, double length) {
        return String.format(Locale.ROOT, "%.15f", Math.max(0, Math.min(1, m / length)));
    }

    /** A site's distance to its corridor, area, grid distance and conflict share. */
    private void site(String where, Finding f, Agree a) throws SQLException {
        Geometry g = Crs.transform(f.geometry(), input.draft().srid(), srid);
        double d = Double.POSITIVE_INFINITY;
        for (CorridorSection s : sections) {
            d = Math.min(d, sql("SELECT ST_Distance(ST_GeomFromWKB(?), ST_GeomFromWKB(?))", wkb(s.line()), wkb(g))[0]);
        }
        a.agree(where, "distance to the corridor", f.distanceM(), d);
        if (g.getDimension() == 2) {
            a.agree(where, "area", f.areaM2(), sql("SELECT ST_Area(ST_GeomFromWKB(?))", wkb(g))[0]);
        }
        double grid = Double.POSITIVE_INFINITY;
        for (ReferenceFeature r : local(input.layers().get(p.gridLayer()))) {
            Object mw = r.attributes().get("ledig_mw");
            if (mw != null && Double.parseDouble(String.valueOf(mw)) <= 0) {
                continue;
            }
            grid = Math.min(
                    grid,
                    sql("SELECT ST_Distance(ST_GeomFromWKB(?), ST_GeomFromWKB(?))", wkb(g), wkb(r.geometry()))[0]);
        }
        a.agree(where, "grid part", f.figures().get("grid"), Math.max(0, 1 - grid / p.gridZeroM()));
        if (g.getDimension() == 2) {
            List<Geometry> conflicts = new ArrayList<>();
            for (String layer : p.conflictLayers()) {
                local(input.layers().get(layer)).stream()
                        .map(ReferenceFeature::geometry)
                        .filter(x -> x.getDimension() == 2)
                        .forEach(conflicts::add);
            }
            double share = 0;
            if (!conflicts.isEmpty()) {
                Geometry all = g.getFactory().buildGeometry(conflicts);
                share = sql(
                        "SELECT ST_Area(ST_Intersection(ST_GeomFromWKB(?), ST_Union(ST_GeomFromWKB(?)))) / ST_Area(ST_GeomFromWKB(?))",
                        wkb(g),
                        wkb(all),
                        wkb(g))[0];
            }
            a.agree(where, "conflict part", f.figures().get("conflict"), 1 - share);
        }
    }

    private void within1m(String where, String figure, Double engine, double postgis) {
        compared++;
        if (engine == null || Math.abs(engine - postgis) > 1.0) {
            mismatches.add(String.format(
                    Locale.ROOT,
                    "%s: %s engine %s, PostGIS %.3f (more than 1 m apart)",
                    where,
                    figure,
                    engine,
                    postgis));
        }
    }

    private double[] sql(String sql, byte[]... params) throws SQLException {
        return OracleLedger.row(db, sql, (Object[]) params);
    }
}
