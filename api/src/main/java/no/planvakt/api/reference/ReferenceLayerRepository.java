package no.planvakt.api.reference;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planvakt.api.answer.ReferenceLayerAnswer;
import no.planvakt.api.web.Json;
import no.planvakt.api.web.NotFoundException;
import no.planvakt.api.web.Wkb;
import no.planvakt.reference.Provenance;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reference layers with provenance (schema {@code ref}). Loading a layer again replaces it. */
@Repository
public class ReferenceLayerRepository {
    /** First key of the advisory locks that serialise loads of one layer id (the second is the id's hash). */
    private static final int LAYER_LOCK = 0x52454631;

    private final JdbcTemplate jdbc;

    public ReferenceLayerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside a transaction: the old version of the layer disappears only if the new one is stored. */
    public void replace(ReferenceLayer layer, String sourceFile, int srid) {
        // Loads of the same id one after the other: two at once would both delete, then one insert would hit the key.
        jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> {}, LAYER_LOCK, layer.id());
        jdbc.update("DELETE FROM ref.layer WHERE id = ?", layer.id());
        Provenance p = layer.provenance();
        jdbc.update(
                "INSERT INTO ref.layer (id, title, source, owner, licence, source_date, method, source_file, source_srid, coverage)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ST_Multi(ST_GeomFromWKB(?, " + srid + ")))",
                layer.id(),
                layer.title(),
                p.source(),
                p.owner(),
                p.licence(),
                p.date() == null ? null : Date.valueOf(p.date()),
                p.method(),
                sourceFile,
                layer.sourceSrid(),
                layer.coverage() == null ? null : Wkb.write(layer.coverage()));
        List<Object[]> rows = new ArrayList<>();
        for (ReferenceFeature f : layer.features()) {
            rows.add(new Object[] {layer.id(), f.id(), Json.attributes(f.attributes()), Wkb.write(f.geometry())});
        }
        jdbc.batchUpdate(
                "INSERT INTO ref.feature (layer_id, feature_id, attributes, geom) VALUES (?, ?, ?::jsonb, ST_GeomFromWKB(?, "
                        + srid + "))",
                rows);
    }

    public ReferenceLayer load(String id, int srid) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT title, source, owner, licence, source_date, method, source_srid, ST_AsBinary(coverage) AS coverage"
                        + " FROM ref.layer WHERE id = ?",
                id);
        if (rows.isEmpty()) {
            throw new NotFoundException("reference layer " + id + " is not loaded");
        }
        Map<String, Object> r = rows.get(0);
        Date date = (Date) r.get("source_date");
        Provenance p = new Provenance(
                (String) r.get("source"),
                (String) r.get("owner"),
                (String) r.get("licence"),
                date == null ? null : date.toLocalDate(),
                (String) r.get("method"));
        List<ReferenceFeature> features = jdbc.query(
                "SELECT feature_id, attributes::text AS attributes, ST_AsBinary(geom) AS wkb FROM ref.feature WHERE layer_id = ? ORDER BY id",
                (rs, i) -> new ReferenceFeature(
                        rs.getString("feature_id"),
                        Json.map(rs.getString("attributes")),
                        Wkb.read(rs.getBytes("wkb"), srid)),
                id);
        return new ReferenceLayer(
                id,
                (String) r.get("title"),
                p,
                Wkb.read((byte[]) r.get("coverage"), srid),
                (Integer) r.get("source_srid"),
                features);
    }

    public List<String> ids() {
        return jdbc.queryForList("SELECT id FROM ref.layer ORDER BY id", String.class);
    }

    public ReferenceLayerAnswer describe(String id) {
        List<ReferenceLayerAnswer> rows = jdbc.query(
                "SELECT l.id, l.title, l.source, l.owner, l.licence, l.source_date, l.method, l.source_file, l.loaded_at,"
                        + " (SELECT count(*) FROM ref.feature f WHERE f.layer_id = l.id) AS features FROM ref.layer l WHERE l.id = ?",
                (rs, i) -> new ReferenceLayerAnswer(
                        rs.getString("id"),
                        rs.getString("title"),
                        rs.getString("source"),
                        rs.getString("owner"),
                        rs.getString("licence"),
                        rs.getObject("source_date", LocalDate.class),
                        rs.getString("method"),
                        rs.getString("source_file"),
                        rs.getTimestamp("loaded_at").toInstant(),
                        rs.getLong("features")),
                id);
        if (rows.isEmpty()) {
            throw new NotFoundException("reference layer " + id + " is not loaded");
        }
        return rows.get(0);
    }
}
