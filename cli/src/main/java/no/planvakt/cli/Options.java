package no.planvakt.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** --name value options; every option is known, so a typo is an error, not silently ignored. */
record Options(Map<String, String> values) {
    private static final Set<String> KNOWN =
            Set.of("draft", "adopted", "layers", "pack", "spec", "out", "srid", "rules");

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !KNOWN.contains(a.substring(2))) {
                throw new UsageException("unknown option \"" + a + "\"");
            }
            if (i + 1 >= args.length) {
                throw new UsageException("option " + a + " needs a value");
            }
            values.put(a.substring(2), args[++i]);
        }
        return new Options(values);
    }

    Path path(String name) {
        String v = values.get(name);
        return v == null ? null : Path.of(v);
    }

    Path required(String name) {
        Path p = path(name);
        if (p == null) {
            throw new UsageException("--" + name + " is required");
        }
        return p;
    }

    /** --draft a.geojson,b.geojson: a plan given as one or more files (comma-separated); empty when optional and absent. */
    java.util.List<Path> paths(String name, boolean required) {
        String v = values.get(name);
        if (v == null) {
            if (required) {
                throw new UsageException("--" + name + " is required");
            }
            return java.util.List.of();
        }
        return java.util.Arrays.stream(v.split(","))
                .map(String::trim)
                .filter(x -> !x.isEmpty())
                .map(Path::of)
                .toList();
    }

    /** --rules R3,R4a: the rule ids to run; empty means all. */
    java.util.List<String> rules() {
        String v = values.get("rules");
        return v == null
                ? java.util.List.of()
                : java.util.Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }

    int srid(int fallback) {
        String v = values.get("srid");
        try {
            return v == null ? fallback : Integer.parseInt(v.replaceFirst("(?i)^EPSG:", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--srid must be an EPSG code such as 25833, found \"" + v + "\"");
        }
    }
}
