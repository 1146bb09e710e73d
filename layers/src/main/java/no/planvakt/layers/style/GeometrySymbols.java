package no.planvakt.layers.style;

/** Sizes of the symbols for point and line features, shared by the mapfile and the SLD, so both draw alike. */
public final class GeometrySymbols {
    /** Pixel diameter of point markers. */
    public static final int POINT_SIZE = 9;
    /** Minimum pixel width of lines (a polygon outline's width would make a corridor hard to see). */
    public static final double LINE_WIDTH = 2;

    private GeometrySymbols() {}
}
