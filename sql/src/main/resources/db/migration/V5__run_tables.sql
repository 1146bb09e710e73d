-- Tables of figures a rule returns beside its findings (area accounts, business land reserve,
-- housing shares, the energy-station overview), kept per run in the order the engine gave them.
CREATE TABLE result.run_table (
    id        bigserial PRIMARY KEY,
    run_id    bigint NOT NULL REFERENCES result.run (id) ON DELETE CASCADE,
    table_id  text NOT NULL,
    rule_id   text NOT NULL,
    title     text NOT NULL,
    note      text,
    columns   jsonb NOT NULL,
    rows      jsonb NOT NULL,
    UNIQUE (run_id, table_id)
);
