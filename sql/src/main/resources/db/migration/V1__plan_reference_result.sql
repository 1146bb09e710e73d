-- Planvakt storage. Geometries are in the deployment's canonical CRS (Flyway placeholder ${srid},
-- EUREF89 UTM 33 = 25833 by default). Every plan keeps the CRS it came in, because areas are
-- reported in the plan's own CRS.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE SCHEMA plan;
CREATE SCHEMA ref;
CREATE SCHEMA result;

-- A municipality's plan (e.g. kommuneplanens arealdel 2027-2039) and its versions (draft / adopted).
CREATE TABLE plan.plan (
    id           bigserial PRIMARY KEY,
    municipality text,
    plan_ident   text,
    name         text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan.version (
    id           bigserial PRIMARY KEY,
    plan_id      bigint NOT NULL REFERENCES plan.plan (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('DRAFT', 'ADOPTED')),
    source_file  text NOT NULL,
    source_srid  integer NOT NULL,
    warnings     jsonb NOT NULL DEFAULT '[]',
    imported_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan.feature (
    id           bigserial PRIMARY KEY,
    version_id   bigint NOT NULL REFERENCES plan.version (id) ON DELETE CASCADE,
    local_id     text NOT NULL,
    object_type  text NOT NULL,          -- as in the file, e.g. KpArealformålOmråde
    type         text NOT NULL,          -- Planvakt's PlanObjectType, e.g. AREALFORMAL_OMRADE
    code         integer,                -- arealformål or H-number
    status       integer,                -- arealbruksstatus 1/2/3
    name         text,
    utnytting    text,
    attributes   jsonb NOT NULL DEFAULT '{}',
    geom         geometry(MultiPolygon, ${srid}) NOT NULL,
    UNIQUE (version_id, local_id)
);
CREATE INDEX feature_geom_gist ON plan.feature USING gist (geom);
CREATE INDEX feature_version_code ON plan.feature (version_id, type, code);

-- Reference layers with provenance; coverage is where the layer is mapped (null: everywhere).
CREATE TABLE ref.layer (
    id           text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]{0,62}$'),
    title        text NOT NULL,
    source       text NOT NULL,
    owner        text,
    licence      text NOT NULL,
    source_date  date,
    method       text,
    source_file  text,
    source_srid  integer,
    coverage     geometry(MultiPolygon, ${srid}),
    loaded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ref.feature (
    id           bigserial PRIMARY KEY,
    layer_id     text NOT NULL REFERENCES ref.layer (id) ON DELETE CASCADE,
    feature_id   text NOT NULL,
    attributes   jsonb NOT NULL DEFAULT '{}',
    geom         geometry(Geometry, ${srid}) NOT NULL,
    UNIQUE (layer_id, feature_id)
);
CREATE INDEX ref_feature_geom_gist ON ref.feature USING gist (geom);

-- Check runs and their findings. A run records the pack version and the input versions, so it
-- can be reproduced; 'checked' lists what was checked and found clear.
CREATE TABLE result.run (
    id                  bigserial PRIMARY KEY,
    pack_id             text NOT NULL,
    pack_version        text NOT NULL,
    draft_version_id    bigint NOT NULL REFERENCES plan.version (id) ON DELETE CASCADE,
    adopted_version_id  bigint REFERENCES plan.version (id) ON DELETE CASCADE,
    municipality        text,
    report_srid         integer NOT NULL,
    inputs              jsonb NOT NULL,
    summary             jsonb NOT NULL,
    started_at          timestamptz NOT NULL,
    finished_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE result.finding (
    id                   bigserial PRIMARY KEY,
    run_id               bigint NOT NULL REFERENCES result.run (id) ON DELETE CASCADE,
    finding_key          text NOT NULL,      -- stable across re-runs of the same inputs (for overrides)
    rule_id              text NOT NULL,
    rule_title           text NOT NULL,
    status               text NOT NULL CHECK (status IN ('RED', 'YELLOW', 'GREEN', 'INFO', 'NOT_RELEVANT', 'NOT_MAPPED')),
    change               text,               -- NEW / EXPANDED / UNCHANGED from the plan diff
    plan_object_id       text,
    plan_object_name     text,
    plan_object_purpose  text,
    reference_layer      text,
    reference_feature_id text,
    area_m2              double precision,
    area_daa             double precision,
    share                double precision,
    distance_m           double precision,
    message              text NOT NULL,
    trace                jsonb NOT NULL,
    geom                 geometry(Geometry, ${srid}),
    UNIQUE (run_id, finding_key)
);
CREATE INDEX finding_geom_gist ON result.finding USING gist (geom);
CREATE INDEX finding_run_rule ON result.finding (run_id, rule_id);

CREATE TABLE result.checked (
    id                  bigserial PRIMARY KEY,
    run_id              bigint NOT NULL REFERENCES result.run (id) ON DELETE CASCADE,
    rule_id             text NOT NULL,
    plan_object_id      text,
    plan_object_name    text,
    message             text NOT NULL
);
CREATE INDEX checked_run ON result.checked (run_id, rule_id);
