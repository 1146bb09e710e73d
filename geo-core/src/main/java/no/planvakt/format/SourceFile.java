package no.planvakt.format;

import java.util.List;

/**
 * The features of one file with the CRS the file declares.
 *
 * @param name  the file name, used in every message about it
 * @param srid  EPSG code of the file's CRS (axis order: easting/longitude first)
 */
public record SourceFile(String name, int srid, List<SourceFeature> features, List<String> warnings) {
    public SourceFile {
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
    }
}
