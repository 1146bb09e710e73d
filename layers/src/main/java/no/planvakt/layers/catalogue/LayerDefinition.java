package no.planvakt.layers.catalogue;

import java.util.Arrays;
import java.util.List;

/**
 * One WMS layer: where its rows come from, how it is drawn and what GetFeatureInfo shows.
 *
 * @param view       the PostGIS view behind the layer (documentation, and the plain source)
 * @param sql        the query served, with {@code %parameter%} tokens; never null (defaults to the view)
 * @param parameters names of the {@link QueryParameter}s the SQL uses
 * @param label      column used as map label, or null
 * @param info       columns GetFeatureInfo returns, in order
 * @param overview   how MapServer simplifies the layer at small scales, or null
 */
public record LayerDefinition(
        String name,
        String title,
        String abstractText,
        String view,
        String sql,
        List<String> parameters,
        GeometryKind geometry,
        String style,
        String label,
        List<String> info,
        Overview overview) {

    /** Key column of every WMS view. */
    public static final String KEY_COLUMN = "id";
    /** Geometry column of every WMS view. */
    public static final String GEOMETRY_COLUMN = "geom";

    public LayerDefinition {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("layer name must be lower-case letters, digits, _: " + name);
        }
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        info = info == null ? List.of() : List.copyOf(info);
        sql = sql == null ? "SELECT * FROM " + view : sql.strip();
    }

    /** What a server draws: the layer itself, or for {@link GeometryKind#MIXED} one sub-layer per geometry type. */
    public List<LayerDefinition> parts() {
        if (geometry != GeometryKind.MIXED) {
            return List.of(this);
        }
        return Arrays.stream(GeometryPart.values()).map(p -> p.of(this)).toList();
    }

    /** True when servers draw this layer as a group of sub-layers ({@link #parts()}). */
    public boolean isGroup() {
        return geometry == GeometryKind.MIXED;
    }
}
