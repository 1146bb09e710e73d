package no.planvakt.layers.style;

import java.util.Locale;

/**
 * Writes a {@link LayerStyle} as an SLD 1.0.0 document, the version GeoServer reads as its
 * default and MapServer applies through SLD / SLD_BODY. The NamedLayer carries the WMS layer name,
 * because MapServer matches SLD layers to mapfile layers by that name.
 */
public final class SldWriter {
    private SldWriter() {}

    public static String write(String layerName, LayerStyle style) {
        StringBuilder b = new StringBuilder(4096);
        open(b, layerName, style);
        boolean splitDetail = style.detailMaxScale() != null;
        // Labels stay in the fill rule: MapServer's SLD reader mishandles text-only rules. The
        // mapfile limits labels by scale (LABELMAXSCALEDENOM); GeoServer resolves label conflicts itself.
        for (StyleRule rule : style.rules()) {
            rule(b, rule, null, true, !splitDetail, style.labelProperty());
        }
        if (splitDetail) {
            // Scale-limited outlines and hatches in a second feature type style, drawn on top of
            // every fill (MapServer, taking the first matching rule, draws only the fills).
            b.append("   </FeatureTypeStyle>\n   <FeatureTypeStyle>\n");
            for (StyleRule rule : style.rules()) {
                rule(b, rule, style.detailMaxScale(), false, true, null);
            }
        }
        close(b);
        return b.toString();
    }

    /** The document up to and including the first FeatureTypeStyle's start tag. */
    static void open(StringBuilder b, String layerName, LayerStyle style) {
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"")
                .append(" xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(
                        " xsi:schemaLocation=\"http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd\">\n")
                .append(" <NamedLayer>\n  <Name>")
                .append(Xml.escape(layerName))
                .append("</Name>\n")
                .append("  <UserStyle>\n   <Name>")
                .append(Xml.escape(style.name()))
                .append("</Name>\n")
                .append("   <Title>")
                .append(Xml.escape(style.title()))
                .append("</Title>\n")
                .append("   <IsDefault>1</IsDefault>\n")
                .append("   <FeatureTypeStyle>\n");
    }

    /** Ends what {@link #open} began. */
    static void close(StringBuilder b) {
        b.append("   </FeatureTypeStyle>\n  </UserStyle>\n </NamedLayer>\n</StyledLayerDescriptor>\n");
    }

    /**
     * One SLD rule for the class: its fill, its outline and hatch ("detail") and its label can go
     * to separate rules with the same filter, so each part can have its own scale limit.
     */
    private static void rule(
            StringBuilder b, StyleRule rule, Double maxScale, boolean fill, boolean detail, String label) {
        b.append("    <Rule>\n     <Name>")
                .append(Xml.escape(rule.name()))
                .append(fill ? "" : "_detail")
                .append("</Name>\n")
                .append("     <Title>")
                .append(Xml.escape(rule.title()))
                .append("</Title>\n");
        if (rule.property() != null && rule.value() != null) {
            b.append("     <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>")
                    .append(Xml.escape(rule.property()))
                    .append("</ogc:PropertyName><ogc:Literal>")
                    .append(Xml.escape(rule.value()))
                    .append("</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>\n");
        } else if (rule.property() != null) {
            // Catch-all of a classified style: only features no other rule took.
            b.append("     <ElseFilter/>\n");
        }
        if (maxScale != null) {
            b.append("     <MaxScaleDenominator>").append(number(maxScale)).append("</MaxScaleDenominator>\n");
        }
        if (fill || detail) {
            b.append("     <PolygonSymbolizer>\n");
            if (fill && rule.fill() != null) {
                b.append("      <Fill>\n")
                        .append(css("fill", rule.fill().hex()))
                        .append(css("fill-opacity", number(rule.fillOpacity())))
                        .append("      </Fill>\n");
            }
            if (detail) {
                b.append("      <Stroke>\n")
                        .append(css("stroke", rule.stroke().hex()))
                        .append(css("stroke-width", number(rule.strokeWidth())))
                        .append("      </Stroke>\n");
            }
            b.append("     </PolygonSymbolizer>\n");
        }
        if (detail && rule.hatch() != null) {
            Hatch h = rule.hatch();
            b.append("     <PolygonSymbolizer>\n      <Fill>\n       <GraphicFill>\n        <Graphic>\n")
                    .append("         <Mark>\n          <WellKnownName>")
                    .append(h.wellKnownName())
                    .append("</WellKnownName>\n")
                    .append("          <Stroke>\n")
                    .append(css("stroke", h.colour().hex()))
                    .append(css("stroke-width", number(h.width())))
                    .append("          </Stroke>\n")
                    .append("         </Mark>\n         <Size>")
                    .append(h.spacing())
                    .append("</Size>\n")
                    .append("        </Graphic>\n       </GraphicFill>\n      </Fill>\n     </PolygonSymbolizer>\n");
        }
        if (label != null) {
            b.append("     <TextSymbolizer>\n      <Label><ogc:PropertyName>")
                    .append(Xml.escape(label))
                    .append("</ogc:PropertyName></Label>\n")
                    .append("      <Font>\n")
                    .append(css("font-family", "DejaVu Sans"))
                    .append(css("font-size", "10"))
                    .append("      </Font>\n")
                    .append("      <Halo><Radius>1.5</Radius><Fill>")
                    .append(css("fill", "#FFFFFF"))
                    .append("</Fill></Halo>\n")
                    .append("      <Fill>")
                    .append(css("fill", "#000000"))
                    .append("</Fill>\n")
                    .append("     </TextSymbolizer>\n");
        }
        b.append("    </Rule>\n");
    }

    static String css(String name, String value) {
        return "       <CssParameter name=\"" + name + "\">" + Xml.escape(value) + "</CssParameter>\n";
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
