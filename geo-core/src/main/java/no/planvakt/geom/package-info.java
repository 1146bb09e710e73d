/**
 * How the engine stores and compares geometries, below the level of any format or rule: packed
 * 2-D coordinate sequences ({@link no.planvakt.geom.PackedXY}), which the readers build so that a
 * county's 20 million vertices fit a small heap, and a hash of exact coordinates
 * ({@link no.planvakt.geom.ExactHash}) for finding unchanged objects by a lookup.
 */
package no.planvakt.geom;
