/**
 * Energy stations for heavy transport (Buskerudplanen §6.2.6, tiltak 6; AFIR): the corridors of the
 * pack built as routes through the road network, the gaps between existing stations measured
 * along the road, candidate sites scored from the pack's weights, and the fewest new sites that
 * close the gaps.
 *
 * <p>The contract, step by step:
 * <ul>
 *   <li>{@link no.planvakt.siting.CorridorBuilder} merges a road number's links into sections (one
 *   line each, the longest path where the links branch); a road number with no link is an error
 *   naming the rule.</li>
 *   <li>{@link no.planvakt.siting.Junction#find} marks the section ends that meet another corridor
 *   of the pack (within {@code joinM}): junctions, not borders.</li>
 *   <li>{@link no.planvakt.siting.StationPlacer} places a station on a section by linear referencing
 *   when it lies within the snapping distance; beyond an open (border) end of a section within the
 *   border margin it is placed beyond the end, at its straight-line distance; never past a junction
 *   end. Every other station is returned as not placed, never dropped.</li>
 *   <li>{@link no.planvakt.siting.GapAnalysis} bounds each section by the nearest stations beyond its
 *   border ends or, when none is known within the margin, by a virtual station at the margin: the
 *   station data are taken to be complete up to the margin, so a reported spacing is a lower bound of
 *   the true one and every reported gap is real. Past a junction end the bound is the first station
 *   along the other corridor, the worse of the ways on (every route must keep the spacing).</li>
 *   <li>{@link no.planvakt.siting.CoverSolver} answers the covering model; on one section
 *   {@link no.planvakt.siting.CorridorSweep} is exact on its own.</li>
 * </ul>
 * Lengths are measured in the stored CRS, along the section line (JTS {@code LengthIndexedLine}).
 */
package no.planvakt.siting;
