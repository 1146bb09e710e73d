package no.planvakt.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.diff.ChangeKind;
import no.planvakt.plan.PlanFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.RuleSummary;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RulePackLoader;
import org.locationtech.jts.geom.Envelope;

/**
 * A short, self-contained HTML report for the regional planning forum: traffic light per
 * guideline with its citation, a map, the findings with areas in daa, what was checked and found
 * clear, and how each finding was computed.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(LoadedPack pack, CheckInput input, CheckResult result) {
        return render(pack, input, result, Map.of());
    }

    /**
     * @param assessments planners' verdicts by finding key (e.g. "Falsk positiv – Kari Planlegger,
     *                    2026-11-22: …"), shown under the finding
     */
    public static String render(LoadedPack pack, CheckInput input, CheckResult result, Map<String, String> assessments) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Planvakt – ")
                .append(escape(input.draft().name())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append(".num{text-align:right}.light{display:inline-block;width:1em;height:1em;border-radius:50%;vertical-align:middle;margin-right:.3em}")
                .append("blockquote{border-left:4px solid #ccc;margin:.5em 0;padding-left:1em;font-style:italic}")
                .append("details{font-size:.9em;color:#444}</style></head><body>\n");
        h.append("<h1>Planvakt: sjekk mot regionale planretningslinjer</h1>\n");
        h.append("<p><b>Planforslag:</b> ").append(escape(input.draft().name()));
        if (input.draft().municipality() != null) {
            h.append(" (kommune ").append(escape(input.draft().municipality())).append(")");
        }
        h.append("<br><b>Regelpakke:</b> ").append(escape(pack.pack().title())).append(", versjon ")
                .append(escape(pack.pack().version())).append("<br><b>Arealer</b> er målt i EPSG:").append(result.reportSrid())
                .append(" (planens eget koordinatsystem), i dekar (daa).</p>\n");
        h.append("<p>Funnene er råd med dokumentasjon, ikke vedtak: hvert funn viser regelteksten, arealet og hvordan det er beregnet.</p>\n");

        h.append("<h2>Oversikt</h2>\n<table><tr><th>Regel</th><th>Status</th><th>Funn</th><th>Sjekket og klart</th><th class=num>Areal i konflikt (daa)</th></tr>\n");
        for (RuleSummary s : result.summaries()) {
            h.append("<tr><td>").append(escape(s.ruleId() + " " + s.title())).append("</td><td>").append(light(s.status()))
                    .append(escape(s.status().label())).append("</td><td>");
            s.counts().forEach((st, n) -> h.append(n).append(' ').append(escape(st.label().toLowerCase(Locale.ROOT))).append("<br>"));
            h.append("</td><td class=num>").append(s.checkedClear()).append("</td><td class=num>").append(FindingText.daa(s.areaM2()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        for (CompiledRule rule : pack.rules()) {
            ruleSection(h, rule.definition(), input, result, assessments);
        }

        h.append("<h2>Grunnlag</h2>\n<table>");
        for (Map.Entry<String, String> e : result.inputs().entrySet()) {
            h.append("<tr><th>").append(escape(e.getKey())).append("</th><td>").append(escape(e.getValue())).append("</td></tr>");
        }
        h.append("</table>\n");
        for (ReferenceLayer l : input.layers().values()) {
            if (l.provenance().method() != null) {
                h.append("<p><b>").append(escape(l.title())).append(":</b> ").append(escape(l.provenance().method())).append("</p>\n");
            }
        }
        if (!result.planDiff().isEmpty()) {
            h.append("<h2>Endringer fra gjeldende plan</h2>\n<table><tr><th>Objekt</th><th>Formål</th><th>Endring</th><th class=num>Areal endret (daa)</th></tr>\n");
            result.planDiff().stream().filter(c -> c.kind() != ChangeKind.UNCHANGED).forEach(c -> h.append("<tr><td>")
                    .append(escape(c.feature().displayName())).append("</td><td>").append(escape(c.feature().purposeLabel()))
                    .append("</td><td>").append(escape(c.kind().label())).append("</td><td class=num>")
                    .append(FindingText.daa(c.changedAreaM2())).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        if (!result.warnings().isEmpty()) {
            h.append("<h2>Merknader fra innlesingen</h2>\n<ul>");
            result.warnings().forEach(w -> h.append("<li>").append(escape(w)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("<p style=\"color:#777;font-size:.8em\">Laget av Planvakt. Regelpakke ").append(escape(result.packId()))
                .append(' ').append(escape(result.packVersion())).append(".</p></body></html>\n");
        return h.toString();
    }

    private static void ruleSection(StringBuilder h, RuleDefinition rule, CheckInput input, CheckResult result,
                                    Map<String, String> assessments) {
        List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        List<Checked> checked = result.checked().stream().filter(c -> c.ruleId().equals(rule.id())).toList();
        h.append("<h2>").append(escape(rule.id() + " " + rule.title())).append("</h2>\n");
        h.append("<blockquote>«").append(escape(rule.citation().quote())).append("»</blockquote><p>")
                .append(escape(rule.citation().shortForm())).append("</p>\n");
        h.append(map(rule, input, findings)).append('\n');
        if (findings.isEmpty()) {
            h.append("<p>").append(light(no.planvakt.result.Status.GREEN)).append(escape(rule.messages()
                    .getOrDefault(no.planvakt.result.Status.GREEN, "Ingen funn."))).append("</p>\n");
        } else {
            h.append("<table><tr><th>Status</th><th>Objekt</th><th>Endring</th><th class=num>Areal (daa)</th><th class=num>Andel</th><th>Funn</th></tr>\n");
            for (Finding f : findings) {
                h.append("<tr><td>").append(light(f.status())).append(escape(f.status().label())).append("</td><td>")
                        .append(escape(f.planObjectName() + " (" + f.planObjectId() + ")")).append("</td><td>")
                        .append(f.change() == null ? "" : escape(f.change().label())).append("</td><td class=num>")
                        .append(FindingText.daa(f.areaM2())).append("</td><td class=num>")
                        .append(f.share() == null ? "" : FindingText.percent(f.share())).append("</td><td>").append(escape(f.message()));
                if (assessments.containsKey(f.key())) {
                    h.append("<p class=assessed><b>Vurdert:</b> ").append(escape(assessments.get(f.key()))).append("</p>");
                }
                h.append("<details><summary>Slik er det beregnet</summary><ol>");
                f.trace().forEach(t -> h.append("<li>").append(escape(t)).append("</li>"));
                h.append("</ol></details></td></tr>\n");
            }
            h.append("</table>\n");
        }
        result.tables().stream().filter(t -> t.ruleId().equals(rule.id())).forEach(t -> TableHtml.append(h, t));
        if (!checked.isEmpty()) {
            h.append("<p><b>Sjekket og klart:</b></p><ul>");
            checked.forEach(c -> h.append("<li>").append(escape(c.message())).append("</li>"));
            h.append("</ul>\n");
        }
        if (rule.guidance() != null) {
            h.append("<p><b>Veiledning:</b> ").append(escape(rule.guidance())).append("</p>\n");
        }
    }

    private static String map(RuleDefinition rule, CheckInput input, List<Finding> findings) {
        Envelope env = new Envelope();
        findings.forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        if (env.isNull()) {
            input.draft().landUse().forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        }
        SvgMap map = new SvgMap(env);
        ReferenceLayer layer = input.layers().get(rule.reference().layer());
        if (layer != null) {
            layer.features().forEach(r -> map.add(r.geometry(), "#7fbf7b", "#4d9221", 0.25, layer.title()));
        }
        for (PlanFeature f : input.draft().features()) {
            map.add(f.geometry(), "none", "#555555", 0, f.displayName() + " – " + f.purposeLabel());
        }
        for (Finding f : findings) {
            map.add(f.geometry(), SvgMap.colour(f.status()), SvgMap.colour(f.status()), 0.75,
                    f.planObjectName() + ": " + f.status().label() + ", " + FindingText.daa(f.areaM2()) + " daa");
        }
        return map.render();
    }

    private static String light(no.planvakt.result.Status s) {
        return "<span class=light style=\"background:" + SvgMap.colour(s) + "\"></span>";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
