package no.planvakt.layers.style;

import java.util.Locale;

/** An sRGB colour. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour component out of range");
        }
    }

    /** Parses {@code #RRGGBB}. */
    public static Rgb parse(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("expected #RRGGBB, got " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** Mixes this colour towards white: 0 keeps it, 1 gives white. */
    public Rgb tint(double towardsWhite) {
        return new Rgb(mix(red, towardsWhite), mix(green, towardsWhite), mix(blue, towardsWhite));
    }

    /** A darker shade for outlines. */
    public Rgb shade(double towardsBlack) {
        return new Rgb((int) Math.round(red * (1 - towardsBlack)), (int) Math.round(green * (1 - towardsBlack)), (int)
                Math.round(blue * (1 - towardsBlack)));
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** MapServer's "r g b" notation. */
    public String mapServer() {
        return red + " " + green + " " + blue;
    }

    private static int mix(int c, double t) {
        return (int) Math.round(c + (255 - c) * t);
    }
}
