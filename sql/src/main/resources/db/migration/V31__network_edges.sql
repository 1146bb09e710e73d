-- The service's network engine (pgRouting) searches the same noded network the JVM builds: its
-- edges are stored once per distinct network (network_key = a digest of the edges), ids from 1.
CREATE SCHEMA network;
CREATE TABLE network.edge (
    network_key text    NOT NULL,
    id          integer NOT NULL,
    source      integer NOT NULL,
    target      integer NOT NULL,
    cost        float8  NOT NULL,
    PRIMARY KEY (network_key, id)
);

-- The ABC classes and transport distances of classification and nearness findings, for the WMS
-- (layer "transport": classes coloured, distances in GetFeatureInfo).
CREATE VIEW wms.transport AS
SELECT f.id,
       f.run_id,
       f.plan_version_id,
       f.municipality,
       f.latest_in_municipality,
       f.latest_in_version,
       f.rule_id,
       f.rule_title,
       f.status,
       f.plan_object_id,
       f.plan_object_name,
       f.plan_object_purpose,
       f.area_daa,
       CASE WHEN r.figures ? 'abc_class' THEN
                CASE (r.figures ->> 'abc_class')::numeric WHEN 1 THEN 'A' WHEN 2 THEN 'B' WHEN 3 THEN 'C' ELSE 'ingen' END
            WHEN (r.figures ->> 'near')::numeric = 1 THEN 'naer'
            ELSE 'ikke_naer' END AS transport_class,
       round((coalesce(r.figures ->> 'hub_m', r.figures ->> 'centre_m'))::numeric, 0) AS hub_m,
       round((r.figures ->> 'stop_m')::numeric, 0)     AS stop_m,
       round((r.figures ->> 'junction_m')::numeric, 0) AS junction_m,
       CASE WHEN (r.figures ->> 'network')::numeric = 1 THEN 'langs vegnettet' ELSE 'i luftlinje' END AS distance_method,
       f.rule_id || ' ' || CASE WHEN r.figures ? 'abc_class' THEN
                CASE (r.figures ->> 'abc_class')::numeric WHEN 1 THEN 'A' WHEN 2 THEN 'B' WHEN 3 THEN 'C' ELSE '–' END
            WHEN (r.figures ->> 'near')::numeric = 1 THEN 'nær' ELSE 'ikke nær' END AS label,
       f.message,
       f.geom
FROM wms.finding f
JOIN result.finding r ON r.id = f.id
WHERE r.figures ? 'abc_class' OR r.figures ? 'near';
