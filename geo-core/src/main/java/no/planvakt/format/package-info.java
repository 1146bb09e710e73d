/**
 * Readers of the plan and reference formats (SOSI 4.5/5.0, Plan GML 5.0, GeoJSON, GeoPackage) into
 * {@link no.planvakt.format.SourceFile}s: features with their attributes as found and geometry in
 * the file's own CRS. Mapping attributes to the plan model is {@code plan}'s job, reprojecting is
 * {@code crs}'s. Bad input is an {@link no.planvakt.InputException} naming file, line or object.
 */
package no.planvakt.format;
