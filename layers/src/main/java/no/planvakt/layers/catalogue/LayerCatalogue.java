package no.planvakt.layers.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.planvakt.yaml.Yaml;

/** The layers Planvakt publishes, read from {@code layers.yaml}; both WMS servers are generated from it. */
public record LayerCatalogue(
        String name,
        String title,
        String abstractText,
        List<String> crs,
        double[] extent,
        List<QueryParameter> parameters,
        List<LayerDefinition> layers) {

    /** The generic reference layer, the model for one layer per reference data set. */
    public static final String REFERENCE_LAYER = "reference";

    private static final Pattern TOKEN = Pattern.compile("%([a-z][a-z0-9_]*)%");

    public LayerCatalogue {
        crs = List.copyOf(crs);
        parameters = List.copyOf(parameters);
        layers = List.copyOf(layers);
        if (extent == null || extent.length != 4) {
            throw new IllegalArgumentException("extent must be minx miny maxx maxy");
        }
        validate(parameters, layers);
    }

    /** The catalogue shipped with Planvakt. */
    public static LayerCatalogue standard() {
        try (InputStream in = LayerCatalogue.class.getResourceAsStream("layers.yaml")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LayerCatalogue read(InputStream in) throws IOException {
        return Yaml.read(in.readAllBytes(), Document.class).toCatalogue();
    }

    /** This catalogue followed by {@code extra} layers (e.g. one per loaded reference data set). */
    public LayerCatalogue withLayers(List<LayerDefinition> extra) {
        List<LayerDefinition> all = new ArrayList<>(layers);
        all.addAll(extra);
        return new LayerCatalogue(name, title, abstractText, crs, extent, parameters, all);
    }

    /** This catalogue plus one layer per reference data set, modelled on its {@code reference} layer. */
    public LayerCatalogue withReferenceLayers(List<ReferenceLayer> references) {
        LayerDefinition generic = layer(REFERENCE_LAYER)
                .orElseThrow(() -> new IllegalStateException("catalogue has no " + REFERENCE_LAYER + " layer"));
        return withLayers(references.stream().map(r -> r.layer(generic)).toList());
    }

    public Optional<LayerDefinition> layer(String layerName) {
        return layers.stream().filter(l -> l.name().equals(layerName)).findFirst();
    }

    public QueryParameter parameter(String parameterName) {
        return parameters.stream()
                .filter(p -> p.name().equals(parameterName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter " + parameterName));
    }

    public List<QueryParameter> parametersOf(LayerDefinition layer) {
        return layer.parameters().stream().map(this::parameter).toList();
    }

    /** EPSG code of the data (the first CRS in the list), e.g. 25833. */
    public int nativeSrid() {
        return Integer.parseInt(crs.get(0).substring("EPSG:".length()));
    }

    // Every %token% in a layer's SQL must be a declared parameter of that layer, otherwise a server
    // would pass the raw token (MapServer) or refuse the layer (GeoServer).
    private static void validate(List<QueryParameter> parameters, List<LayerDefinition> layers) {
        Set<String> declared = new HashSet<>();
        parameters.forEach(p -> declared.add(p.name()));
        Set<String> names = new HashSet<>();
        for (LayerDefinition layer : layers) {
            // Sub-layer names count too: reference layers "a" and "a_points" would both give ref_a_points.
            List<LayerDefinition> named = layer.isGroup()
                    ? Stream.concat(Stream.of(layer), layer.parts().stream()).toList()
                    : List.of(layer);
            for (LayerDefinition n : named) {
                if (!names.add(n.name())) {
                    throw new IllegalArgumentException("duplicate layer " + n.name());
                }
            }
            Set<String> used = new HashSet<>();
            Matcher m = TOKEN.matcher(layer.sql());
            while (m.find()) {
                used.add(m.group(1));
            }
            if (!used.equals(new HashSet<>(layer.parameters())) || !declared.containsAll(used)) {
                throw new IllegalArgumentException("layer " + layer.name() + ": SQL tokens " + used
                        + " do not match its declared parameters " + layer.parameters());
            }
        }
    }

    /** YAML shape of layers.yaml. */
    record Document(
            String name,
            String title,
            @JsonProperty("abstract") String abstractText,
            List<String> crs,
            double[] extent,
            List<ParameterEntry> parameters,
            List<LayerEntry> layers) {
        LayerCatalogue toCatalogue() {
            return new LayerCatalogue(
                    name,
                    title,
                    abstractText,
                    crs,
                    extent,
                    parameters.stream()
                            .map(p -> new QueryParameter(p.name, p.description, p.defaultValue, p.pattern))
                            .toList(),
                    layers.stream().map(LayerEntry::toLayer).toList());
        }
    }

    record ParameterEntry(
            String name,
            String description,
            @JsonProperty("default") String defaultValue,
            String pattern) {}

    record LayerEntry(
            String name,
            String title,
            @JsonProperty("abstract") String abstractText,
            String view,
            String sql,
            List<String> parameters,
            GeometryKind geometry,
            String style,
            String label,
            List<String> info,
            OverviewEntry overview) {
        LayerDefinition toLayer() {
            return new LayerDefinition(
                    name,
                    title,
                    abstractText,
                    view,
                    sql,
                    parameters,
                    geometry,
                    style,
                    label,
                    info,
                    overview == null ? null : new Overview(overview.minScale, overview.groupBy));
        }
    }

    record OverviewEntry(
            @JsonProperty("min_scale") double minScale,
            @JsonProperty("group_by") List<String> groupBy) {}
}
