package no.planvakt.report;

import java.util.ArrayList;
import java.util.List;
import no.planvakt.result.CheckResult;
import no.planvakt.result.RuleSummary;
import no.planvakt.result.Status;
import no.planvakt.rule.FindingText;

/** The plain-text summary the command prints: one line per rule with its traffic light. */
public final class SummaryTable {
    private SummaryTable() {}

    public static String render(CheckResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Regel", "Status", "Rød", "Gul", "Info", "Klart", "Areal i konflikt (daa)", "Tittel"});
        for (RuleSummary s : result.summaries()) {
            rows.add(new String[] {
                s.ruleId(),
                s.status().colour().toUpperCase(java.util.Locale.ROOT) + " – "
                        + s.status().label(),
                count(s, Status.RED),
                count(s, Status.YELLOW),
                count(s, Status.INFO),
                String.valueOf(s.checkedClear()),
                FindingText.daa(s.areaM2()),
                s.title()
            });
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            for (int i = 0; i < r.length; i++) {
                boolean numeric = i >= 2 && i <= 6;
                String cell = numeric && n > 0
                        ? " ".repeat(width[i] - r[i].length()) + r[i]
                        : r[i] + " ".repeat(width[i] - r[i].length());
                sb.append(cell).append(i < r.length - 1 ? "  " : "");
            }
            sb.append('\n');
            if (n == 0) {
                for (int i = 0; i < width.length; i++) {
                    sb.append("-".repeat(width[i])).append(i < width.length - 1 ? "  " : "");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String count(RuleSummary s, Status status) {
        return String.valueOf(s.counts().getOrDefault(status, 0));
    }
}
