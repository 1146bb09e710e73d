package no.planvakt.rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Formats figures the Norwegian way ("1 234,5") and fills a rule's message templates. The one
 * number formatter of messages, the summary table and the report's tables.
 */
public final class FindingText {
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    /**
     * One formatter per thread and number of decimals: building a NumberFormat per figure showed up
     * in county-scale profiles, and formatters are not thread-safe (rules run side by side).
     */
    private static final ThreadLocal<NumberFormat[]> FORMATS = ThreadLocal.withInitial(() -> new NumberFormat[3]);

    private FindingText() {}

    /** "1 234,5" (daa from m²) */
    public static String daa(double m2) {
        return oneDecimal(m2 / 1000.0);
    }

    /** "40,0 %" */
    public static String percent(double share) {
        return oneDecimal(share * 100) + " %";
    }

    /** "1 234,5 m²" */
    public static String m2(double m2) {
        return oneDecimal(m2) + " m²";
    }

    private static String oneDecimal(double v) {
        return format(v, 1);
    }

    /** Whole numbers (Integer, Long) as they are, other numbers with one decimal: "1 234" / "1 234,5". */
    public static String number(Number n) {
        boolean whole = !(n instanceof Double || n instanceof Float);
        return format(n, whole ? 0 : 1);
    }

    private static String format(Number v, int decimals) {
        NumberFormat[] formats = FORMATS.get();
        NumberFormat f = formats[decimals];
        if (f == null) {
            f = NumberFormat.getNumberInstance(NB);
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            formats[decimals] = f;
        }
        return f.format(v).replace('\u00a0', ' ');
    }

    /** "15,0" (metres, one decimal). */
    public static String metres(double m) {
        return oneDecimal(m);
    }

    /** Fills {name} placeholders; unknown placeholders stay as they are so a pack author sees them. */
    public static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return out;
    }

    /** A short stable key from the parts that identify a finding. */
    public static String key(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
