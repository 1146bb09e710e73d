package no.planvakt.rule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The version of the rule-pack and spec file format, {@code format: 1} at the top of the file. A
 * file from a newer Planvakt is refused with the version this one reads, rather than half
 * understood; a file without {@code format} is read as the current format. When a later format
 * removes or renames a field, the loader names the field and what to write instead (there is none
 * yet: format 1 is the first).
 */
public final class PackFormat {
    /** The format this Planvakt reads and writes. */
    public static final int CURRENT = 1;

    private PackFormat() {
    }

    /** Checks the {@code format} field of a pack or spec document; throws naming the file and field. */
    public static void check(String name, JsonNode root) {
        JsonNode format = root.path("format");
        if (format.isMissingNode() || format.isNull()) {
            return;
        }
        if (!format.canConvertToInt() || !format.isIntegralNumber()) {
            throw new RulePackException(name + ": field format: must be a whole number such as " + CURRENT + ", found \""
                    + format.asText() + "\"");
        }
        int v = format.asInt();
        if (v > CURRENT) {
            throw new RulePackException(name + ": field format: the file is format " + v + ", written for a newer Planvakt;"
                    + " this one reads format " + CURRENT);
        }
        if (v < 1) {
            throw new RulePackException(name + ": field format: unknown format " + v + " (this Planvakt reads format " + CURRENT + ")");
        }
    }
}
