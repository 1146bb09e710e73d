package no.planvakt.report;

import java.util.List;

/**
 * A horizontal stacked bar chart as data: one bar per label (a group, a municipality, a plan
 * version), one segment per series (a land-cover class). {@link StackedBarSvg} draws it in the HTML
 * report and {@link StackedBarPdf} in the PDF, with the same layout, so both show the same chart.
 *
 * @param values values[bar][series] in {@code unit}; negative values are drawn as 0
 */
public record BarChart(
        String title, String unit, List<String> bars, List<StackedBarSvg.Series> series, double[][] values) {
    public BarChart {
        bars = List.copyOf(bars);
        series = List.copyOf(series);
        if (values.length != bars.size()) {
            throw new IllegalArgumentException(
                    "chart " + title + ": " + values.length + " rows of values for " + bars.size() + " bars");
        }
    }
}
