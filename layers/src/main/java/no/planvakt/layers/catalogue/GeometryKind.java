package no.planvakt.layers.catalogue;

/** The geometry a layer serves, with what each server calls it. */
public enum GeometryKind {
    MULTIPOLYGON("POLYGON", "MultiPolygon"),
    /** Mixed geometry that is in practice polygons (findings): drawn as polygons by MapServer. */
    GEOMETRY("POLYGON", "Geometry"),
    /**
     * Points, lines and polygons together (reference data). A MapServer layer draws one geometry
     * type only, so the mapfile splits such a layer into one sub-layer per {@link GeometryPart},
     * grouped under the layer's name; GeoServer serves it as one feature type.
     */
    MIXED(null, "Geometry"),
    /** The kinds of {@link GeometryPart}s; the catalogue itself uses the kinds above. */
    POLYGON("POLYGON", "Geometry"),
    LINE("LINE", "Geometry"),
    POINT("POINT", "Geometry");

    private final String mapServerType;
    private final String geoServerType;

    GeometryKind(String mapServerType, String geoServerType) {
        this.mapServerType = mapServerType;
        this.geoServerType = geoServerType;
    }

    public String mapServerType() {
        if (mapServerType == null) {
            throw new IllegalStateException(this + " has no single MapServer type; draw its parts");
        }
        return mapServerType;
    }

    /** JTS class name GeoServer expects in a virtual table's geometry element. */
    public String geoServerType() {
        return geoServerType;
    }
}
