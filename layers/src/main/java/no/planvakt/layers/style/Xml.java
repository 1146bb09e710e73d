package no.planvakt.layers.style;

/** XML text escaping for the generated SLD, mapfile templates and GeoServer data directory. */
public final class Xml {
    private Xml() {}

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
