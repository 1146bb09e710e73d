package no.planvakt.bench.county;

/**
 * An invented, smooth terrain over Buskerud in EUREF89 UTM 32: high in the north-west
 * (Hallingdal, Hardangervidda), low towards the Drammensfjord in the south-east, with hills on
 * top. Only the generator uses it, to put the forest line, holiday homes and mountain land cover
 * where they would plausibly be. Not real heights.
 */
final class Terrain {
    /** Around Hol in the north-west and Drammen in the south-east. */
    private static final double WEST_X = 440_000;

    private static final double EAST_X = 580_000;

    private Terrain() {}

    static double elevation(double x, double y) {
        double westness = Math.max(0, Math.min(1, (EAST_X - x) / (EAST_X - WEST_X)));
        double northness = Math.max(0, Math.min(1, (y - 6_600_000) / 200_000));
        double base = 50 + 900 * westness + 300 * northness;
        double hills = 180 * Math.sin(x / 7_300.0) * Math.cos(y / 9_100.0) + 90 * Math.sin((x + y) / 2_900.0);
        return base + hills;
    }

    /** The forest line (m above sea level): lower towards the west, as in the real county. */
    static double forestLine(double x, double y) {
        return 900 + 150 * Math.max(0, Math.min(1, (x - WEST_X) / (EAST_X - WEST_X)));
    }

    static boolean aboveForestLine(double x, double y) {
        return elevation(x, y) > forestLine(x, y);
    }
}
