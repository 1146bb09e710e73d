package no.planvakt.layers.catalogue;

import java.util.regex.Pattern;

/**
 * A WMS request parameter that ends up inside a layer's SQL (MapServer runtime substitution,
 * GeoServer SQL view parameter). The pattern is the only thing standing between a request and the
 * database, so it must be anchored and must admit no quote, space, semicolon or comment.
 */
public record QueryParameter(String name, String description, String defaultValue, String pattern) {

    public QueryParameter {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be lower-case letters, digits, _: " + name);
        }
        if (pattern == null || !pattern.startsWith("^") || !pattern.endsWith("$")) {
            throw new IllegalArgumentException("parameter " + name + ": pattern must be anchored with ^…$");
        }
        if (!Pattern.matches(pattern, defaultValue)) {
            throw new IllegalArgumentException("parameter " + name + ": default does not match its own pattern");
        }
    }

    public boolean accepts(String value) {
        return value != null && Pattern.compile(pattern).matcher(value).matches();
    }

    /** The token the SQL uses, e.g. {@code %run%}. */
    public String token() {
        return "%" + name + "%";
    }
}
