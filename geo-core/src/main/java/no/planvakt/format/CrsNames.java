package no.planvakt.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the many spellings of a CRS reference in files into an EPSG code. */
public final class CrsNames {
    private static final Pattern EPSG = Pattern.compile(
            "(?i)^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[0-9.]*:|https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/|"
                    + "https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#)(\\d+)$");
    private static final Pattern CRS84 = Pattern.compile(
            "(?i)^(?:urn:ogc:def:crs:OGC:[0-9.]*:CRS84|https?://www\\.opengis\\.net/def/crs/OGC/[0-9.]+/CRS84|CRS84)$");

    private CrsNames() {}

    /** @return the EPSG code, or -1 when the name is not an EPSG (or CRS84) reference */
    public static int epsgCode(String name) {
        if (name == null) {
            return -1;
        }
        String trimmed = name.trim();
        if (CRS84.matcher(trimmed).matches()) {
            return 4326;
        }
        Matcher m = EPSG.matcher(trimmed);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
