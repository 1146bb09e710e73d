package no.planvakt.format;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as a file delivered it, before it is interpreted as a plan object: the layer (or
 * SOSI/GML object type) it came in, its own id, its attributes with their original names, and its
 * geometry in the file's CRS. Every reader (GeoJSON, GeoPackage, SOSI, Plan GML) produces these.
 *
 * @param layer   GeoPackage table, SOSI OBJTYPE or GML element name; null when the format has none
 * @param id      the feature's own id (GeoJSON id, fid, SOSI serial number, gml:id) or its ordinal
 * @param where   a human-readable position for error messages, e.g. "feature #12" or "line 3401"
 */
public record SourceFeature(String layer, String id, String where, Map<String, Object> attributes, Geometry geometry) {}
