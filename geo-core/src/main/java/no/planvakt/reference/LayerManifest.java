package no.planvakt.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * How a reference layer is described beside its data file (YAML/JSON, or API form fields).
 *
 * @param file     a path relative to the manifest
 * @param coverage where the layer is mapped: a polygon file relative to the manifest, or
 *                 {@code extent} for the bounding box of the layer's features; null means the layer
 *                 claims to cover every plan it is used with
 */
public record LayerManifest(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String file,
        @JsonProperty(required = true) String source,
        String owner,
        @JsonProperty(required = true) String licence,
        LocalDate date,
        String method,
        String idAttribute,
        String coverage) {

    /** The value of {@code coverage} that means "the envelope of the layer's own features". */
    public static final String EXTENT = "extent";

    public LayerManifest(String id, String title, String file, String source, String owner, String licence, LocalDate date,
                         String method, String idAttribute) {
        this(id, title, file, source, owner, licence, date, method, idAttribute, null);
    }
}
