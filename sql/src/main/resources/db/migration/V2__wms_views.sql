-- The views the WMS serves (MapServer locally, GeoServer when deployed). They flatten plan, run and
-- finding data into one row per drawable object with readable names, so styles and GetFeatureInfo
-- need no joins of their own. Geometries stay in the canonical CRS (${srid}); the WMS reprojects.
CREATE SCHEMA wms;

-- Names of the SOSI Plan codes, so the map shows "Fritidsbebyggelse" and not 1120. Same lists as
-- geo-core's kpa-codes.tsv (SOSI Plan 4.5 / 5.0 code lists).
CREATE TABLE plan.code_name (
    list  text    NOT NULL,
    code  integer NOT NULL,
    name  text    NOT NULL,
    PRIMARY KEY (list, code)
);
INSERT INTO plan.code_name (list, code, name) VALUES
    ('arealformål', 1000, 'Bebyggelse og anlegg (generalisert)'),
    ('arealformål', 1001, 'Bebyggelse og anlegg'),
    ('arealformål', 1110, 'Boligbebyggelse'),
    ('arealformål', 1120, 'Fritidsbebyggelse'),
    ('arealformål', 1130, 'Sentrumsformål'),
    ('arealformål', 1140, 'Kjøpesenter'),
    ('arealformål', 1150, 'Forretninger'),
    ('arealformål', 1160, 'Offentlig eller privat tjenesteyting'),
    ('arealformål', 1170, 'Fritids- og turistformål'),
    ('arealformål', 1200, 'Råstoffutvinning'),
    ('arealformål', 1300, 'Næringsvirksomhet'),
    ('arealformål', 1400, 'Idrettsanlegg'),
    ('arealformål', 1500, 'Andre typer bebyggelse og anlegg'),
    ('arealformål', 1600, 'Uteoppholdsareal'),
    ('arealformål', 1700, 'Grav- og urnelund'),
    ('arealformål', 1800, 'Kombinert bebyggelse og anleggsformål'),
    ('arealformål', 2000, 'Samferdselsanlegg og teknisk infrastruktur (generalisert)'),
    ('arealformål', 2001, 'Samferdselsanlegg og teknisk infrastruktur'),
    ('arealformål', 2010, 'Veg'),
    ('arealformål', 2020, 'Bane'),
    ('arealformål', 2030, 'Lufthavn'),
    ('arealformål', 2040, 'Havn'),
    ('arealformål', 2050, 'Hovednett for sykkel'),
    ('arealformål', 2060, 'Kollektivnett'),
    ('arealformål', 2070, 'Kollektivknutepunkt'),
    ('arealformål', 2080, 'Parkering'),
    ('arealformål', 2100, 'Trasé for teknisk infrastruktur'),
    ('arealformål', 2800, 'Kombinerte formål for samferdselsanlegg og/eller teknisk infrastruktur'),
    ('arealformål', 3001, 'Grønnstruktur'),
    ('arealformål', 3002, 'Blågrønnstruktur'),
    ('arealformål', 3020, 'Naturområde'),
    ('arealformål', 3030, 'Turdrag'),
    ('arealformål', 3040, 'Friområde'),
    ('arealformål', 3050, 'Park'),
    ('arealformål', 3800, 'Kombinerte grønnstrukturformål'),
    ('arealformål', 4001, 'Forsvaret'),
    ('arealformål', 4010, 'Ulike typer militære formål'),
    ('arealformål', 4020, 'Skytefelt/øvingsområde'),
    ('arealformål', 4030, 'Forlegning/leir'),
    ('arealformål', 4800, 'Kombinerte militærformål'),
    ('arealformål', 5000, 'LNFR-areal (generalisert)'),
    ('arealformål', 5001, 'LNFR-areal'),
    ('arealformål', 5100, 'LNFR-areal for nødvendige tiltak for landbruk og reindrift og gårdstilknyttet næringsvirksomhet'),
    ('arealformål', 5200, 'LNFR-areal for spredt bolig-, fritids- eller næringsbebyggelse'),
    ('arealformål', 5210, 'LNFR spredt boligbebyggelse'),
    ('arealformål', 5220, 'LNFR spredt fritidsbebyggelse'),
    ('arealformål', 5230, 'LNFR spredt næringsbebyggelse'),
    ('arealformål', 6001, 'Bruk og vern av sjø og vassdrag med tilhørende strandsone'),
    ('arealformål', 6100, 'Ferdsel'),
    ('arealformål', 6200, 'Farleder'),
    ('arealformål', 6300, 'Fiske'),
    ('arealformål', 6400, 'Akvakultur'),
    ('arealformål', 6500, 'Drikkevann'),
    ('arealformål', 6600, 'Naturområde i sjø og vassdrag'),
    ('arealformål', 6700, 'Friluftsområde i sjø og vassdrag'),
    ('arealformål', 6800, 'Kombinerte formål i sjø og vassdrag'),
    ('sikring', 110, 'Nedslagsfelt drikkevann'),
    ('sikring', 120, 'Grunnvannsforsyning'),
    ('sikring', 130, 'Byggeforbud rundt veg, bane og flyplass'),
    ('sikring', 190, 'Andre sikringsformål'),
    ('støy', 210, 'Rød sone iht. støyretningslinje'),
    ('støy', 220, 'Gul sone iht. støyretningslinje'),
    ('støy', 230, 'Grønn sone iht. støyretningslinje'),
    ('støy', 290, 'Andre støysoner'),
    ('fare', 310, 'Ras- og skredfare'),
    ('fare', 320, 'Flomfare'),
    ('fare', 330, 'Radonfare'),
    ('fare', 350, 'Brann-/eksplosjonsfare'),
    ('fare', 360, 'Skytebane'),
    ('fare', 370, 'Høyspenningsanlegg'),
    ('fare', 380, 'Militær virksomhet'),
    ('fare', 390, 'Annen fare'),
    ('infrastruktur', 410, 'Krav vedrørende infrastruktur'),
    ('infrastruktur', 430, 'Rekkefølgekrav infrastruktur'),
    ('infrastruktur', 440, 'Krav om felles planlegging'),
    ('infrastruktur', 450, 'Andre krav til infrastruktur'),
    ('angittHensyn', 510, 'Hensyn landbruk'),
    ('angittHensyn', 520, 'Hensyn reindrift'),
    ('angittHensyn', 530, 'Hensyn friluftsliv'),
    ('angittHensyn', 540, 'Hensyn grønnstruktur'),
    ('angittHensyn', 550, 'Hensyn landskap'),
    ('angittHensyn', 560, 'Bevaring naturmiljø'),
    ('angittHensyn', 570, 'Bevaring kulturmiljø'),
    ('angittHensyn', 580, 'Randsone nasjonalpark/landskapsvernområde'),
    ('angittHensyn', 590, 'Sikring av mineralressurser'),
    ('båndlegging', 710, 'Båndlegging for regulering etter plan- og bygningsloven'),
    ('båndlegging', 720, 'Båndlegging etter lov om naturvern'),
    ('båndlegging', 730, 'Båndlegging etter lov om kulturminner'),
    ('båndlegging', 735, 'Båndlegging etter markaloven'),
    ('båndlegging', 740, 'Båndlegging etter andre lover'),
    ('båndlegging', 750, 'Båndlegging etter vegloven'),
    ('gjennomføring', 810, 'Krav om felles planlegging'),
    ('gjennomføring', 820, 'Omforming'),
    ('gjennomføring', 830, 'Fornyelse'),
    ('detaljering', 910, 'Reguleringsplan skal fortsatt gjelde'),
    ('detaljering', 920, 'Angitte reguleringsplaner skal fortsatt gjelde');

-- The newest imported version of each plan: what the land-use layers show unless a version is asked for.
CREATE VIEW wms.version_rank AS
SELECT v.id AS version_id,
       row_number() OVER (PARTITION BY v.plan_id ORDER BY v.imported_at DESC, v.id DESC) = 1 AS latest_in_plan
FROM plan.version v;

-- Land use (arealformål) with purpose name and status. style_class joins code and status because
-- the national drawing rules colour by arealformål and draw framtidig differently from nåværende
-- (status 3, videreutvikling av nåværende, is drawn as nåværende).
CREATE VIEW wms.plan_land_use AS
SELECT f.id,
       f.version_id,
       v.kind                 AS version_kind,
       k.latest_in_plan,
       p.id                   AS plan_id,
       p.municipality,
       p.plan_ident,
       p.name                 AS plan_name,
       f.local_id,
       f.code                 AS purpose_code,
       coalesce(c.name, 'Ukjent arealformål ' || f.code) AS purpose_name,
       f.status               AS status_code,
       CASE f.status WHEN 1 THEN 'nåværende' WHEN 2 THEN 'framtidig' WHEN 3 THEN 'videreutvikling av nåværende' END AS status_name,
       f.code::text || CASE WHEN f.status = 2 THEN '_f' ELSE '_n' END AS style_class,
       f.name,
       f.utnytting,
       f.geom
FROM plan.feature f
JOIN plan.version v ON v.id = f.version_id
JOIN plan.plan p ON p.id = v.plan_id
JOIN wms.version_rank k ON k.version_id = f.version_id
LEFT JOIN plan.code_name c ON c.list = 'arealformål' AND c.code = f.code
WHERE f.type = 'AREALFORMAL_OMRADE';

-- Hensynssoner (consideration zones) with their group (the SOSI object type) and code name.
CREATE VIEW wms.plan_zone AS
SELECT f.id,
       f.version_id,
       v.kind                 AS version_kind,
       k.latest_in_plan,
       p.municipality,
       p.plan_ident,
       p.name                 AS plan_name,
       f.local_id,
       lower(replace(f.type, '_SONE', '')) AS zone_group,
       f.code                 AS zone_code,
       coalesce(c.name, f.type || ' ' || coalesce(f.code::text, '')) AS zone_name,
       'H' || coalesce(f.code::text, '') AS zone_label,
       f.name,
       f.geom
FROM plan.feature f
JOIN plan.version v ON v.id = f.version_id
JOIN plan.plan p ON p.id = v.plan_id
JOIN wms.version_rank k ON k.version_id = f.version_id
LEFT JOIN plan.code_name c ON c.code = f.code AND c.list = CASE f.type
        WHEN 'ANGITT_HENSYN_SONE' THEN 'angittHensyn' WHEN 'BANDLEGGING_SONE' THEN 'båndlegging'
        WHEN 'SIKRING_SONE' THEN 'sikring' WHEN 'STOY_SONE' THEN 'støy' WHEN 'FARE_SONE' THEN 'fare'
        WHEN 'INFRASTRUKTUR_SONE' THEN 'infrastruktur' WHEN 'GJENNOMFORING_SONE' THEN 'gjennomføring'
        WHEN 'DETALJERING_SONE' THEN 'detaljering' END
WHERE f.type LIKE '%\_SONE' ESCAPE '\';

-- Reference features with their layer's provenance; one generic WMS layer filters by layer_id.
CREATE VIEW wms.reference_feature AS
SELECT f.id,
       f.layer_id,
       l.title                AS layer_title,
       f.feature_id,
       l.source,
       l.owner,
       l.licence,
       l.source_date,
       f.geom
FROM ref.feature f
JOIN ref.layer l ON l.id = f.layer_id;

-- Which run is the latest one per municipality and per plan (draft) version, so the map shows
-- current findings by default and older runs only on request.
CREATE VIEW wms.run_rank AS
SELECT r.id AS run_id,
       r.municipality,
       r.draft_version_id,
       row_number() OVER (PARTITION BY coalesce(r.municipality, '') ORDER BY r.finished_at DESC, r.id DESC) = 1 AS latest_in_municipality,
       row_number() OVER (PARTITION BY r.draft_version_id ORDER BY r.finished_at DESC, r.id DESC) = 1 AS latest_in_version
FROM result.run r;

-- Findings with what GetFeatureInfo shows: rule, citation, status, area (daa), share, plan object.
-- NOT_RELEVANT findings have nothing to draw and are left out.
CREATE VIEW wms.finding AS
SELECT f.id,
       f.run_id,
       r.draft_version_id     AS plan_version_id,
       coalesce(r.municipality, '') AS municipality,
       r.pack_id,
       r.pack_version,
       r.finished_at          AS run_finished_at,
       k.latest_in_municipality,
       k.latest_in_version,
       f.rule_id,
       f.rule_title,
       coalesce(f.trace ->> 'citation', f.rule_title) AS citation,
       f.status,
       f.change,
       f.plan_object_id,
       coalesce(f.plan_object_name, '') AS plan_object_name,
       f.plan_object_purpose,
       f.reference_layer,
       round(f.area_daa::numeric, 2)        AS area_daa,
       round((f.share * 100)::numeric, 1)   AS share_pct,
       f.rule_id || ' ' || coalesce(round(f.area_daa::numeric, 1)::text || ' daa', '') AS label,
       f.message,
       f.geom
FROM result.finding f
JOIN result.run r ON r.id = f.run_id
JOIN wms.run_rank k ON k.run_id = f.run_id
WHERE f.geom IS NOT NULL AND f.status <> 'NOT_RELEVANT';
