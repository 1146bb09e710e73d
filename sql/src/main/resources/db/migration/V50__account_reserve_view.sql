-- The plan reserve of an area account (rule kind accounting) by development group and land-cover
-- class, for the WMS layer account_reserve. The rule returns it as the table "<rule>-reservekart"
-- (result.run_table); each row's cells are [group id, group title, class id, class title, reserve
-- in daa, WKT in the canonical CRS (${srid})]. One map row per table row, with the run's flags so
-- the map shows the latest run per municipality by default, as the findings layer does.
CREATE VIEW wms.account_reserve AS
SELECT t.run_id::text || '-' || t.rule_id || '-' || cell.n::text AS id,
       t.run_id,
       r.draft_version_id                       AS plan_version_id,
       coalesce(r.municipality, '')             AS municipality,
       k.latest_in_municipality,
       k.latest_in_version,
       t.rule_id,
       cell.row ->> 0                           AS group_id,
       cell.row ->> 1                           AS group_title,
       cell.row ->> 2                           AS klasse,
       cell.row ->> 3                           AS class_title,
       round((cell.row ->> 4)::numeric, 1)      AS reserve_daa,
       ST_Multi(ST_GeomFromText(cell.row ->> 5, ${srid}))::geometry(MultiPolygon, ${srid}) AS geom
FROM result.run_table t
JOIN result.run r ON r.id = t.run_id
JOIN wms.run_rank k ON k.run_id = t.run_id
CROSS JOIN LATERAL jsonb_array_elements(t.rows) WITH ORDINALITY AS cell(row, n)
WHERE t.table_id = t.rule_id || '-reservekart';
