-- A third verdict: the finding is accepted, and the plan is changed because of it ("akseptert med endringer").
ALTER TABLE result.override DROP CONSTRAINT override_verdict_check;
ALTER TABLE result.override ADD CONSTRAINT override_verdict_check
    CHECK (verdict IN ('ASSESSED', 'FALSE_POSITIVE', 'ACCEPTED_WITH_CHANGES'));
