/**
 * Coordinate reference systems (EPSG codes, transforms through GeoTools) and measuring areas and
 * lengths as the planner's own GIS does: in the plan's own projected CRS, whatever the storage CRS.
 */
package no.planvakt.crs;
