package no.planvakt.report;

import java.util.List;
import java.util.Locale;
import no.planvakt.rule.FindingText;

/**
 * A horizontal stacked bar chart as inline SVG: one bar per label (a group, a municipality, a
 * plan version), one coloured segment per series (a land-cover class), with a scale and a legend.
 * Drawn by hand so that the report stays one self-contained page with no script.
 */
public final class StackedBarSvg {
    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 230;
    static final int BAR = 20;
    static final int GAP = 8;
    static final int TOP = 30;

    /** A series: its name in the legend and its colour ("#2e7d32"). */
    public record Series(String name, String colour) {}

    private StackedBarSvg() {}

    public static String render(BarChart c) {
        return render(c.title(), c.unit(), c.bars(), c.series(), c.values());
    }

    /** The longest bar (negative values count as 0). */
    static double max(double[][] values) {
        double max = 0;
        for (double[] row : values) {
            double sum = 0;
            for (double v : row) {
                sum += Math.max(0, v);
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    /** The end of the scale: the longest bar rounded up to a whole {@link #niceStep}. */
    static double top(double max) {
        double step = niceStep(max);
        return max == 0 ? 1 : Math.ceil(max / step) * step;
    }

    /** The chart's height: title, bars, scale and a legend of four series per row. */
    static int height(int bars, int series) {
        return TOP + bars * (BAR + GAP) + 30 + (series + 3) / 4 * 18 + 10;
    }

    /**
     * @param values values[bar][series] in {@code unit}; negative values are drawn as 0
     */
    public static String render(String title, String unit, List<String> bars, List<Series> series, double[][] values) {
        double max = max(values);
        double step = niceStep(max);
        double top = top(max);
        int plot = WIDTH - LABEL_WIDTH - 20;
        int barsHeight = bars.size() * (BAR + GAP);
        int height = height(bars.size(), series.size());
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=chart width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"12\">",
                WIDTH,
                height,
                WIDTH,
                height,
                HtmlReport.escape(title)));
        s.append("<title>").append(HtmlReport.escape(title)).append("</title>");
        s.append("<text x=\"0\" y=\"16\" font-weight=\"bold\">")
                .append(HtmlReport.escape(title))
                .append("</text>");
        // Scale: vertical grid lines with their value.
        for (double v = 0; v <= top + step / 2; v += step) {
            double x = LABEL_WIDTH + plot * v / top;
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>",
                    x,
                    TOP - 4,
                    x,
                    TOP + barsHeight));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>",
                    x,
                    TOP + barsHeight + 14,
                    HtmlReport.escape(number(v))));
        }
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#555\">%s</text>",
                WIDTH - 2,
                TOP + barsHeight + 26,
                HtmlReport.escape(unit)));
        for (int b = 0; b < bars.size(); b++) {
            int y = TOP + b * (BAR + GAP);
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 6,
                    y + BAR - 5,
                    HtmlReport.escape(shorten(bars.get(b)))));
            double x = LABEL_WIDTH;
            double total = 0;
            for (int k = 0; k < series.size(); k++) {
                double v = Math.max(0, values[b][k]);
                total += v;
                double w = plot * v / top;
                if (w <= 0) {
                    continue;
                }
                s.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\" stroke=\"#fff\" "
                                + "stroke-width=\"0.5\"><title>%s – %s: %s %s</title></rect>",
                        x,
                        y,
                        w,
                        BAR,
                        series.get(k).colour(),
                        HtmlReport.escape(bars.get(b)),
                        HtmlReport.escape(series.get(k).name()),
                        HtmlReport.escape(number(v)),
                        HtmlReport.escape(unit)));
                x += w;
            }
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" fill=\"#333\">%s</text>",
                    Math.min(x + 4, WIDTH - 60.0),
                    y + BAR - 5,
                    HtmlReport.escape(number(total))));
        }
        int ly = TOP + barsHeight + 40;
        for (int k = 0; k < series.size(); k++) {
            int lx = (k % 4) * (WIDTH / 4);
            int yy = ly + (k / 4) * 18;
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\" stroke=\"#999\" stroke-width=\"0.5\"/>"
                            + "<text x=\"%d\" y=\"%d\">%s</text>",
                    lx,
                    yy - 10,
                    series.get(k).colour(),
                    lx + 16,
                    yy,
                    HtmlReport.escape(shorten(series.get(k).name()))));
        }
        s.append("</svg>");
        return s.toString();
    }

    /** 1, 2 or 5 times a power of ten, giving about five grid lines. */
    static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / pow;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * pow;
    }

    static String number(double v) {
        return FindingText.daa(v * 1000);
    }

    static String shorten(String s) {
        return s.length() <= 34 ? s : s.substring(0, 33) + "…";
    }
}
