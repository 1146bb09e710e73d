package no.planvakt.layers.mapserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import no.planvakt.layers.catalogue.LayerCatalogue;
import no.planvakt.layers.catalogue.LayerDefinition;
import no.planvakt.layers.style.SldWriter;
import no.planvakt.layers.style.StyleCatalogue;
import no.planvakt.layers.style.Xml;

/**
 * Writes everything MapServer needs into one directory: the mapfile, GetFeatureInfo HTML
 * templates, the fontset, and the SLD files (served next to it so SLD=url requests can use them).
 */
public final class MapServerFiles {
    public static final String MAPFILE = "planvakt.map";
    static final String FONTSET = "fonts.list";
    static final String HEADER = "info_header.html";
    static final String FOOTER = "info_footer.html";
    /** MapServer refuses templates that do not start with this line. */
    private static final String MAGIC = "<!-- MapServer Template -->\n";

    private MapServerFiles() {}

    static String template(LayerDefinition layer) {
        return "info_" + layer.name() + ".html";
    }

    public static Path writeAll(LayerCatalogue catalogue, StyleCatalogue styles, MapfileSettings settings)
            throws IOException {
        Path dir = settings.directory();
        Files.createDirectories(dir.resolve("tmp"));
        Files.createDirectories(dir.resolve("sld"));
        write(dir.resolve(FONTSET), "sans " + settings.fontFile() + "\n");
        write(
                dir.resolve(HEADER),
                MAGIC + "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>Planvakt</title></head><body>\n");
        write(dir.resolve(FOOTER), MAGIC + "</body></html>\n");
        for (LayerDefinition layer : catalogue.layers()) {
            for (LayerDefinition part : layer.parts()) {
                write(dir.resolve(template(part)), infoTemplate(part));
            }
            write(
                    dir.resolve("sld").resolve(layer.name() + ".sld"),
                    SldWriter.write(layer.name(), styles.require(layer.style())));
        }
        Path mapfile = dir.resolve(MAPFILE);
        write(mapfile, new MapfileWriter(catalogue, styles, settings).write());
        return mapfile;
    }

    // One table per feature; MapServer replaces [column] with the (HTML-escaped) value.
    private static String infoTemplate(LayerDefinition layer) {
        StringBuilder b = new StringBuilder(MAGIC);
        b.append("<table class=\"planvakt-")
                .append(layer.name())
                .append("\" data-layer=\"")
                .append(layer.name())
                .append("\">\n")
                .append("<caption>")
                .append(Xml.escape(layer.title()))
                .append("</caption>\n");
        for (String column : layer.info()) {
            b.append("<tr><th>")
                    .append(column)
                    .append("</th><td class=\"")
                    .append(column)
                    .append("\">[item name=\"")
                    .append(column)
                    .append("\" escape=\"html\"]</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    // The mapfile is rewritten while MapServer serves it (it reads the file on every request, and
    // reference layers are added after loads), so a request must see the old file or the new one,
    // never a half-written one: write beside it, then rename over it.
    private static void write(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
