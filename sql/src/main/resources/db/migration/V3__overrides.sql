-- Planner overrides: a finding marked as assessed or as a false positive, with who, when and why.
-- Keyed by the draft plan version and the finding's stable key, so the verdict survives re-runs of
-- the same plan version; the area at the time is kept so a changed finding is shown as such.
CREATE TABLE result.override (
    id                bigserial PRIMARY KEY,
    draft_version_id  bigint NOT NULL REFERENCES plan.version (id) ON DELETE CASCADE,
    finding_key       text NOT NULL,
    rule_id           text NOT NULL,
    verdict           text NOT NULL CHECK (verdict IN ('ASSESSED', 'FALSE_POSITIVE')),
    reason            text NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by        text NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_at        timestamptz NOT NULL DEFAULT now(),
    area_m2           double precision,
    UNIQUE (draft_version_id, finding_key)
);
