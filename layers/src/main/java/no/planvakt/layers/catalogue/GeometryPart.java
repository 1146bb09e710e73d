package no.planvakt.layers.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One geometry type of a {@link GeometryKind#MIXED} layer: the rows it selects and the sub-layer
 * name suffix and title word it gets.
 */
public enum GeometryPart {
    POLYGONS(GeometryKind.POLYGON, "polygons", "flater", List.of("POLYGON", "MULTIPOLYGON")),
    LINES(GeometryKind.LINE, "lines", "linjer", List.of("LINESTRING", "MULTILINESTRING")),
    POINTS(GeometryKind.POINT, "points", "punkter", List.of("POINT", "MULTIPOINT"));

    private final GeometryKind kind;
    private final String suffix;
    private final String titleWord;
    private final List<String> geometryTypes;

    GeometryPart(GeometryKind kind, String suffix, String titleWord, List<String> geometryTypes) {
        this.kind = kind;
        this.suffix = suffix;
        this.titleWord = titleWord;
        this.geometryTypes = geometryTypes;
    }

    /** The sub-layer of {@code layer} holding this part's rows. */
    LayerDefinition of(LayerDefinition layer) {
        // The filter leaves the geometry column untouched, so the server's bounding-box filter on
        // the outer query can still use the spatial index. Geometry collections fall in no part.
        String types = geometryTypes.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        String sql = "SELECT * FROM (" + layer.sql() + ") AS part WHERE GeometryType(" + LayerDefinition.GEOMETRY_COLUMN
                + ") IN (" + types + ")";
        return new LayerDefinition(
                layer.name() + "_" + suffix,
                layer.title() + " – " + titleWord,
                layer.abstractText(),
                layer.view(),
                sql,
                layer.parameters(),
                kind,
                layer.style(),
                layer.label(),
                layer.info(),
                null);
    }
}
