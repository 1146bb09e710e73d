package no.planvakt.rule;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import no.planvakt.yaml.Yaml;

/**
 * The version of the rule-pack and spec file format, {@code format: 1} at the top of the file. A
 * file from a newer Planvakt is refused with the version this one reads, rather than half
 * understood; a file without {@code format} is read as the current format.
 *
 * <p>When a format removes or renames a field, the change goes into {@link #CHANGES}: a file that
 * still has the old field is then refused naming the field, its line, the format that changed it and
 * what to write instead ({@link #explain}), not with a bare "unknown field". Format 1 is the first, so
 * the table is empty; {@code PackFormatTest} shows the mechanism with a table of its own.
 */
public final class PackFormat {
    /** The format this Planvakt reads and writes. */
    public static final int CURRENT = 1;
    /** Fields removed or renamed by a format after the first, oldest first. None yet. */
    public static final List<FieldChange> CHANGES = List.of();

    /**
     * A field that format {@code format} removed or renamed.
     *
     * @param path        where the field was, as "rules[].citation.paragraph" ({@code []}: any element of a list)
     * @param replacement the field's new name at the same place; null when it was removed
     * @param note        what to do instead (for a removed field) or how the value changed; may be null
     */
    public record FieldChange(int format, String path, String replacement, String note) {
        /** The field's old name: the last part of {@link #path}. */
        public String name() {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    private PackFormat() {}

    /** Checks the {@code format} field of a pack or spec document; throws naming the file and field. */
    public static void check(String name, JsonNode root) {
        JsonNode format = root.path("format");
        if (format.isMissingNode() || format.isNull()) {
            return;
        }
        if (!format.canConvertToInt() || !format.isIntegralNumber()) {
            throw new RulePackException(name + ": field format: must be a whole number such as " + CURRENT
                    + ", found \"" + format.asText() + "\"");
        }
        int v = format.asInt();
        if (v > CURRENT) {
            throw new RulePackException(name + ": field format: the file is format " + v
                    + ", written for a newer Planvakt;" + " this one reads format " + CURRENT);
        }
        if (v < 1) {
            throw new RulePackException(
                    name + ": field format: unknown format " + v + " (this Planvakt reads format " + CURRENT + ")");
        }
    }

    /**
     * The message for a file that {@link Yaml} refused: when the refused field is one that {@code changes}
     * says a format removed or renamed, the message names the change and what to write instead, at the
     * field's line; otherwise the message as it was.
     */
    public static String explain(Yaml.YamlException e, List<FieldChange> changes) {
        if (!(e.mapping() instanceof UnrecognizedPropertyException u)) {
            return e.getMessage();
        }
        String path = genericPath(u);
        for (FieldChange c : changes) {
            if (c.path().equals(path)) {
                String what = c.replacement() == null
                        ? "\"" + c.name() + "\" was removed in format " + c.format()
                        : "\"" + c.name() + "\" was renamed to \"" + c.replacement() + "\" in format " + c.format()
                                + "; write " + c.replacement() + ": instead";
                return e.getMessage()
                        .replace(
                                "unknown field \"" + u.getPropertyName() + "\"",
                                what + (c.note() == null ? "" : " (" + c.note() + ")"));
            }
        }
        return e.getMessage();
    }

    /** "rules[].citation.paragraph": the field's path with every list index left out. */
    private static String genericPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[]")
                .collect(Collectors.joining("."))
                .replace(".[]", "[]");
    }
}
