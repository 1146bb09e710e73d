/**
 * The rule kinds: one small class per kind a pack may name ({@code exclusion}, {@code coverage},
 * {@code proximity}, {@code fragmentation}, …), all implementing the sealed {@link
 * no.planvakt.rule.kind.RuleKind}. A new kind is a final class here, named in {@code permits} and
 * listed in {@link no.planvakt.rule.kind.RuleKinds}.
 *
 * <h2>The contract of a kind</h2>
 * <ul>
 *   <li><b>What it examines.</b> The engine hands a kind every selected draft object with its
 *       plan-diff classification ({@code RuleContext.changes()}). Which of them count is the pack's
 *       {@code plan.change}, decided in one place: {@code RuleContext.examined(change)} and
 *       {@code examinedPart(change)} (the new or expanded part; the whole object when UNCHANGED
 *       counts). A kind declares the change kinds it can honour ({@code honouredChanges()}); any
 *       other in a pack is refused at load, naming rule and field.</li>
 *   <li><b>Findings and clear.</b> Every examined object ends either in a finding (RED, YELLOW,
 *       INFO, NOT_MAPPED) or in the checked-and-clear list with a sentence saying why it is clear.
 *       An examined object that the pack's {@code plan.change} leaves out is listed as clear with
 *       the reason "ikke omfattet" where the kind lists such objects (exclusion).</li>
 *   <li><b>Not mapped.</b> The part of an examined object outside the reference layer's coverage
 *       is reported as NOT_MAPPED ("Ikke kartlagt her"), never counted as clear: no conflict found
 *       where nobody mapped means nothing.</li>
 *   <li><b>Messages.</b> A kind fills the {@code {name}} placeholders it declares in
 *       {@code placeholders()} (always the common ones of {@code RuleContext.messageValues}); a pack
 *       message naming another placeholder is refused at load.</li>
 *   <li><b>Parameters.</b> Required ones in {@code requiredParameters()}, checked at load with the
 *       kind's own {@code validate}; ECQL-valued ones in {@code filterParameters()}, compiled once at
 *       load and read with {@code RuleContext.filter(name)}. Numeric values may vary by place type
 *       ({@code RuleContext.value(name, at)}).</li>
 *   <li><b>Evidence.</b> Each finding carries its trace (common lines first), named figures and the
 *       geometry to show; areas are measured with {@code RuleContext.measure()} in the plan's own CRS.</li>
 * </ul>
 * Helpers shared by the kinds ({@code Overlaps}, {@code NotMapped}) stay package-private.
 */
package no.planvakt.rule.kind;
