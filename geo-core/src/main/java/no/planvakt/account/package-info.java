/**
 * Area accounts (arealregnskap): a plan's land-use objects split by land-cover class, the plan
 * reserve, and what a draft does to it.
 * <p>
 * {@link no.planvakt.account.LandCover} makes the pack's classes one partition (overlaps go to the
 * earlier class, once) and splits objects by it with the area-only overlay: a whole plan at once,
 * piece by piece, each land-cover piece measured first against the object it lies in, and not
 * against the other objects once the clean ones (see {@link no.planvakt.overlay.OverlapScreen})
 * hold all of it. The figures are sums taken in a fixed order after the parallel work, so they do
 * not depend on the threads. Map geometry (the reserve by class) reuses what the split found and
 * is collected, not unioned. {@link no.planvakt.account.AreaAccount} holds one plan version's
 * account, {@link no.planvakt.account.ReserveChange} compares two, and
 * {@link no.planvakt.account.AccountTables} turns them into the tables the report, the page and
 * the WMS read. Areas are m² of the plan's own CRS, each object scaled once at its centroid.
 */
package no.planvakt.account;
