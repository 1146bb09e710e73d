package no.planvakt.siting;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A road number as planners write it ("E16", "E 134", "Rv 7", "Fv40") and as N1000 and NVDB store
 * it (vegkategori E/R/F/K/P + vegnummer).
 */
public record RoadNumber(String category, int number) {
    private static final Pattern TEXT =
            Pattern.compile("\\s*(E|Rv|R|Fv|F|Kv|K)\\s*\\.?\\s*(\\d+)\\s*", Pattern.CASE_INSENSITIVE);

    public RoadNumber {
        Objects.requireNonNull(category);
    }

    /** Parses "E16", "Rv 7", …; null when the text is not a road number. */
    public static RoadNumber parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String c = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT);
        return new RoadNumber(c, Integer.parseInt(m.group(2)));
    }

    /** Whether a road link with these attributes belongs to this road. */
    public boolean matches(Map<String, Object> attributes) {
        Object cat = attributes.get("vegkategori");
        Object num = attributes.get("vegnummer");
        if (cat == null || num == null) {
            return false;
        }
        if (!category.equalsIgnoreCase(String.valueOf(cat).trim())) {
            return false;
        }
        try {
            return (int) Double.parseDouble(String.valueOf(num).trim()) == number;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** "E 16", "Rv 7", "Fv 40": the way the road sign and the regional plan write it. */
    @Override
    public String toString() {
        String prefix = switch (category) {
            case "R" -> "Rv";
            case "F" -> "Fv";
            case "K" -> "Kv";
            default -> category;
        };
        return prefix + " " + number;
    }
}
