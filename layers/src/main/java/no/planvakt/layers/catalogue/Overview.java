package no.planvakt.layers.catalogue;

import java.util.List;

/**
 * A coarser form of a layer for small scales: rows grouped by the given columns with their
 * geometries collected, so the renderer handles a few large features instead of many tiny ones.
 *
 * @param minScale scale denominator from which the overview is used
 * @param groupBy  columns that stay; other info columns become NULL, the key becomes min(id)
 */
public record Overview(double minScale, List<String> groupBy) {
    public Overview {
        groupBy = List.copyOf(groupBy);
    }
}
