package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.planvakt.diff.AreaChange;
import no.planvakt.plan.PlanFeature;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.result.Status;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleContext;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RuleOutcome;
import org.locationtech.jts.geom.Geometry;

/**
 * Inside share ("fortette før vi bygger ut nye arealer", §6.1): how much of the new or expanded
 * built-up land lies inside the existing built-up area (the rule's polygon reference layer). An
 * object wholly inside is clear; one partly or wholly outside is INFO with the area outside. The
 * table gives per municipality, region and all municipalities (MunicipalityLevels) the new area,
 * inside and outside, and the share inside.
 */
public final class InsideShareRule implements RuleKind {
    private static final java.util.Comparator<List<String>> ORDER = java.util.Comparator.comparing(List::toString);

    @Override
    public void validate(RuleDefinition rule) {
        MunicipalityLevels.of(rule);
    }

    @Override
    public String name() {
        return "inside_share";
    }

    @Override
    public Set<String> placeholders() {
        return Placeholders.with("inside_daa");
    }

    @Override
    public Set<String> requiredParameters() {
        return Set.of();
    }

    @Override
    public Set<Status> requiredMessages() {
        return Set.of(Status.INFO);
    }

    @Override
    public RuleOutcome evaluate(RuleContext ctx) {
        RuleDefinition rule = ctx.rule();
        List<Geometry> builtUp = ctx.references().stream()
                .map(r -> r.geometry())
                .filter(g -> g.getDimension() == 2)
                .toList();
        List<Finding> findings = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Map<String, Map<List<String>, double[]>> sums = new TreeMap<>();
        for (AreaChange change : ctx.changes()) {
            ctx.checkpoint();
            ctx.checkpoint();
            if (!ctx.examined(change)) {
                continue;
            }
            PlanFeature f = change.feature();
            Geometry part = ctx.examinedPart(change);
            List<Geometry> hits =
                    builtUp.stream().filter(g -> g.intersects(part)).toList();
            Geometry inside = hits.isEmpty()
                    ? part.getFactory().createPolygon()
                    : Overlaps.intersection(
                            part, Overlaps.union(hits, part.getFactory().createPolygon()));
            double insideM2 = Math.min(ctx.examinedAreaM2(change), ctx.measure().area(inside));
            double outsideM2 = Math.max(0, ctx.examinedAreaM2(change) - insideM2);
            double[] s = sums.computeIfAbsent(LandCoverSplit.municipality(f), k -> new TreeMap<>(ORDER))
                    .computeIfAbsent(List.of(), k -> new double[2]);
            s[0] += ctx.examinedAreaM2(change);
            s[1] += insideM2;
            String text = f.purposeLabel() + " «" + f.displayName() + "»: "
                    + change.kind().label() + " del " + FindingText.daa(ctx.examinedAreaM2(change)) + " daa, herav "
                    + FindingText.daa(insideM2) + " daa innenfor " + ctx.layer().title();
            if (outsideM2 < 1) {
                checked.add(new Checked(rule.id(), f.id(), f.displayName(), text));
                continue;
            }
            double share = ctx.examinedAreaM2(change) > 0 ? outsideM2 / ctx.examinedAreaM2(change) : 0;
            Map<String, String> values = ctx.messageValues(change, outsideM2, share, null);
            values.put("inside_daa", FindingText.daa(insideM2));
            List<String> trace = new ArrayList<>(ctx.commonTrace());
            trace.add(String.format(
                    java.util.Locale.ROOT,
                    "Plandiff: %s, undersøkt del %.1f m²; innenfor %s %.1f m², utenfor %.1f m²",
                    change.kind(),
                    ctx.examinedAreaM2(change),
                    ctx.layer().id(),
                    insideM2,
                    outsideM2));
            trace.add(
                    "Status INFO: ny utbygging utenfor eksisterende tettbebyggelse (til orientering; se andelen i tabellen)");
            Geometry outside = Overlaps.difference(part, inside);
            findings.add(ctx.finding(Status.INFO, change)
                    .key(FindingText.key(rule.id(), f.id(), ctx.layer().id(), "utenfor"))
                    .area(outsideM2)
                    .share(share)
                    .message(FindingText.fill(rule.messages().get(Status.INFO), values))
                    .trace(trace)
                    .geometry(outside.isEmpty() ? part : outside)
                    .figure("inside_m2", insideM2)
                    .figure("outside_m2", outsideM2)
                    .build());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MunicipalityLevels.Row r : MunicipalityLevels.of(rule).rows(sums, ORDER)) {
            double[] v = r.sums();
            rows.add(r.cells(
                    ResultTable.daa(v[0]),
                    ResultTable.daa(v[1]),
                    ResultTable.daa(v[0] - v[1]),
                    ResultTable.percent(v[1], v[0])));
        }
        ResultTable table = new ResultTable(
                rule.id() + "-andel",
                rule.id(),
                "Ny utbygging innenfor og utenfor eksisterende tettbebyggelse",
                MunicipalityLevels.columns(
                        new ResultTable.Column("nytt_daa", "Ny utbygging", "daa"),
                        new ResultTable.Column("innenfor_daa", "Innenfor", "daa"),
                        new ResultTable.Column("utenfor_daa", "Utenfor", "daa"),
                        new ResultTable.Column("andel_innenfor", "Andel innenfor", "%")),
                rows,
                "Nye og utvidede utbyggingsformål lagt over " + ctx.layer().title()
                        + "; arealene summeres over kommuner til region og alle kommuner, andelen regnes av summene.");
        return new RuleOutcome(findings, checked, List.of(table));
    }
}
