package no.planvakt.layers.style;

/**
 * SLD for a layer of mixed geometry (reference data) as GeoServer serves it: one feature type
 * holding points, lines and polygons. {@link SldWriter}'s polygon symbolizers would draw no points
 * there, so each style rule becomes three rules chosen by {@code dimension(geom)} (0 point, 1 line,
 * 2 polygon; GeoServer's filter function) with a point, line or polygon symbolizer. MapServer does
 * not evaluate that function; it splits such layers by geometry type in the mapfile instead.
 */
public final class MixedGeometrySld {
    private MixedGeometrySld() {}

    public static String write(String layerName, String geometryColumn, LayerStyle style) {
        StringBuilder b = new StringBuilder(4096);
        SldWriter.open(b, layerName, style);
        for (StyleRule rule : style.rules()) {
            // A classified style would need its property filter and ElseFilter combined with the
            // dimension filter; no mixed-geometry layer has one, so it is refused rather than guessed.
            if (rule.property() != null) {
                throw new IllegalArgumentException(
                        "style " + style.name() + ": mixed-geometry layers take unclassified styles");
            }
            polygons(b, rule, geometryColumn);
            lines(b, rule, geometryColumn);
            points(b, rule, geometryColumn);
        }
        SldWriter.close(b);
        return b.toString();
    }

    private static void polygons(StringBuilder b, StyleRule rule, String geometryColumn) {
        start(b, rule, "polygons", geometryColumn, 2);
        b.append("     <PolygonSymbolizer>\n");
        if (rule.fill() != null) {
            b.append("      <Fill>\n")
                    .append(SldWriter.css("fill", rule.fill().hex()))
                    .append(SldWriter.css("fill-opacity", SldWriter.number(rule.fillOpacity())))
                    .append("      </Fill>\n");
        }
        stroke(b, rule, rule.strokeWidth());
        b.append("     </PolygonSymbolizer>\n    </Rule>\n");
    }

    private static void lines(StringBuilder b, StyleRule rule, String geometryColumn) {
        start(b, rule, "lines", geometryColumn, 1);
        b.append("     <LineSymbolizer>\n");
        stroke(b, rule, Math.max(GeometrySymbols.LINE_WIDTH, rule.strokeWidth()));
        b.append("     </LineSymbolizer>\n    </Rule>\n");
    }

    // An opaque marker, as in the mapfile: at the polygons' fill opacity it would vanish.
    private static void points(StringBuilder b, StyleRule rule, String geometryColumn) {
        start(b, rule, "points", geometryColumn, 0);
        b.append(
                "     <PointSymbolizer>\n      <Graphic>\n       <Mark>\n        <WellKnownName>circle</WellKnownName>\n");
        if (rule.fill() != null) {
            b.append("        <Fill>\n")
                    .append(SldWriter.css("fill", rule.fill().hex()))
                    .append("        </Fill>\n");
        }
        stroke(b, rule, rule.strokeWidth());
        b.append("       </Mark>\n       <Size>")
                .append(GeometrySymbols.POINT_SIZE)
                .append("</Size>\n      </Graphic>\n")
                .append("     </PointSymbolizer>\n    </Rule>\n");
    }

    private static void start(StringBuilder b, StyleRule rule, String part, String geometryColumn, int dimension) {
        b.append("    <Rule>\n     <Name>")
                .append(Xml.escape(rule.name() + "_" + part))
                .append("</Name>\n")
                .append("     <Title>")
                .append(Xml.escape(rule.title()))
                .append("</Title>\n")
                .append("     <ogc:Filter><ogc:PropertyIsEqualTo><ogc:Function name=\"dimension\"><ogc:PropertyName>")
                .append(Xml.escape(geometryColumn))
                .append("</ogc:PropertyName></ogc:Function><ogc:Literal>")
                .append(dimension)
                .append("</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>\n");
    }

    private static void stroke(StringBuilder b, StyleRule rule, double width) {
        b.append("      <Stroke>\n")
                .append(SldWriter.css("stroke", rule.stroke().hex()))
                .append(SldWriter.css("stroke-width", SldWriter.number(width)))
                .append("      </Stroke>\n");
    }
}
