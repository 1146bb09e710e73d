package no.planvakt.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import no.planvakt.crs.Crs;
import no.planvakt.format.GeoJsonFeatureReader;
import no.planvakt.format.SourceFeature;
import no.planvakt.format.SourceFile;
import org.locationtech.jts.geom.Geometry;

/**
 * Municipality boundaries, from the shipped Kartverket 2024 boundaries of Buskerud's 18
 * municipalities (CC BY 4.0, see data/admin/SOURCE.md): drawn on the report maps, and the extent
 * plan objects are checked against on import ({@link MunicipalityExtent}). A plan of another county
 * has no boundary on its maps and no such check rather than a wrong one.
 */
public final class MunicipalityBoundaries {
    private static final String FILE = "/no/planvakt/data/admin/buskerud_kommuner_2024.geojson";
    private static volatile SourceFile boundaries;

    private MunicipalityBoundaries() {}

    /** A municipality's name and boundary in {@code srid}. */
    public record Municipality(String number, String name, Geometry area) {}

    public static Optional<Municipality> find(String number, int srid) {
        if (number == null) {
            return Optional.empty();
        }
        for (SourceFeature f : all().features()) {
            if (number.equals(String.valueOf(f.attributes().get("kommunenummer")))) {
                return Optional.of(new Municipality(
                        number,
                        String.valueOf(f.attributes().get("kommunenavn")),
                        Crs.transform(f.geometry(), all().srid(), srid)));
            }
        }
        return Optional.empty();
    }

    /** Every shipped municipality in {@code srid}, in file order. */
    public static java.util.List<Municipality> all(int srid) {
        java.util.List<Municipality> out = new java.util.ArrayList<>();
        for (SourceFeature f : all().features()) {
            out.add(new Municipality(
                    String.valueOf(f.attributes().get("kommunenummer")),
                    String.valueOf(f.attributes().get("kommunenavn")),
                    Crs.transform(f.geometry(), all().srid(), srid)));
        }
        return out;
    }

    private static SourceFile all() {
        if (boundaries == null) {
            try (InputStream in = MunicipalityBoundaries.class.getResourceAsStream(FILE)) {
                boundaries = new GeoJsonFeatureReader().read(FILE, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return boundaries;
    }
}
