package no.planvakt.layers.catalogue;

/** The geometry a layer serves, with what each server calls it. */
public enum GeometryKind {
    MULTIPOLYGON("POLYGON", "MultiPolygon"),
    /** Mixed geometry (findings, reference features): drawn as polygons by MapServer. */
    GEOMETRY("POLYGON", "Geometry");

    private final String mapServerType;
    private final String geoServerType;

    GeometryKind(String mapServerType, String geoServerType) {
        this.mapServerType = mapServerType;
        this.geoServerType = geoServerType;
    }

    public String mapServerType() {
        return mapServerType;
    }

    /** JTS class name GeoServer expects in a virtual table's geometry element. */
    public String geoServerType() {
        return geoServerType;
    }
}
