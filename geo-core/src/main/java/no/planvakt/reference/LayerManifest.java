package no.planvakt.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * How a reference layer is described beside its data file (YAML/JSON, or API form fields).
 *
 * @param file a path relative to the manifest
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
        String idAttribute) {
}
