package no.planvakt.layers.style;

/**
 * Parallel lines filling a polygon. GeoServer (SLD) only knows the four directions of its
 * {@code shape://} marks, so the angle is restricted to 0, 45, 90 and 135 degrees.
 */
public record Hatch(Rgb colour, int angle, int spacing, double width) {

    public Hatch {
        if (angle != 0 && angle != 45 && angle != 90 && angle != 135) {
            throw new IllegalArgumentException("hatch angle must be 0, 45, 90 or 135: " + angle);
        }
    }

    /** GeoServer's well-known mark for this direction. */
    public String wellKnownName() {
        return switch (angle) {
            case 0 -> "shape://horline";
            case 45 -> "shape://slash";
            case 90 -> "shape://vertline";
            default -> "shape://backslash";
        };
    }
}
