-- Further named figures of a finding (pieces of a nature area before/after, covered share, …).
ALTER TABLE result.finding ADD COLUMN figures jsonb NOT NULL DEFAULT '{}';
