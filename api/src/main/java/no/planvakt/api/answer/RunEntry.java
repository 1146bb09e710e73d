package no.planvakt.api.answer;

import java.time.Instant;
import no.planvakt.api.run.RunState;

/** A check run in a list: its state, not its results. */
public record RunEntry(
        long runId,
        long draftVersionId,
        Long adoptedVersionId,
        String municipality,
        RunState state,
        int percent,
        String currentRule,
        String reason,
        String requestedBy,
        Instant queuedAt,
        Instant finishedAt) {}
