-- Sign-in and who sees what (issue 12): local users with hashed passwords, an audit trail of
-- verdicts and publications, published (consultation) plan versions, and check runs as jobs.
CREATE SCHEMA auth;

-- A local user. scope is the municipality (four digits, e.g. 3330) or county (two digits, e.g.
-- 33) whose plans the user sees; an admin has none and sees everything. password_hash is in
-- Spring Security's "{id}hash" form (bcrypt by default), never the password itself.
CREATE TABLE auth.app_user (
    id             bigserial PRIMARY KEY,
    username       text NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    password_hash  text NOT NULL CHECK (password_hash ~ '^\{[a-z0-9_-]+\}'),
    role           text NOT NULL CHECK (role IN ('ADMIN', 'COUNTY_PLANNER', 'MUNICIPAL_PLANNER', 'VIEWER')),
    scope          text CHECK (scope ~ '^[0-9]{2}([0-9]{2})?$'),
    enabled        boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (role = 'ADMIN' OR scope IS NOT NULL),
    CHECK (role <> 'MUNICIPAL_PLANNER' OR length(scope) = 4),
    CHECK (role <> 'COUNTY_PLANNER' OR length(scope) = 2)
);

-- Who did what, when: verdicts, publications, runs started and cancelled, users created.
CREATE TABLE auth.audit (
    id            bigserial PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT now(),
    actor         text NOT NULL,
    action        text NOT NULL,
    object_type   text NOT NULL,
    object_id     text NOT NULL,
    municipality  text,
    details       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_object ON auth.audit (object_type, object_id);

-- A published draft (out for consultation) and its runs can be read by everyone.
ALTER TABLE plan.version
    ADD COLUMN uploaded_by  text,
    ADD COLUMN published_at timestamptz,
    ADD COLUMN published_by text;

-- A check run is a job: queued, running (percent, current rule), done, failed (with a reason) or
-- cancelled. The row exists from the moment the run is asked for; the result columns are filled
-- when it is done. Rows from before this migration, and rows inserted without a state (tests,
-- imports of old results), are done runs; the service always sets the state itself.
ALTER TABLE result.run
    ADD COLUMN state          text NOT NULL DEFAULT 'DONE'
        CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    ADD COLUMN percent        integer NOT NULL DEFAULT 100 CHECK (percent BETWEEN 0 AND 100),
    ADD COLUMN current_rule   text,
    ADD COLUMN failure_reason text,
    ADD COLUMN requested_by   text,
    ADD COLUMN requested_rules jsonb,
    ADD COLUMN cancel_requested boolean NOT NULL DEFAULT false,
    ADD COLUMN queued_at      timestamptz NOT NULL DEFAULT now();
ALTER TABLE result.run
    ALTER COLUMN report_srid DROP NOT NULL,
    ALTER COLUMN inputs SET DEFAULT '{}',
    ALTER COLUMN summary SET DEFAULT '[]',
    ALTER COLUMN started_at DROP NOT NULL,
    ALTER COLUMN finished_at DROP NOT NULL;
CREATE INDEX run_state ON result.run (state) WHERE state IN ('QUEUED', 'RUNNING');

-- The map's "latest run" is the latest finished one: a queued or failed run has no findings and
-- must not hide the last good result.
CREATE OR REPLACE VIEW wms.run_rank AS
SELECT r.id AS run_id,
       r.municipality,
       r.draft_version_id,
       row_number() OVER (PARTITION BY coalesce(r.municipality, '') ORDER BY r.finished_at DESC, r.id DESC) = 1 AS latest_in_municipality,
       row_number() OVER (PARTITION BY r.draft_version_id ORDER BY r.finished_at DESC, r.id DESC) = 1 AS latest_in_version
FROM result.run r
WHERE r.state = 'DONE';
