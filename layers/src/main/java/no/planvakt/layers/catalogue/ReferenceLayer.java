package no.planvakt.layers.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

/**
 * A loaded reference data set (a {@code ref.layer} row), published as a WMS layer of its own so a
 * GIS user can pick e.g. "Kulturminner" by name instead of filtering the generic reference layer.
 */
public record ReferenceLayer(
        String id, String title, String source, String owner, String licence, LocalDate sourceDate) {
    /** Prefix of the WMS layer names, so reference layers cannot collide with the catalogue's own. */
    public static final String NAME_PREFIX = "ref_";

    public ReferenceLayer {
        // The id goes into SQL as a literal; ref.layer's CHECK constraint admits the same ids only.
        if (id == null || !id.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("reference layer id must match [a-z][a-z0-9_]{0,62}: " + id);
        }
    }

    /**
     * This data set as a layer shaped like {@code generic} (the catalogue's reference layer): same
     * view, style and info columns, but only this layer's rows and no REFLAYER parameter.
     */
    public LayerDefinition layer(LayerDefinition generic) {
        return new LayerDefinition(
                NAME_PREFIX + id,
                title,
                provenance(),
                generic.view(),
                "SELECT * FROM " + generic.view() + " WHERE layer_id = '" + id + "'",
                List.of(),
                generic.geometry(),
                generic.style(),
                generic.label(),
                generic.info(),
                null);
    }

    /** Abstract: where the data comes from and on what terms. */
    String provenance() {
        StringJoiner j = new StringJoiner("; ");
        j.add("Kilde: " + source);
        if (owner != null) {
            j.add("eier: " + owner);
        }
        j.add("lisens: " + licence);
        if (sourceDate != null) {
            j.add("dato: " + sourceDate);
        }
        return j + ". Referanselag " + id + ".";
    }
}
