package no.planvakt.plan;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Attribute names as they occur in the wild: SOSI ({@code KPAREALFORMÅL}), ASCII-folded exports
 * ({@code KPAREALFORMAL}), Plan GML ({@code arealformål}). All are compared in a folded form:
 * lower case, æ→ae, ø→o, å→a, other accents dropped, non-alphanumerics removed.
 */
public final class AttributeNames {
    private AttributeNames() {
    }

    public static String fold(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]", "");
    }

    /** The first attribute whose folded name is one of {@code candidates} (already folded) and has a value. */
    public static Optional<Map.Entry<String, Object>> find(Map<String, Object> attributes, List<String> candidates) {
        for (String candidate : candidates) {
            for (Map.Entry<String, Object> e : attributes.entrySet()) {
                if (e.getValue() != null && !String.valueOf(e.getValue()).isBlank() && fold(e.getKey()).equals(candidate)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Is any attribute (with or without value) named one of {@code candidates}? */
    public static boolean has(Map<String, Object> attributes, List<String> candidates) {
        return attributes.keySet().stream().map(AttributeNames::fold).anyMatch(candidates::contains);
    }
}
