package no.planvakt.layers.wms;

import java.awt.image.BufferedImage;
import no.planvakt.layers.style.Rgb;

/** Reading and comparing pixels of rendered maps. */
public final class Pixels {
    private Pixels() {}

    public static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    public static Rgb rgb(BufferedImage image, int x, int y) {
        int argb = image.getRGB(x, y);
        return new Rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }

    /** Largest difference of one channel. */
    public static int distance(Rgb a, Rgb b) {
        return Math.max(
                Math.abs(a.red() - b.red()), Math.max(Math.abs(a.green() - b.green()), Math.abs(a.blue() - b.blue())));
    }

    public static String describe(BufferedImage image, int x, int y) {
        return rgb(image, x, y).hex() + " alpha " + alpha(image, x, y);
    }

    /** The most frequent colour of a square block (for hatched classes, where single pixels vary). */
    public static Rgb dominant(BufferedImage image, int x0, int y0, int size) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int x = x0; x < x0 + size; x++) {
            for (int y = y0; y < y0 + size; y++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int rgb = counts.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        return new Rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /** Pixel column of easting x in an image of width w over [minx, maxx]. */
    public static int column(double x, double minx, double maxx, int w) {
        return (int) Math.floor((x - minx) / (maxx - minx) * w);
    }

    /** Pixel row of northing y (rows grow downwards). */
    public static int row(double y, double miny, double maxy, int h) {
        return (int) Math.floor((maxy - y) / (maxy - miny) * h);
    }
}
