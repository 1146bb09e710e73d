package no.planvakt.layers.mapserver;

/** Quoting for mapfile string literals. */
final class MapfileText {
    private MapfileText() {}

    /**
     * A double-quoted mapfile string. MapServer's lexer knows backslash escapes inside quotes; a
     * newline would end the token, so the catalogue's multi-line SQL is folded into one line.
     */
    static String quote(String value) {
        String oneLine = value.replaceAll("\\s*\\R\\s*", " ");
        return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
