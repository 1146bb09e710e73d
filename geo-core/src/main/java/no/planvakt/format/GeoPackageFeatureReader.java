package no.planvakt.format;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import no.planvakt.InputException;
import no.planvakt.geom.PackedXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads the feature tables of a GeoPackage. Geometries go from the GeoPackage blob's WKB part
 * straight into JTS, the cheapest path. Each table is one layer; the table's SRS must be an EPSG code.
 */
public final class GeoPackageFeatureReader {

    /** All feature tables whose name passes {@code wanted}; every feature keeps its table name as layer. */
    public List<SourceFile> read(File file, java.util.function.Predicate<String> wanted) {
        String fileName = file.getName();
        List<SourceFile> result = new ArrayList<>();
        GeoPackage gpkg;
        try {
            gpkg = GeoPackageManager.open(file, false);
        } catch (RuntimeException e) {
            throw new InputException(fileName + ": not a readable GeoPackage: " + rootMessage(e), e);
        }
        try {
            for (String table : featureTables(fileName, gpkg)) {
                if (wanted.test(table)) {
                    try {
                        result.add(readTable(fileName, gpkg, table));
                    } catch (InputException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // Found by fuzzing: a damaged file lists a table whose definition is gone.
                        throw new InputException(
                                fileName + ": layer " + table + " cannot be read (a damaged GeoPackage?): "
                                        + rootMessage(e),
                                e);
                    }
                }
            }
        } finally {
            gpkg.close();
        }
        return result;
    }

    /** Names of the GeoPackage's feature tables, for messages. */
    public List<String> tableNames(File file) {
        GeoPackage gpkg;
        try {
            gpkg = GeoPackageManager.open(file, false);
        } catch (RuntimeException e) {
            throw new InputException(file.getName() + ": not a readable GeoPackage: " + rootMessage(e), e);
        }
        try {
            return List.copyOf(featureTables(file.getName(), gpkg));
        } finally {
            gpkg.close();
        }
    }

    /** The feature tables; a plain SQLite file (no gpkg_contents) opens, and fails only here. */
    private static List<String> featureTables(String fileName, GeoPackage gpkg) {
        try {
            return gpkg.getFeatureTables();
        } catch (RuntimeException e) {
            throw new InputException(
                    fileName + ": ikke en GeoPackage (en SQLite-database uten GeoPackage-tabellene"
                            + " gpkg_contents og gpkg_geometry_columns?): " + rootMessage(e),
                    e);
        }
    }

    private static SourceFile readTable(String fileName, GeoPackage gpkg, String table) {
        FeatureDao dao = gpkg.getFeatureDao(table);
        int srid = sridOf(fileName, table, dao.getSrs());
        List<SourceFeature> features = new ArrayList<>();
        WKBReader wkb = new WKBReader(PackedXY.geometries(srid));
        String geomColumn = dao.getGeometryColumnName();
        InputLimits.Budget budget = InputLimits.forFile(fileName + " (layer " + table + ")");
        FeatureResultSet rs = dao.queryForAll();
        try {
            while (rs.moveToNext()) {
                FeatureRow row = rs.getRow();
                String id = String.valueOf(row.getId());
                String where = "layer " + table + ", fid " + id;
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (FeatureColumn c : row.getColumns().getColumns()) {
                    if (!c.isGeometry() && !c.isPrimaryKey()) {
                        attributes.put(c.getName(), row.getValue(c.getName()));
                    }
                }
                Geometry g = null;
                GeoPackageGeometryData data = row.getGeometry();
                if (data != null && !data.isEmpty()) {
                    try {
                        g = wkb.read(data.getWkb());
                    } catch (Exception e) {
                        throw new InputException(
                                fileName + ": " + where + ": unreadable geometry in column " + geomColumn + ": "
                                        + e.getMessage(),
                                e);
                    }
                }
                budget.add(where, g);
                features.add(new SourceFeature(table, id, where, attributes, g));
            }
        } finally {
            rs.close();
        }
        return new SourceFile(fileName + " (layer " + table + ")", srid, features, List.of());
    }

    private static int sridOf(String fileName, String table, SpatialReferenceSystem srs) {
        if (srs == null || srs.getSrsId() <= 0 || !"EPSG".equalsIgnoreCase(srs.getOrganization())) {
            throw new InputException(fileName + ": layer " + table + " has no EPSG coordinate reference system"
                    + (srs == null
                            ? ""
                            : " (srs_id " + srs.getSrsId() + ", organization " + srs.getOrganization() + ")")
                    + "; save it with e.g. EPSG:25832");
        }
        return (int) srs.getOrganizationCoordsysId();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
