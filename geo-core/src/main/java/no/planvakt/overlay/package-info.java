/**
 * Overlay of polygons for the rule kinds, in two forms kept apart on purpose.
 * <ul>
 *   <li>{@link no.planvakt.overlay.OverlayArea}: how much area two polygonal geometries share,
 *       without building the overlay geometry. This is what thresholds, shares and area accounts
 *       need, and it is several times cheaper than an overlay.</li>
 *   <li>{@link no.planvakt.overlay.OverlayGeometry}: the overlay geometry itself, for the findings
 *       that are reported and drawn. OverlayNG with a fast noder first; the robust path of
 *       {@code OverlayNGRobust} when that fails.</li>
 *   <li>{@link no.planvakt.overlay.OverlapScreen}: which polygons of a set (a land cover) can
 *       overlap another at all, from their shared edges, so that only those pairs are measured.</li>
 * </ul>
 * All three take geometries in one planar CRS and return planar figures; converting to the plan's own
 * CRS ({@code AreaMeasure}) is the caller's business. Inputs are expected to be valid (the
 * importers repair them); for anything else than polygons and multipolygons, or where the
 * area-only method cannot decide exactly, {@code OverlayArea} falls back to OverlayNG.
 */
package no.planvakt.overlay;
