package no.planvakt.report;

import java.time.LocalDate;
import no.planvakt.result.Verdict;

/**
 * A planner's verdict on one finding as the report shows it.
 *
 * @param changedSince the finding's area has moved since the planner decided (decided on an earlier run)
 */
public record Assessment(Verdict verdict, String by, LocalDate at, String reason, boolean changedSince) {

    /** "falsk positiv – Kari Planlegger, 2026-11-22: reason". */
    public String text() {
        return verdict.label() + " – " + by + ", " + at + ": " + reason
                + (changedSince ? " (funnet er endret siden vurderingen)" : "");
    }
}
