package no.planvakt.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Overrides of a parameter per place type (the county's centrality / development-pressure
 * classes, line 1586 of the draft): a polygon reference layer, the attribute holding the class,
 * and the value per class. Where no place-type polygon applies, the parameter's own value holds.
 *
 * @param layer     id of the polygon reference layer, e.g. "stedstype"
 * @param attribute attribute of that layer holding the class, e.g. "klasse"
 * @param values    value per class, e.g. {sentrum: 20, spredt: 100}
 */
public record PlaceTypes(
        @JsonProperty(required = true) String layer,
        @JsonProperty(required = true) String attribute,
        @JsonProperty(required = true) Map<String, Object> values) {

    public PlaceTypes {
        values = Map.copyOf(values);
    }
}
