package no.planvakt.api.answer;

import java.time.Instant;
import no.planvakt.result.Verdict;

/**
 * A planner's verdict on a finding.
 *
 * @param by           the name the planning forum reads (may be a full name)
 * @param changedSince whether the finding's area moved by more than 0.1 % since the verdict (made
 *                     on this or an earlier run of the same draft version)
 */
public record OverrideAnswer(Verdict verdict, String reason, String by, Instant at, boolean changedSince) {}
