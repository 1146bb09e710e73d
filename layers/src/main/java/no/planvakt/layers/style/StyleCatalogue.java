package no.planvakt.layers.style;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.planvakt.codes.PlanCodes;
import no.planvakt.yaml.Yaml;

/** The styles of the layer catalogue, built from {@code styles.yaml}. */
public final class StyleCatalogue {
    private final Map<String, LayerStyle> styles = new TreeMap<>();

    private StyleCatalogue(List<LayerStyle> styles) {
        styles.forEach(s -> this.styles.put(s.name(), s));
    }

    public static StyleCatalogue standard() {
        try (InputStream in = StyleCatalogue.class.getResourceAsStream("styles.yaml")) {
            Document doc = Yaml.read(in.readAllBytes(), Document.class);
            return new StyleCatalogue(List.of(
                    doc.landuse.toStyle(),
                    doc.zones.toStyle(),
                    doc.reference.toStyle(),
                    doc.findings.toStyle(),
                    doc.energyGaps.toStyle(),
                    doc.energySites.toStyle(),
                    doc.energyProposed.toStyle(),
                    doc.reserve.toStyle(),
                    doc.transport.toStyle()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<LayerStyle> style(String name) {
        return Optional.ofNullable(styles.get(name));
    }

    public LayerStyle require(String name) {
        return style(name).orElseThrow(() -> new IllegalArgumentException("no style " + name));
    }

    public List<LayerStyle> all() {
        return List.copyOf(styles.values());
    }

    record Document(
            LandUse landuse,
            Classified zones,
            Single reference,
            Classified findings,
            @JsonProperty("energy_gaps") Classified energyGaps,
            @JsonProperty("energy_sites") Classified energySites,
            @JsonProperty("energy_proposed") Single energyProposed,
            Classified reserve,
            Classified transport) {}

    record HatchEntry(int angle, int spacing, double width) {}

    /** Land use: one rule per arealformål and status (nåværende / framtidig) plus a catch-all. */
    record LandUse(
            String name,
            String title,
            String property,
            @JsonProperty("future_tint") double futureTint,
            @JsonProperty("future_hatch") HatchEntry futureHatch,
            @JsonProperty("fill_opacity") double fillOpacity,
            @JsonProperty("detail_max_scale") Double detailMaxScale,
            Map<Integer, String> colours,
            String other) {
        LayerStyle toStyle() {
            List<StyleRule> rules = new ArrayList<>();
            new TreeMap<>(colours).forEach((code, hex) -> {
                Rgb c = Rgb.parse(hex);
                String purpose = PlanCodes.name("arealformål", code).orElse("Arealformål " + code);
                rules.add(new StyleRule(
                        code + "_n",
                        code + " " + purpose + ", nåværende",
                        property,
                        code + "_n",
                        c,
                        fillOpacity,
                        c.shade(0.35),
                        0.5,
                        null));
                rules.add(new StyleRule(
                        code + "_f",
                        code + " " + purpose + ", framtidig",
                        property,
                        code + "_f",
                        c.tint(futureTint),
                        fillOpacity,
                        c.shade(0.35),
                        0.5,
                        new Hatch(c.shade(0.2), futureHatch.angle, futureHatch.spacing, futureHatch.width)));
            });
            Rgb o = Rgb.parse(other);
            rules.add(new StyleRule(
                    "other", "Annet arealformål", property, null, o, fillOpacity, o.shade(0.35), 0.5, null));
            return new LayerStyle(name, title, rules, null, detailMaxScale, null);
        }
    }

    record ClassEntry(String value, String title, String colour, Integer angle) {}

    /**
     * Classes by one property. With an angle the class is hatched (hensynssoner: outline and
     * hatch only, so the land use below stays visible); without, it is filled.
     */
    record Classified(
            String name,
            String title,
            String property,
            String label,
            @JsonProperty("fill_opacity") Double fillOpacity,
            @JsonProperty("label_max_scale") Double labelMaxScale,
            String other,
            List<ClassEntry> rules) {
        LayerStyle toStyle() {
            List<StyleRule> out = new ArrayList<>();
            for (ClassEntry e : rules) {
                Rgb c = Rgb.parse(e.colour);
                if (e.angle != null) {
                    out.add(new StyleRule(
                            e.value, e.title, property, e.value, null, 0, c, 1.5, new Hatch(c, e.angle, 8, 1)));
                } else {
                    out.add(new StyleRule(
                            e.value, e.title, property, e.value, c, fillOpacity, c.shade(0.3), 1.5, null));
                }
            }
            if (other != null) {
                // Last, so that it takes only what no class above took.
                Rgb o = Rgb.parse(other);
                out.add(new StyleRule(
                        "other", "Annen klasse", property, null, o, fillOpacity, o.shade(0.3), 1.5, null));
            }
            return new LayerStyle(name, title, out, label, null, labelMaxScale);
        }
    }

    record Single(
            String name,
            String title,
            String fill,
            @JsonProperty("fill_opacity") double fillOpacity,
            String stroke) {
        LayerStyle toStyle() {
            return new LayerStyle(
                    name,
                    title,
                    List.of(new StyleRule(
                            name, title, null, null, Rgb.parse(fill), fillOpacity, Rgb.parse(stroke), 1, null)),
                    null,
                    null,
                    null);
        }
    }
}
