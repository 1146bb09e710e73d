package no.planvakt.layers.style;

/**
 * One legend class: features whose {@code property} equals {@code value} (or every feature when
 * value is null) are filled and outlined as given, optionally hatched.
 */
public record StyleRule(
        String name,
        String title,
        String property,
        String value,
        Rgb fill,
        double fillOpacity,
        Rgb stroke,
        double strokeWidth,
        Hatch hatch) {

    public boolean isCatchAll() {
        return value == null;
    }
}
