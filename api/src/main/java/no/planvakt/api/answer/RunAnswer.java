package no.planvakt.api.answer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.planvakt.api.run.RunState;
import no.planvakt.result.Checked;
import no.planvakt.result.SummaryJson;

/**
 * A check run: its state while queued or running, and once done what it ran on, the summary per
 * rule and the objects checked and found clear (the findings are at {@code /api/runs/{id}/findings}).
 *
 * @param percent     progress 0–100
 * @param currentRule the rule running now, while RUNNING
 * @param reason      why it FAILED
 * @param inputs      names and versions of every input, with the layers' provenance
 */
public record RunAnswer(
        long runId,
        String pack,
        String packVersion,
        long draftVersionId,
        Long adoptedVersionId,
        String municipality,
        Integer reportSrid,
        RunState state,
        int percent,
        String currentRule,
        String reason,
        String requestedBy,
        boolean cancelRequested,
        Instant queuedAt,
        Map<String, String> inputs,
        List<SummaryJson> summary,
        Instant startedAt,
        Instant finishedAt,
        List<Checked> checked) {}
