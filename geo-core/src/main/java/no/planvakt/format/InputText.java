package no.planvakt.format;

import java.util.Locale;
import java.util.Map;
import no.planvakt.InputException;

/**
 * Limits on text that comes from outside: request fields, manifest fields, attribute names and
 * values in plan and reference files. PostgreSQL cannot store a NUL character in text or jsonb, and
 * a megabyte title is a mistake or an attack, never a title; both are refused here with the field
 * named, instead of failing later inside the database.
 */
public final class InputText {
    /** Titles, names, ids of people and files. */
    public static final int MAX_SHORT = 255;
    /** Sources, licences, methods, reasons: a paragraph or two. */
    public static final int MAX_LONG = 4000;
    /** One attribute value in a plan or reference file (Plan GML descriptions can be long). */
    public static final int MAX_ATTRIBUTE = 10_000;

    private InputText() {}

    /** The trimmed value; refused when missing, blank, longer than {@code max} or holding a NUL character. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InputException(field + " må fylles ut og kan ikke være blank");
        }
        return optional(field, value, max);
    }

    /** The trimmed value, or null when missing or blank; refused when too long or holding a NUL character. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        check(field, value, max);
        return value.trim();
    }

    /** Refuses a value longer than {@code max} characters or holding a NUL character; {@code field} names it. */
    public static void check(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw new InputException(field + " er " + InputLimits.count(value.length())
                    + " tegn lang, mer enn grensen på " + InputLimits.count(max) + " tegn");
        }
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            throw new InputException(
                    field + " inneholder et NUL-tegn (tegn nr. " + (nul + 1) + "), som ikke kan lagres");
        }
    }

    /** Checks every attribute name and text value of a feature; {@code where} names the file and feature. */
    public static void checkAttributes(String where, Map<String, Object> attributes) {
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            check(where + ": attributtnavnet \"" + printable(e.getKey()) + "\"", e.getKey(), MAX_SHORT);
            Object v = e.getValue();
            if (v != null && !(v instanceof Number) && !(v instanceof Boolean)) {
                check(where + ": attributtet " + printable(e.getKey()), String.valueOf(v), MAX_ATTRIBUTE);
            }
        }
    }

    /** The text with control characters shown as \\uXXXX and cut to 80 characters, for messages. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 80; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return s.length() > 80 ? b + "…" : b.toString();
    }
}
