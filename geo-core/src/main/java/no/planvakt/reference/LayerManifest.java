package no.planvakt.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a reference layer is described beside its data file (YAML/JSON, or API form fields).
 *
 * @param file     a path relative to the manifest
 * @param coverage where the layer is mapped: a polygon file relative to the manifest, or
 *                 {@code extent} for the bounding box of the layer's features; null means the layer
 *                 claims to cover every plan it is used with
 * @param attributes the attributes the pack filters on, by the pack's name, when the file names or
 *                   codes them differently (see {@link AttributeMapping}); null when it does not
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
        String coverage,
        Map<String, AttributeMapping> attributes) {

    /** The value of {@code coverage} that means "the envelope of the layer's own features". */
    public static final String EXTENT = "extent";

    public LayerManifest {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public LayerManifest(
            String id,
            String title,
            String file,
            String source,
            String owner,
            String licence,
            LocalDate date,
            String method,
            String idAttribute) {
        this(id, title, file, source, owner, licence, date, method, idAttribute, null, null);
    }

    public LayerManifest(
            String id,
            String title,
            String file,
            String source,
            String owner,
            String licence,
            LocalDate date,
            String method,
            String idAttribute,
            String coverage) {
        this(id, title, file, source, owner, licence, date, method, idAttribute, coverage, null);
    }
}
