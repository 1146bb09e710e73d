package no.planvakt.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import no.planvakt.InputException;
import no.planvakt.format.gml.PlanGmlReader;
import no.planvakt.format.sosi.SosiFeatureReader;

/**
 * Reads any supported feature file by its extension. One place to add a format: every reader
 * returns {@link SourceFile}s, and plan and reference imports build on those.
 */
public final class FeatureFiles {

    /** A format: reads a file, keeping the layers {@code wanted} accepts (single-layer formats ignore it). */
    @FunctionalInterface
    public interface Format {
        List<SourceFile> read(Path file, Predicate<String> wanted) throws IOException;
    }

    /** The readers by extension, fixed here (no public registry): a new format is one line below. */
    private static final Map<String, Format> FORMATS = formats();

    private static Map<String, Format> formats() {
        Map<String, Format> formats = new LinkedHashMap<>();
        Format geojson = (file, wanted) -> {
            try (InputStream in = Files.newInputStream(file)) {
                return List.of(
                        new GeoJsonFeatureReader().read(file.getFileName().toString(), in));
            }
        };
        formats.put("geojson", geojson);
        formats.put("json", geojson);
        formats.put("gpkg", (file, wanted) -> new GeoPackageFeatureReader().read(file.toFile(), wanted));
        // SOSI and Plan GML: one file, many object types; a feature's layer is its object type, which {@code wanted}
        // filters.
        formats.put("sos", (file, wanted) -> List.of(byLayer(new SosiFeatureReader().read(file), wanted)));
        formats.put("gml", (file, wanted) -> List.of(byLayer(new PlanGmlReader().read(file), wanted)));
        return Collections.unmodifiableMap(formats);
    }

    private FeatureFiles() {}

    private static SourceFile byLayer(SourceFile f, Predicate<String> wanted) {
        return new SourceFile(
                f.name(),
                f.srid(),
                f.features().stream()
                        .filter(x -> x.layer() == null || wanted.test(x.layer()))
                        .toList(),
                f.warnings());
    }

    public static List<String> extensions() {
        return List.copyOf(FORMATS.keySet());
    }

    /**
     * Reads {@code file} as {@link #read(Path, Predicate)} does, but every message and file name says
     * {@code displayName} (an upload's own name) instead of the temporary file's.
     */
    public static List<SourceFile> read(Path file, String displayName, Predicate<String> wanted) {
        String own = file.getFileName().toString();
        try {
            List<SourceFile> files = read(file, wanted);
            return own.equals(displayName)
                    ? files
                    : files.stream()
                            .map(f -> new SourceFile(
                                    f.name().replace(own, displayName), f.srid(), f.features(), f.warnings()))
                            .toList();
        } catch (InputException e) {
            throw rename(e, own, displayName);
        }
    }

    /** The exception with the temporary file's name replaced by the upload's. */
    public static InputException rename(InputException e, String own, String displayName) {
        return own.equals(displayName)
                        || e.getMessage() == null
                        || !e.getMessage().contains(own)
                ? e
                : new InputException(e.getMessage().replace(own, displayName), e);
    }

    public static List<SourceFile> read(Path file, Predicate<String> wanted) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(name + ": file not found");
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Format format = FORMATS.get(ext);
        if (format == null) {
            throw new InputException(name + ": unsupported file type \"." + ext + "\" (supported: "
                    + String.join(", ", FORMATS.keySet()) + ")");
        }
        try {
            return format.read(file, wanted);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
