-- The energy-station overview (rule kind siting) as map layers. The siting rule stores it as
-- findings with named figures: gaps carry gap_m (lines), candidate sites carry score and proposed
-- (polygons or points). These views pick them out of wms.finding with the columns the styles and
-- GetFeatureInfo need, under the same run filters as the findings layer.

-- Corridor stretches without a station of one carrier for longer than the spacing allows.
CREATE VIEW wms.energy_gap AS
SELECT w.id,
       w.run_id,
       w.plan_version_id,
       w.municipality,
       w.latest_in_municipality,
       w.latest_in_version,
       w.rule_id,
       w.citation,
       split_part(f.reference_feature_id, ':', 1) AS section,
       split_part(f.reference_feature_id, ':', 2) AS carrier,
       round(((f.figures ->> 'gap_m')::numeric) / 1000, 1)         AS gap_km,
       round(((f.figures ->> 'spacing_m')::numeric) / 1000, 1)     AS spacing_km,
       round(((f.figures ->> 'max_spacing_m')::numeric) / 1000, 1) AS max_km,
       w.plan_object_name     AS corridor,
       split_part(f.reference_feature_id, ':', 2) || ' ' || round(((f.figures ->> 'gap_m')::numeric) / 1000) || ' km' AS label,
       w.message,
       w.geom
FROM wms.finding w
JOIN result.finding f ON f.id = w.id
WHERE f.figures ? 'gap_m';

-- Candidate sites with their score (0..100) and a score class for the style; proposed sites are
-- those the covering model chose. A point site (rest area, fuel station) is drawn as a 300 m
-- circle, so that one classified polygon style serves MapServer and GeoServer alike.
CREATE VIEW wms.energy_site AS
SELECT w.id,
       w.run_id,
       w.plan_version_id,
       w.municipality,
       w.latest_in_municipality,
       w.latest_in_version,
       w.rule_id,
       w.citation,
       coalesce(nullif(f.plan_object_id, ''), f.reference_feature_id) AS site_id,
       w.plan_object_name     AS site_name,
       round(((f.figures ->> 'score')::numeric) * 100, 1) AS score,
       CASE WHEN (f.figures ->> 'score')::numeric >= 0.75 THEN 'high'
            WHEN (f.figures ->> 'score')::numeric >= 0.5 THEN 'medium'
            ELSE 'low' END    AS score_class,
       coalesce((f.figures ->> 'proposed')::numeric, 0) = 1 AS proposed,
       w.plan_object_name || ' ' || round(((f.figures ->> 'score')::numeric) * 100) AS label,
       w.message,
       CASE WHEN GeometryType(w.geom) IN ('POINT', 'MULTIPOINT') THEN ST_Buffer(w.geom, 300, 8) ELSE w.geom END AS geom
FROM wms.finding w
JOIN result.finding f ON f.id = w.id
WHERE f.figures ? 'score' AND f.figures ? 'proposed';
