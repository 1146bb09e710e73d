package no.planvakt.report;

import java.util.ArrayList;
import java.util.List;
import no.planvakt.account.AccountSpec;
import no.planvakt.result.ResultTable;
import no.planvakt.rule.RuleDefinition;

/**
 * The charts of an area account, made from its tables (the same {@link BarChart} drawn in the HTML and the PDF report): the reserve per group and per
 * municipality stacked by land-cover class, and the reserve of the adopted plan beside the
 * draft's. Class colours come from the pack (a grey scale where it gives none).
 */
final class AccountCharts {
    private static final String[] FALLBACK = {
        "#1b5e20", "#558b2f", "#9e9d24", "#f9a825", "#ef6c00", "#6d4c41", "#546e7a", "#8e24aa"
    };
    private static final String UNCLASSIFIED_COLOUR = "#e0e0e0";

    private AccountCharts() {}

    /** The charts of the account tables of {@code rule} (none when the rule keeps no account). */
    static List<BarChart> of(RuleDefinition rule, List<ResultTable> tables) {
        AccountSpec spec = rule.accounts();
        List<BarChart> out = new ArrayList<>();
        if (spec == null) {
            return out;
        }
        for (ResultTable t : tables) {
            if (t.id().equals(rule.id() + "-reserve")) {
                out.add(byRow(
                        spec,
                        t,
                        "Arealreserven per formålsgruppe og arealdekke",
                        0,
                        r -> !r.get(0).equals("Sum")));
            } else if (t.id().equals(rule.id() + "-kommuner")) {
                out.add(byRow(
                        spec,
                        t,
                        "Arealreserven per kommune og arealdekke",
                        2,
                        r -> r.get(0).equals("kommune")));
            } else if (t.id().equals(rule.id() + "-endring")) {
                out.add(beforeAfter(spec, t));
            }
        }
        return out;
    }

    /** One bar per row passing {@code keep}, labelled by column {@code label}, stacked by the class columns the table has. */
    private static BarChart byRow(
            AccountSpec spec, ResultTable t, String title, int label, java.util.function.Predicate<List<Object>> keep) {
        List<StackedBarSvg.Series> series = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int k = 0; k <= spec.classes().size(); k++) {
            String id = k < spec.classes().size() ? spec.classes().get(k).id() : AccountSpec.UNCLASSIFIED;
            int c = index(t, id);
            if (c >= 0) {
                series.add(new StackedBarSvg.Series(t.columns().get(c).label(), colour(spec, k)));
                columns.add(c);
            }
        }
        List<String> bars = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            if (!keep.test(row)) {
                continue;
            }
            bars.add(String.valueOf(row.get(label)));
            double[] v = new double[columns.size()];
            for (int i = 0; i < v.length; i++) {
                Object cell = row.get(columns.get(i));
                v[i] = cell instanceof Number n ? n.doubleValue() : 0;
            }
            values.add(v);
        }
        return new BarChart(title, "daa", bars, series, values.toArray(new double[0][]));
    }

    /** Two bars, the adopted plan's reserve and the draft's, stacked by class (the rows of the change table). */
    private static BarChart beforeAfter(AccountSpec spec, ResultTable t) {
        List<StackedBarSvg.Series> series = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        int adopted = t.column("gjeldende");
        int draft = t.column("forslag");
        for (List<Object> row : t.rows()) {
            if (row.get(0).equals("Sum")) {
                continue;
            }
            series.add(
                    new StackedBarSvg.Series(String.valueOf(row.get(0)), colourOf(spec, String.valueOf(row.get(0)))));
            columns.add(
                    new double[] {((Number) row.get(adopted)).doubleValue(), ((Number) row.get(draft)).doubleValue()});
        }
        double[][] values = new double[2][columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            values[0][k] = columns.get(k)[0];
            values[1][k] = columns.get(k)[1];
        }
        return new BarChart(
                "Arealreserven i gjeldende plan og i forslaget",
                "daa",
                List.of("Gjeldende plan", "Forslaget"),
                series,
                values);
    }

    private static int index(ResultTable t, String name) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String colour(AccountSpec spec, int k) {
        if (k >= spec.classes().size()) {
            return UNCLASSIFIED_COLOUR;
        }
        String c = spec.classes().get(k).colour();
        return c != null ? c : FALLBACK[k % FALLBACK.length];
    }

    private static String colourOf(AccountSpec spec, String title) {
        for (int k = 0; k < spec.classes().size(); k++) {
            if (spec.classes().get(k).title().equals(title)) {
                return colour(spec, k);
            }
        }
        return UNCLASSIFIED_COLOUR;
    }
}
