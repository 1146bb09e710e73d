package no.planvakt.layers.geoserver;

import no.planvakt.layers.catalogue.LayerDefinition;
import no.planvakt.layers.style.LayerStyle;
import no.planvakt.layers.style.MixedGeometrySld;
import no.planvakt.layers.style.SldWriter;

/** The SLD GeoServer gets for a layer: per geometry type for mixed-geometry layers, else the shared SLD. */
final class GeoServerSld {
    private GeoServerSld() {}

    static String write(LayerDefinition layer, LayerStyle style) {
        return layer.isGroup()
                ? MixedGeometrySld.write(layer.name(), LayerDefinition.GEOMETRY_COLUMN, style)
                : SldWriter.write(layer.name(), style);
    }
}
