package no.planvakt.format.gml;

import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.format.CrsNames;

/**
 * The file's one CRS, from the first srsName (FeatureCollection envelope or first geometry).
 * Plan GML 5.0 allows the 3D codes EPSG:5972/5973/5975 (UTM + NN2000); Planvakt works in 2D, so
 * they become 25832/25833/25835. A geometry in a different CRS than the rest is refused: a plan is
 * delivered in one CRS, and mixing them is an error the planner's GIS would not notice.
 */
final class SrsTracker {
    private static final Map<Integer, Integer> THREE_D_TO_2D = Map.of(5972, 25832, 5973, 25833, 5975, 25835);

    private final String fileName;
    private int srid = -1;
    private String firstName;

    SrsTracker(String fileName) {
        this.fileName = fileName;
    }

    void seen(String srsName, String where) {
        if (srsName == null || srsName.isBlank()) {
            return;
        }
        int code = CrsNames.epsgCode(srsName);
        if (code < 0) {
            throw new InputException(where + ": srsName \"" + srsName
                    + "\" is not an EPSG reference (expected e.g. http://www.opengis.net/def/crs/EPSG/0/25832)");
        }
        code = THREE_D_TO_2D.getOrDefault(code, code);
        if (srid < 0) {
            srid = code;
            firstName = srsName;
        } else if (srid != code) {
            throw new InputException(where + ": srsName \"" + srsName + "\" differs from the file's \"" + firstName
                    + "\"; a plan must be delivered in one coordinate system");
        }
    }

    /** The file's EPSG code (2D); throws when no srsName was found anywhere. */
    int srid() {
        if (srid < 0) {
            throw new InputException(
                    fileName + ": no srsName anywhere in the file, so its coordinate system is unknown"
                            + " (expected e.g. srsName=\"http://www.opengis.net/def/crs/EPSG/0/25832\" on the envelope or geometries)");
        }
        return srid;
    }

    boolean known() {
        return srid >= 0;
    }
}
