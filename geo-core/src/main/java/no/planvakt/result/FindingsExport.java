package no.planvakt.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.wkb.GeometryReader;
import no.planvakt.crs.Crs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTWriter;

/**
 * A run's findings as downloads for the planner's own tools: CSV (a spreadsheet, one row per
 * finding, the geometry as WKT) and GeoPackage (QGIS, table {@code findings} in the canonical CRS).
 * Both have every finding of the run, also those a county-scale report only counts, and the
 * planner's verdict beside each. Both are written row by row from any sequence of rows, so the
 * command can write a county's findings to its output directory without a copy of them in memory.
 */
public final class FindingsExport {
    /** Column name, and how to read it from a finding and its verdict. */
    private record Column(String name, GeoPackageDataType type, Function<Row, Object> value) {}

    /** A finding with its verdict fields (null when there is none). */
    public record Row(Finding finding, String verdict, String reason, String by, String at) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("finding_key", GeoPackageDataType.TEXT, r -> r.finding().key()),
            new Column("rule_id", GeoPackageDataType.TEXT, r -> r.finding().ruleId()),
            new Column("rule_title", GeoPackageDataType.TEXT, r -> r.finding().ruleTitle()),
            new Column(
                    "status", GeoPackageDataType.TEXT, r -> r.finding().status().name()),
            new Column(
                    "status_label",
                    GeoPackageDataType.TEXT,
                    r -> r.finding().status().label()),
            new Column(
                    "change",
                    GeoPackageDataType.TEXT,
                    r -> r.finding().change() == null
                            ? null
                            : r.finding().change().name()),
            new Column(
                    "plan_object_id", GeoPackageDataType.TEXT, r -> r.finding().planObjectId()),
            new Column(
                    "plan_object_name",
                    GeoPackageDataType.TEXT,
                    r -> r.finding().planObjectName()),
            new Column(
                    "plan_object_purpose",
                    GeoPackageDataType.TEXT,
                    r -> r.finding().planObjectPurpose()),
            new Column(
                    "reference_layer", GeoPackageDataType.TEXT, r -> r.finding().referenceLayer()),
            new Column(
                    "reference_feature_id",
                    GeoPackageDataType.TEXT,
                    r -> r.finding().referenceFeatureId()),
            new Column(
                    "area_m2",
                    GeoPackageDataType.DOUBLE,
                    r -> Math.round(r.finding().areaM2() * 100) / 100.0),
            new Column(
                    "area_daa",
                    GeoPackageDataType.DOUBLE,
                    r -> Math.round(r.finding().areaM2()) / 1000.0),
            new Column("share", GeoPackageDataType.DOUBLE, r -> r.finding().share()),
            new Column("distance_m", GeoPackageDataType.DOUBLE, r -> r.finding().distanceM()),
            new Column("message", GeoPackageDataType.TEXT, r -> r.finding().message()),
            new Column("verdict", GeoPackageDataType.TEXT, Row::verdict),
            new Column("verdict_reason", GeoPackageDataType.TEXT, Row::reason),
            new Column("verdict_by", GeoPackageDataType.TEXT, Row::by),
            new Column("verdict_at", GeoPackageDataType.TEXT, Row::at));

    private FindingsExport() {}

    /** RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read æøå), geometry as WKT last. */
    public static byte[] csv(List<Row> rows) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            csv(rows, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV of {@link #csv(List)} written to {@code sb} (left open) one row at a time. */
    public static void csv(Iterable<Row> rows, Writer sb) throws IOException {
        sb.append("\uFEFF");
        for (Column c : COLUMNS) {
            sb.append(c.name()).append(',');
        }
        sb.append("wkt\r\n");
        WKTWriter wkt = new WKTWriter();
        wkt.setPrecisionModel(new org.locationtech.jts.geom.PrecisionModel(1000));
        for (Row r : rows) {
            for (Column c : COLUMNS) {
                sb.append(csvValue(c.value().apply(r))).append(',');
            }
            sb.append(csvValue(
                            r.finding().geometry() == null
                                    ? null
                                    : wkt.write(r.finding().geometry())))
                    .append("\r\n");
        }
    }

    private static String csvValue(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Double d ? String.format(Locale.ROOT, "%s", d) : v.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** A GeoPackage with one feature table {@code findings} in EPSG:{@code srid}, as bytes (a download). */
    public static byte[] geoPackage(List<Row> rows, int srid) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("planvakt-gpkg");
            Path file = dir.resolve("findings.gpkg");
            geoPackage(rows, srid, file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the findings GeoPackage: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temp directory left behind is harmless
                }
            }
        }
    }

    /**
     * Writes a new GeoPackage {@code file} (replacing one that is there) with one feature table
     * {@code findings} in EPSG:{@code srid}: one geometry column of type GEOMETRY, as GDAL expects
     * for mixed polygons, lines and points. {@code rows} is read twice (the layer's extent first).
     */
    public static void geoPackage(Iterable<Row> rows, int srid, Path file) {
        try {
            Files.deleteIfExists(file);
            GeoPackageManager.create(file.toFile());
            try (GeoPackage gpkg = GeoPackageManager.open(file.toFile())) {
                SpatialReferenceSystem srs = srs(gpkg, srid);
                GeometryColumns gc = new GeometryColumns();
                gc.setTableName("findings");
                gc.setColumnName("geom");
                gc.setGeometryType(GeometryType.GEOMETRY);
                gc.setZ((byte) 0);
                gc.setM((byte) 0);
                gc.setSrs(srs);
                List<FeatureColumn> columns = new ArrayList<>();
                for (Column c : COLUMNS) {
                    columns.add(FeatureColumn.createColumn(c.name(), c.type()));
                }
                Envelope env = new Envelope();
                for (Row r : rows) {
                    if (r.finding().geometry() != null) {
                        env.expandToInclude(r.finding().geometry().getEnvelopeInternal());
                    }
                }
                BoundingBox box = env.isNull()
                        ? new BoundingBox()
                        : new BoundingBox(env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
                gpkg.createFeatureTable(FeatureTableMetadata.create(gc, columns, box));
                FeatureDao dao = gpkg.getFeatureDao("findings");
                WKBWriter wkb = new WKBWriter(2);
                gpkg.beginTransaction();
                for (Row r : rows) {
                    FeatureRow row = dao.newRow();
                    for (Column c : COLUMNS) {
                        row.setValue(c.name(), c.value().apply(r));
                    }
                    if (r.finding().geometry() != null
                            && !r.finding().geometry().isEmpty()) {
                        row.setGeometry(GeoPackageGeometryData.create(
                                srs.getSrsId(),
                                GeometryReader.readGeometry(
                                        wkb.write(r.finding().geometry()))));
                    }
                    dao.create(row);
                }
                gpkg.endTransaction();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the findings GeoPackage " + file + ": " + e.getMessage(), e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot write the findings GeoPackage " + file + ": " + e.getMessage(), e);
        }
    }

    /** The CRS row; the library knows only a few EPSG codes by itself, so the definition comes from GeoTools' EPSG database. */
    private static SpatialReferenceSystem srs(GeoPackage gpkg, int srid) throws java.sql.SQLException {
        var dao = gpkg.getSpatialReferenceSystemDao();
        SpatialReferenceSystem srs = dao.queryForOrganizationCoordsysId("EPSG", srid);
        if (srs == null) {
            srs = new SpatialReferenceSystem();
            srs.setSrsName(Crs.of(srid).getName().getCode());
            srs.setSrsId(srid);
            srs.setOrganization("EPSG");
            srs.setOrganizationCoordsysId(srid);
            srs.setDefinition(Crs.of(srid).toWKT());
            dao.create(srs);
        }
        return srs;
    }

    /** Rows for findings without verdicts (the command's output). */
    public static List<Row> rows(List<Finding> findings, Map<String, Row> verdicts) {
        return findings.stream()
                .map(f -> verdicts.getOrDefault(f.key(), new Row(f, null, null, null, null)))
                .toList();
    }

    /** The findings as rows without verdicts, made one at a time while they are written. */
    public static Iterable<Row> rowsWithoutVerdicts(List<Finding> findings) {
        return () ->
                findings.stream().map(f -> new Row(f, null, null, null, null)).iterator();
    }
}
