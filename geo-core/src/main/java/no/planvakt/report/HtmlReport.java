package no.planvakt.report;

import java.util.Locale;
import java.util.Map;
import no.planvakt.diff.AreaChange;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.RuleSummary;
import no.planvakt.result.Status;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RuleDefinition;

/**
 * The report for the regional planning forum as one self-contained HTML page, rendered from the
 * {@link ReportModel} that the PDF is rendered from too: traffic light per guideline with its
 * citation, a map per rule, the findings with areas in daa and verdicts, what was checked and found
 * clear, what could not be checked, and how each finding was computed.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** The command's report: no verdicts yet, no date (the same bytes on every run). */
    public static String render(LoadedPack pack, CheckInput input, CheckResult result) {
        return render(ReportModel.of(pack, input, result, Map.of(), null));
    }

    public static String render(ReportModel m) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Planvakt – ")
                .append(escape(m.planName()))
                .append("</title>\n<style>")
                .append(
                        "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}")
                .append(
                        "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append(
                        ".num{text-align:right;white-space:nowrap}.light{display:inline-block;width:1em;height:1em;border-radius:50%;vertical-align:middle;margin-right:.3em}")
                .append("blockquote{border-left:4px solid #ccc;margin:.5em 0;padding-left:1em;font-style:italic}")
                .append(".legend{font-size:.85em;color:#444}.legend span{margin-right:1em;white-space:nowrap}")
                .append(".assessed{background:#eef5ff;padding:.2em .4em;margin:.3em 0}")
                .append("details{font-size:.9em;color:#444}</style></head><body>\n");
        h.append("<h1>Planvakt: sjekk mot regionale planretningslinjer</h1>\n");
        h.append("<table class=facts><tr><th>Planforslag</th><td>")
                .append(escape(m.planName()))
                .append("</td></tr>");
        if (m.municipality() != null) {
            h.append("<tr><th>Kommune</th><td>")
                    .append(escape(m.municipality()))
                    .append("</td></tr>");
        }
        h.append("<tr><th>Regelpakke</th><td>")
                .append(escape(m.packTitle()))
                .append(", versjon ")
                .append(escape(m.packVersion()))
                .append("</td></tr><tr><th>Arealer</th><td>målt i EPSG:")
                .append(m.reportSrid())
                .append(" (planens eget koordinatsystem), i dekar (daa)</td></tr>");
        if (m.generated() != null) {
            h.append("<tr><th>Laget</th><td>").append(m.generated()).append("</td></tr>");
        }
        h.append("</table>\n");
        h.append(
                "<p>Funnene er råd med dokumentasjon, ikke vedtak: hvert funn viser regelteksten, arealet og hvordan det er beregnet.</p>\n");

        h.append(
                        "<h2>Oversikt</h2>\n<table class=summary><tr><th>Regel</th><th>Status</th><th>Funn</th><th>Sjekket og klart</th>")
                .append("<th class=num>Areal i konflikt (daa)</th></tr>\n");
        for (RuleSummary s : m.summary()) {
            h.append("<tr><td>")
                    .append(escape(s.ruleId() + " " + s.title()))
                    .append("</td><td>")
                    .append(light(s.status()))
                    .append(escape(s.status().label()))
                    .append("</td><td>");
            s.counts()
                    .forEach((st, n) -> h.append(n)
                            .append(' ')
                            .append(escape(st.label().toLowerCase(Locale.ROOT)))
                            .append("<br>"));
            h.append("</td><td class=num>")
                    .append(s.checkedClear())
                    .append("</td><td class=num>")
                    .append(FindingText.daa(s.areaM2()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (m.byMunicipality() != null) {
            h.append("<h2>Funn per kommune</h2>\n");
            TableHtml.append(h, m.byMunicipality());
        }
        if (m.summarised()) {
            h.append("<p class=attachments>Rapporten viser de største funnene per regel; alle funn står i ");
            for (int i = 0; i < m.attachments().size(); i++) {
                ReportModel.Attachment a = m.attachments().get(i);
                h.append(i == 0 ? "" : " og ")
                        .append("<a href=\"")
                        .append(escape(a.href()))
                        .append("\">")
                        .append(escape(a.label()))
                        .append("</a>");
            }
            h.append(".</p>\n");
        }

        for (ReportModel.Section s : m.sections()) {
            section(h, s);
        }

        if (!m.notChecked().isEmpty()) {
            h.append(
                    "<h2>Ikke kontrollert</h2>\n<p>Her mangler grunnlagsdata; at det ikke er funnet konflikt her, betyr ingenting.</p><ul>");
            m.notChecked()
                    .forEach(f -> h.append("<li>")
                            .append(escape(f.ruleId() + ": " + f.message()))
                            .append("</li>"));
            h.append("</ul>\n");
            more(h, m.omitted().get(0), " objekter til som ikke er kontrollert (alle står i findings.csv).");
        }
        h.append("<h2>Grunnlag</h2>\n<table class=inputs>");
        for (Map.Entry<String, String> e : m.inputs().entrySet()) {
            h.append("<tr><th>")
                    .append(escape(e.getKey()))
                    .append("</th><td>")
                    .append(escape(e.getValue()))
                    .append("</td></tr>");
        }
        h.append("</table>\n");
        m.methods().forEach(t -> h.append("<p>").append(escape(t)).append("</p>\n"));
        if (!m.planDiff().isEmpty()) {
            h.append("<h2>Endringer fra gjeldende plan</h2>\n<table><tr><th>Objekt</th><th>Formål</th><th>Endring</th>")
                    .append("<th class=num>Areal endret (daa)</th></tr>\n");
            for (AreaChange c : m.planDiff()) {
                h.append("<tr><td>")
                        .append(escape(c.feature().displayName()))
                        .append("</td><td>")
                        .append(escape(c.feature().purposeLabel()))
                        .append("</td><td>")
                        .append(escape(c.kind().label()))
                        .append("</td><td class=num>")
                        .append(FindingText.daa(c.changedAreaM2()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
            more(h, m.omitted().get(1), " endringer til, med mindre areal.");
        }
        if (!m.warnings().isEmpty()) {
            h.append("<h2>Merknader fra innlesingen</h2>\n<ul>");
            m.warnings().forEach(w -> h.append("<li>").append(escape(w)).append("</li>"));
            h.append("</ul>\n");
            more(h, m.omitted().get(2), " merknader til (alle står i result.json).");
        }
        h.append("<p style=\"color:#777;font-size:.8em\">Laget av Planvakt. Regelpakke ")
                .append(escape(m.packId()))
                .append(' ')
                .append(escape(m.packVersion()))
                .append(". Kommunegrenser © Kartverket (CC BY 4.0).</p></body></html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, ReportModel.Section s) {
        RuleDefinition rule = s.rule();
        h.append("<section class=rule id=\"rule-")
                .append(escape(rule.id()))
                .append("\"><h2>")
                .append(escape(rule.id() + " " + rule.title()))
                .append("</h2>\n<p>")
                .append(light(s.summary().status()))
                .append(escape(s.summary().status().label()))
                .append("</p>\n");
        h.append("<blockquote>«")
                .append(escape(rule.citation().quote()))
                .append("»</blockquote><p>")
                .append(escape(rule.citation().shortForm()))
                .append("</p>\n");
        h.append(SvgMap.render(s.map())).append('\n');
        if (s.findings().isEmpty()) {
            h.append("<p>")
                    .append(light(Status.GREEN))
                    .append(escape(rule.messages().getOrDefault(Status.GREEN, "Ingen funn.")))
                    .append("</p>\n");
        } else {
            h.append(
                            "<table class=findings><tr><th>Nr.</th><th>Status</th><th>Objekt</th><th>Endring</th><th class=num>Areal (daa)</th>")
                    .append("<th class=num>Andel</th><th>Funn</th></tr>\n");
            for (ReportModel.Entry e : s.findings()) {
                Finding f = e.finding();
                h.append("<tr data-key=\"")
                        .append(escape(f.key()))
                        .append("\"><td class=num>")
                        .append(e.number())
                        .append("</td><td>")
                        .append(light(f.status()))
                        .append(escape(f.status().label()))
                        .append("</td><td>")
                        .append(escape(ReportModel.objectLabel(f)))
                        .append("</td><td>")
                        .append(f.change() == null ? "" : escape(f.change().label()))
                        .append("</td><td class=num>")
                        .append(FindingText.daa(f.areaM2()))
                        .append("</td><td class=num>")
                        .append(f.share() == null ? "" : FindingText.percent(f.share()))
                        .append("</td><td>")
                        .append(escape(f.message()));
                if (e.assessment() != null) {
                    h.append("<p class=assessed><b>Vurdert:</b> ")
                            .append(escape(e.assessment().text()))
                            .append("</p>");
                }
                h.append("<details><summary>Slik er det beregnet</summary><ol>");
                f.trace().forEach(t -> h.append("<li>").append(escape(t)).append("</li>"));
                h.append("</ol></details></td></tr>\n");
            }
            h.append("</table>\n");
            if (s.moreFindings() > 0) {
                h.append("<p>… og ")
                        .append(s.moreFindings())
                        .append(" funn til, med mindre areal (alle står i CSV- og GeoPackage-filen).</p>\n");
            }
        }
        if (!s.largest().isEmpty()) {
            h.append("<h3>De største funnene i kart</h3>\n");
            for (ReportModel.Detail d : s.largest()) {
                Finding f = d.entry().finding();
                h.append("<p><b>Nr. ")
                        .append(d.entry().number())
                        .append(":</b> ")
                        .append(escape(ReportModel.objectLabel(f)))
                        .append(", ")
                        .append(FindingText.daa(f.areaM2()))
                        .append(" daa, ")
                        .append(escape(f.status().label().toLowerCase(Locale.ROOT)))
                        .append("</p>\n")
                        .append(SvgMap.render(d.map()))
                        .append('\n');
            }
        }
        AccountCharts.of(rule, s.tables())
                .forEach(c -> h.append(StackedBarSvg.render(c)).append('\n'));
        s.tables().forEach(t -> TableHtml.append(h, t));
        if (!s.notChecked().isEmpty()) {
            h.append("<p><b>Ikke kontrollert</b> (grunnlagsdata mangler):</p><ul>");
            s.notChecked()
                    .forEach(f -> h.append("<li>").append(escape(f.message())).append("</li>"));
            h.append("</ul>\n");
        }
        if (!s.clear().isEmpty()) {
            h.append("<p><b>Sjekket og klart:</b></p><ul class=clear>");
            for (Checked c : s.clear()) {
                h.append("<li>").append(escape(c.message())).append("</li>");
            }
            h.append("</ul>\n");
            if (s.moreClear() > 0) {
                h.append("<p>… og ").append(s.moreClear()).append(" objekter til sjekket og klare.</p>\n");
            }
        }
        if (rule.guidance() != null) {
            h.append("<p><b>Veiledning:</b> ").append(escape(rule.guidance())).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void more(StringBuilder h, int n, String text) {
        if (n > 0) {
            h.append("<p>… og ").append(n).append(escape(text)).append("</p>\n");
        }
    }

    private static String light(Status s) {
        return "<span class=light style=\"background:" + MapFigure.colour(s) + "\"></span>";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
