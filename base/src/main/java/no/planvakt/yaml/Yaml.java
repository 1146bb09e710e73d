package no.planvakt.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The one YAML reader for Planvakt's config files (rule packs and their specs, layers files, the
 * layer and style catalogues), configured once: an unknown field is an error (a misspelt field must
 * not be silently ignored), so is a missing number, and dates read as {@code java.time}. Errors are
 * described the same way everywhere: "field rules[2].plan.filter (line 14): what is wrong".
 */
public final class Yaml {
    private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Yaml() {}

    /** A YAML document that is not valid YAML, or does not fit the type; the message names field and line. */
    public static final class YamlException extends RuntimeException {
        private final transient JsonMappingException mapping;

        YamlException(String message, IOException cause) {
            super(message, cause);
            this.mapping = cause instanceof JsonMappingException m ? m : null;
        }

        /** The path of the field at fault ("rules[2].plan"), or null when the YAML itself is broken. */
        public JsonMappingException mapping() {
            return mapping;
        }
    }

    /** Reads {@code yaml} as {@code type}. */
    public static <T> T read(byte[] yaml, Class<T> type) {
        try {
            return MAPPER.readValue(yaml, type);
        } catch (IOException e) {
            throw new YamlException(describe(e, yaml), e);
        }
    }

    /** Reads {@code yaml} as a tree (to look up, say, the id of the rule an error lies in). */
    public static JsonNode tree(byte[] yaml) {
        try {
            return MAPPER.readTree(yaml);
        } catch (IOException e) {
            throw new YamlException(describe(e), e);
        }
    }

    /** "field a.b[2].c (line 7): message" for a mapping error, "not valid YAML (line 3): …" otherwise. */
    public static String describe(IOException e) {
        return describe(e, null);
    }

    private static String describe(IOException e, byte[] yaml) {
        if (e instanceof JsonMappingException m) {
            String path = m.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String msg = m.getOriginalMessage().lines().findFirst().orElse("");
            if (m instanceof UnrecognizedPropertyException u) {
                msg = "unknown field \"" + u.getPropertyName() + "\"";
            }
            int keyLine = yaml == null ? -1 : lineOfKey(yaml, m);
            return "field " + (path.isEmpty() ? "(top)" : path) + (keyLine > 0 ? " (line " + keyLine + ")" : line(m))
                    + ": " + msg;
        }
        String msg = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        return "not valid YAML" + (e instanceof JacksonException j ? line(j) : "") + ": "
                + String.valueOf(msg).lines().findFirst().orElse("");
    }

    /**
     * The line of the key the error's path ends in. Jackson locates some errors where it noticed
     * them (for records, after the whole object was read), so the key is looked up again.
     */
    private static int lineOfKey(byte[] yaml, JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return -1;
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/')
                    .append(ref.getFieldName() != null ? escape(ref.getFieldName()) : String.valueOf(ref.getIndex()));
        }
        String wanted = pointer.toString();
        try (JsonParser p = MAPPER.getFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME
                        && p.getParsingContext().pathAsPointer().toString().equals(wanted)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // The document does not parse this far: fall back to Jackson's own location.
        }
        return -1;
    }

    /** A JSON Pointer segment (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String line(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
    }
}
