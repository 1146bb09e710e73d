package no.planvakt.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * How one attribute the rule pack filters on is found in a reference file whose maker named or
 * coded it differently: the file's own attribute, and optionally its values translated (NGU's
 * numeric {@code rastoffbetydning} 1/2/3 as the words the pack expects). Given in the layers file,
 * so a municipality never edits the county's pack. A value without a translation is kept as it is.
 *
 * @param from   the attribute's name in the file, e.g. "interesse"
 * @param values the file's values (as text) and what they mean to the pack, e.g. {"1": "nasjonal"}
 */
public record AttributeMapping(
        @JsonProperty(required = true) String from, Map<String, Object> values) {
    public AttributeMapping {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** The pack's value for a file value. */
    Object map(Object fileValue) {
        if (fileValue == null) {
            return null;
        }
        Object v = values.get(String.valueOf(fileValue));
        return v != null ? v : fileValue;
    }
}
