package no.planvakt.plan;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Attribute names as they occur in the wild: SOSI ({@code KPAREALFORMÅL}), ASCII-folded exports
 * ({@code KPAREALFORMAL}), Plan GML ({@code arealformål}). All are compared in a folded form:
 * lower case, æ→ae, ø→o, å→a, other accents dropped, non-alphanumerics removed.
 */
public final class AttributeNames {
    private AttributeNames() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    /** A file has a handful of distinct attribute names, looked up for every object: fold each once. */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private static final int MAX_CACHED = 10_000;

    public static String fold(String name) {
        String folded = FOLDED.get(name);
        if (folded == null) {
            folded = foldNow(name);
            if (FOLDED.size() < MAX_CACHED) {
                FOLDED.put(name, folded);
            }
        }
        return folded;
    }

    private static String foldNow(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(s).replaceAll("");
    }

    /** The first attribute whose folded name is one of {@code candidates} (already folded) and has a value. */
    public static Optional<Map.Entry<String, Object>> find(Map<String, Object> attributes, List<String> candidates) {
        for (String candidate : candidates) {
            for (Map.Entry<String, Object> e : attributes.entrySet()) {
                if (e.getValue() != null
                        && !String.valueOf(e.getValue()).isBlank()
                        && fold(e.getKey()).equals(candidate)) {
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
