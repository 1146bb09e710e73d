package no.planvakt.report;

import java.util.Locale;

/** Draws a {@link MapFigure} as inline SVG for the HTML report, with its scale bar and legend. */
final class SvgMap {
    private SvgMap() {}

    static String render(MapFigure map) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<figure class=map><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                        + "role=\"img\" style=\"background:#f7f7f2;border:1px solid #ccc;width:100%%;max-width:%.0fpx\">%n",
                MapFigure.WIDTH,
                MapFigure.HEIGHT,
                MapFigure.WIDTH));
        for (MapFigure.Shape shape : map.shapes()) {
            MapFigure.Style st = shape.style();
            StringBuilder d = new StringBuilder();
            for (MapFigure.Path p : shape.paths()) {
                double[] xy = p.xy();
                for (int i = 0; i < xy.length; i += 2) {
                    d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", xy[i], xy[i + 1]));
                }
                if (p.closed()) {
                    d.append("Z ");
                }
            }
            s.append(String.format(
                    Locale.ROOT,
                    "<path d=\"%s\" fill=\"%s\" fill-opacity=\"%.2f\" fill-rule=\"evenodd\" stroke=\"%s\""
                            + " stroke-width=\"%.1f\"%s><title>%s</title></path>%n",
                    d,
                    st.fill(),
                    st.fillOpacity(),
                    st.stroke(),
                    st.strokeWidth(),
                    st.dashed() ? " stroke-dasharray=\"6 3\"" : "",
                    HtmlReport.escape(shape.title())));
        }
        for (MapFigure.Label l : map.labels()) {
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\""
                            + " stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n",
                    l.x(),
                    l.y(),
                    HtmlReport.escape(l.text())));
        }
        double y = MapFigure.HEIGHT - 12;
        s.append(String.format(
                Locale.ROOT,
                "<rect x=\"6\" y=\"%.1f\" width=\"%.1f\" height=\"22\" fill=\"white\" fill-opacity=\"0.8\"/>"
                        + "<line x1=\"10\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\" stroke-width=\"3\"/>"
                        + "<text x=\"10\" y=\"%.1f\" font-size=\"12\">%s</text>%n",
                y - 16,
                map.scaleBarLength() + 50,
                y,
                10 + map.scaleBarLength(),
                y,
                y - 5,
                map.scaleBarText()));
        s.append("</svg><figcaption class=legend>");
        for (MapFigure.LegendEntry e : map.legend()) {
            MapFigure.Style st = e.style();
            s.append(String.format(
                    Locale.ROOT,
                    "<span><svg width=\"18\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"16\""
                            + " height=\"10\" fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"%s\"%s/></svg> %s</span> ",
                    st.fill(),
                    st.fillOpacity(),
                    st.stroke(),
                    st.dashed() ? " stroke-dasharray=\"4 2\"" : "",
                    HtmlReport.escape(e.text())));
        }
        for (String note : map.notes()) {
            s.append("<br>").append(HtmlReport.escape(note));
        }
        s.append("</figcaption></figure>");
        return s.toString();
    }
}
