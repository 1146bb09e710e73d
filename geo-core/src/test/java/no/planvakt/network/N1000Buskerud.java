package no.planvakt.network;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.reference.LayerManifest;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;

/** The real N1000 extracts of Buskerud shipped with geo-core (CC BY 4.0, Kartverket), read in the canonical CRS. */
public final class N1000Buskerud {
    private N1000Buskerud() {}

    /** The road links (vegkategori, vegnummer). */
    public static ReferenceLayer roads() throws URISyntaxException {
        return read("vegnett", "n1000_veglenke_buskerud.geojson");
    }

    /** The first {@code max} towns and villages (navneobjekttype by or tettsted), in file order. */
    public static List<ReferenceFeature> towns(int max) throws URISyntaxException {
        List<ReferenceFeature> towns = new ArrayList<>();
        for (ReferenceFeature f :
                read("steder", "n1000_stedsnavn_buskerud_points.geojson").features()) {
            Object type = f.attributes().get("navneobjekttype");
            if (("by".equals(type) || "tettsted".equals(type)) && towns.size() < max) {
                towns.add(f);
            }
        }
        return towns;
    }

    private static ReferenceLayer read(String id, String file) throws URISyntaxException {
        Path path = Path.of(N1000Buskerud.class
                .getResource("/no/planvakt/data/n1000-buskerud/" + file)
                .toURI());
        return new ReferenceLayerReader(Crs.DEFAULT_CANONICAL_SRID)
                .read(
                        new LayerManifest(id, id, file, "Kartverket N1000", null, "CC BY 4.0", null, null, null),
                        path,
                        file);
    }
}
