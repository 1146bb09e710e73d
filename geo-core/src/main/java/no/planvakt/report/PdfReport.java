package no.planvakt.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planvakt.diff.AreaChange;
import no.planvakt.result.Checked;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.result.RuleSummary;
import no.planvakt.result.Status;
import no.planvakt.rule.FindingText;
import no.planvakt.rule.RuleDefinition;

/**
 * The report for the regional planning forum as PDF (A4), rendered from the same {@link ReportModel}
 * as {@link HtmlReport}: page 1 is the summary (plan, municipality, rule-pack version, data versions,
 * traffic light per rule); then one section per rule with its citation, its map drawn as vector
 * graphics (municipality boundary, scale bar, findings numbered as in the table), the findings with
 * figures and verdicts, an account's stacked-bar charts (vector, the {@link BarChart}s the HTML
 * report draws as SVG) and tables, what was checked and found clear and what could not be checked.
 */
public final class PdfReport {
    private static final float MARGIN = 42;
    private static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 16);
    private static final Font H2 = font(BaseFont.HELVETICA_BOLD, 13);
    private static final Font BOLD = font(BaseFont.HELVETICA_BOLD, 9);
    private static final Font BODY = font(BaseFont.HELVETICA, 9);
    private static final Font SMALL = font(BaseFont.HELVETICA, 7.5f);
    private static final Font QUOTE = font(BaseFont.HELVETICA_OBLIQUE, 9);

    private PdfReport() {}

    public static byte[] render(ReportModel m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 10);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(
                    new Footer("Planvakt – " + m.planName() + " – regelpakke " + m.packId() + " " + m.packVersion()));
            doc.addTitle("Planvakt – " + m.planName());
            doc.addCreator("Planvakt");
            doc.open();
            summary(doc, m);
            for (ReportModel.Section s : m.sections()) {
                doc.newPage();
                section(doc, writer, s);
            }
            doc.newPage();
            basis(doc, m);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF report: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void summary(Document doc, ReportModel m) {
        doc.add(new Paragraph("Planvakt: sjekk mot regionale planretningslinjer", TITLE));
        doc.add(spacer(6));
        PdfPTable facts = table(new float[] {1.2f, 4});
        fact(facts, "Planforslag", m.planName());
        fact(facts, "Kommune", m.municipality() == null ? "ikke oppgitt i planen" : m.municipality());
        fact(facts, "Regelpakke", m.packTitle() + ", versjon " + m.packVersion());
        fact(facts, "Arealer", "målt i EPSG:" + m.reportSrid() + " (planens eget koordinatsystem), i dekar (daa)");
        if (m.generated() != null) {
            fact(facts, "Laget", m.generated().toString());
        }
        doc.add(facts);
        doc.add(new Paragraph(
                "Funnene er råd med dokumentasjon, ikke vedtak: hvert funn viser regelteksten, arealet og hvordan det er "
                        + "beregnet. Hver regel har sin egen side med kart og funn.",
                BODY));
        doc.add(spacer(8));
        doc.add(new Paragraph("Oversikt per regel", H2));
        PdfPTable t = table(new float[] {0.55f, 3.6f, 1.7f, 0.55f, 0.55f, 0.55f, 0.7f, 0.65f, 0.95f});
        header(t, "Regel", "Retningslinje", "Status", "Rød", "Gul", "Info", "Ikke kartl.", "Klart", "Konflikt (daa)");
        for (RuleSummary s : m.summary()) {
            t.addCell(cell(s.ruleId(), BOLD));
            t.addCell(cell(s.title(), BODY));
            PdfPCell light = cell(
                    s.status().label(), s.status() == Status.RED || s.status() == Status.INFO ? white(BOLD) : BOLD);
            light.setBackgroundColor(color(MapFigure.colour(s.status())));
            t.addCell(light);
            for (Status st : new Status[] {Status.RED, Status.YELLOW, Status.INFO, Status.NOT_MAPPED}) {
                t.addCell(num(String.valueOf(s.counts().getOrDefault(st, 0))));
            }
            t.addCell(num(String.valueOf(s.checkedClear())));
            t.addCell(num(FindingText.daa(s.areaM2())));
        }
        doc.add(t);
        if (m.byMunicipality() != null) {
            doc.add(spacer(4));
            doc.add(table(m.byMunicipality()));
        }
        if (m.summarised()) {
            doc.add(new Paragraph(
                    "Rapporten viser de største funnene per regel; alle funn står i "
                            + String.join(
                                    " og ",
                                    m.attachments().stream()
                                            .map(ReportModel.Attachment::label)
                                            .toList()) + ".",
                    BODY));
        }
        doc.add(spacer(8));
        doc.add(new Paragraph("Grunnlag (dataversjoner og datoer)", H2));
        PdfPTable inputs = table(new float[] {1.2f, 4});
        for (Map.Entry<String, String> e : m.inputs().entrySet()) {
            inputs.addCell(cell(e.getKey(), font(BaseFont.HELVETICA_BOLD, 7.5f)));
            inputs.addCell(cell(e.getValue(), SMALL));
        }
        doc.add(inputs);
    }

    private static void section(Document doc, PdfWriter writer, ReportModel.Section s) {
        RuleDefinition rule = s.rule();
        doc.add(new Paragraph(rule.id() + " " + rule.title(), H2));
        Paragraph status = new Paragraph();
        status.add(new Chunk("Status: ", BOLD));
        status.add(new Chunk(" " + s.summary().status().label() + " ", white(BOLD))
                .setBackground(color(MapFigure.colour(s.summary().status()))));
        doc.add(status);
        Paragraph quote = new Paragraph("«" + rule.citation().quote() + "»", QUOTE);
        quote.setIndentationLeft(12);
        quote.setSpacingBefore(4);
        doc.add(quote);
        doc.add(new Paragraph(rule.citation().shortForm(), SMALL));
        doc.add(spacer(4));
        doc.add(map(writer, s.map()));
        if (s.findings().isEmpty()) {
            doc.add(new Paragraph(rule.messages().getOrDefault(Status.GREEN, "Ingen funn."), BODY));
        } else {
            PdfPTable t = table(new float[] {0.35f, 1.1f, 1.7f, 0.75f, 0.75f, 0.75f, 4.1f});
            t.setHeaderRows(1);
            header(t, "Nr.", "Status", "Objekt", "Endring", "Areal (daa)", "Andel", "Funn og vurdering");
            for (ReportModel.Entry e : s.findings()) {
                Finding f = e.finding();
                t.addCell(num(String.valueOf(e.number())));
                PdfPCell light = cell(f.status().label(), SMALL);
                light.setBackgroundColor(tint(MapFigure.colour(f.status())));
                t.addCell(light);
                t.addCell(cell(ReportModel.objectLabel(f), SMALL));
                t.addCell(cell(f.change() == null ? "" : f.change().label(), SMALL));
                t.addCell(num(FindingText.daa(f.areaM2())));
                t.addCell(num(f.share() == null ? "" : FindingText.percent(f.share())));
                Phrase text = new Phrase(f.message(), SMALL);
                if (e.assessment() != null) {
                    text.add(new Chunk("\nVurdert: ", font(BaseFont.HELVETICA_BOLD, 7.5f)));
                    text.add(new Chunk(e.assessment().text(), SMALL));
                }
                PdfPCell textCell = new PdfPCell(text);
                textCell.setPadding(3);
                textCell.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
                t.addCell(textCell);
            }
            doc.add(t);
            if (s.moreFindings() > 0) {
                doc.add(new Paragraph(
                        "… og " + s.moreFindings()
                                + " funn til, med mindre areal (alle står i CSV- og GeoPackage-filen).",
                        BODY));
            }
        }
        if (!s.largest().isEmpty()) {
            doc.add(spacer(4));
            doc.add(new Paragraph("De største funnene i kart", BOLD));
            for (ReportModel.Detail d : s.largest()) {
                Finding f = d.entry().finding();
                PdfPTable box = map(writer, d.map());
                PdfPCell caption = new PdfPCell(new Phrase(
                        "Nr. " + d.entry().number() + ": " + ReportModel.objectLabel(f) + ", "
                                + FindingText.daa(f.areaM2()) + " daa, "
                                + f.status().label().toLowerCase(Locale.ROOT),
                        BODY));
                caption.setBorder(0);
                // The caption above its map, on the same page.
                PdfPTable captioned = table(new float[] {1});
                captioned.addCell(caption);
                PdfPCell inner = new PdfPCell(box);
                inner.setBorder(0);
                captioned.addCell(inner);
                captioned.setKeepTogether(true);
                doc.add(captioned);
            }
        }
        for (BarChart c : AccountCharts.of(rule, s.tables())) {
            doc.add(chart(writer, c));
        }
        s.tables().forEach(t -> doc.add(table(t)));
        if (!s.notChecked().isEmpty()) {
            doc.add(spacer(4));
            doc.add(new Paragraph("Ikke kontrollert (grunnlagsdata mangler)", BOLD));
            s.notChecked().forEach(f -> doc.add(bullet(f.message())));
        }
        if (!s.clear().isEmpty()) {
            doc.add(spacer(4));
            doc.add(new Paragraph("Sjekket og klart", BOLD));
            for (Checked c : s.clear()) {
                doc.add(bullet(c.message()));
            }
            if (s.moreClear() > 0) {
                doc.add(new Paragraph("… og " + s.moreClear() + " objekter til sjekket og klare.", SMALL));
            }
        }
        if (rule.guidance() != null) {
            doc.add(spacer(4));
            Paragraph g = new Paragraph();
            g.add(new Chunk("Veiledning: ", BOLD));
            g.add(new Chunk(rule.guidance(), BODY));
            doc.add(g);
        }
    }

    private static void basis(Document doc, ReportModel m) {
        if (!m.notChecked().isEmpty()) {
            doc.add(new Paragraph("Ikke kontrollert", H2));
            doc.add(new Paragraph(
                    "Her mangler grunnlagsdata; at det ikke er funnet konflikt her, betyr ingenting.", BODY));
            m.notChecked().forEach(f -> doc.add(bullet(f.ruleId() + ": " + f.message())));
            more(doc, m.omitted().get(0), " objekter til som ikke er kontrollert (alle står i findings.csv).");
            doc.add(spacer(8));
        }
        if (!m.planDiff().isEmpty()) {
            doc.add(new Paragraph("Endringer fra gjeldende plan", H2));
            PdfPTable t = table(new float[] {2, 2.4f, 1, 1});
            header(t, "Objekt", "Formål", "Endring", "Areal endret (daa)");
            for (AreaChange c : m.planDiff()) {
                t.addCell(cell(c.feature().displayName(), SMALL));
                t.addCell(cell(c.feature().purposeLabel(), SMALL));
                t.addCell(cell(c.kind().label(), SMALL));
                t.addCell(num(FindingText.daa(c.changedAreaM2())));
            }
            doc.add(t);
            more(doc, m.omitted().get(1), " endringer til, med mindre areal.");
            doc.add(spacer(8));
        }
        if (!m.methods().isEmpty()) {
            doc.add(new Paragraph("Om grunnlagsdataene", H2));
            m.methods().forEach(t -> doc.add(bullet(t)));
            doc.add(spacer(8));
        }
        if (!m.warnings().isEmpty()) {
            doc.add(new Paragraph("Merknader fra innlesingen", H2));
            m.warnings().forEach(w -> doc.add(bullet(w)));
            more(doc, m.omitted().get(2), " merknader til (alle står i result.json).");
        }
        doc.add(spacer(8));
        doc.add(new Paragraph("Laget av Planvakt. Kommunegrenser © Kartverket (CC BY 4.0).", SMALL));
    }

    /** The map as a vector drawing scaled to the text width, its legend and its scale. */
    private static PdfPTable map(PdfWriter writer, MapFigure map) {
        float w = (float) MapFigure.WIDTH;
        float h = (float) MapFigure.HEIGHT;
        PdfTemplate tpl = writer.getDirectContent().createTemplate(w, h);
        tpl.setColorFill(new Color(0xf7, 0xf7, 0xf2));
        tpl.rectangle(0, 0, w, h);
        tpl.fill();
        for (MapFigure.Shape shape : map.shapes()) {
            MapFigure.Style st = shape.style();
            tpl.saveState();
            boolean fill = !"none".equals(st.fill());
            if (fill) {
                tpl.setColorFill(blend(color(st.fill()), st.fillOpacity()));
            }
            tpl.setColorStroke(color(st.stroke()));
            tpl.setLineWidth((float) st.strokeWidth());
            if (st.dashed()) {
                tpl.setLineDash(6, 3, 0);
            }
            for (MapFigure.Path p : shape.paths()) {
                double[] xy = p.xy();
                for (int i = 0; i < xy.length; i += 2) {
                    if (i == 0) {
                        tpl.moveTo((float) xy[i], h - (float) xy[i + 1]);
                    } else {
                        tpl.lineTo((float) xy[i], h - (float) xy[i + 1]);
                    }
                }
                if (p.closed()) {
                    tpl.closePath();
                }
            }
            boolean closed = shape.paths().stream().allMatch(MapFigure.Path::closed);
            if (fill && closed) {
                tpl.eoFillStroke();
            } else {
                tpl.stroke();
            }
            tpl.restoreState();
        }
        BaseFont bold = baseFont(BaseFont.HELVETICA_BOLD);
        for (MapFigure.Label l : map.labels()) {
            float x = (float) l.x() - bold.getWidthPoint(l.text(), 11) / 2;
            float y = h - (float) l.y();
            tpl.saveState();
            tpl.beginText();
            tpl.setFontAndSize(bold, 11);
            tpl.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_STROKE);
            tpl.setColorStroke(Color.WHITE);
            tpl.setLineWidth(2.5f);
            tpl.setTextMatrix(x, y);
            tpl.showText(l.text());
            tpl.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            tpl.setColorFill(Color.BLACK);
            tpl.setTextMatrix(x, y);
            tpl.showText(l.text());
            tpl.endText();
            tpl.restoreState();
        }
        float bar = (float) map.scaleBarLength();
        tpl.setColorFill(Color.WHITE);
        tpl.rectangle(6, 4, bar + 50, 22);
        tpl.fill();
        tpl.setColorStroke(Color.BLACK);
        tpl.setLineWidth(3);
        tpl.moveTo(10, 10);
        tpl.lineTo(10 + bar, 10);
        tpl.stroke();
        tpl.beginText();
        tpl.setFontAndSize(baseFont(BaseFont.HELVETICA), 10);
        tpl.setColorFill(Color.BLACK);
        tpl.setTextMatrix(10, 15);
        tpl.showText(map.scaleBarText());
        tpl.endText();
        tpl.setColorStroke(new Color(0xcc, 0xcc, 0xcc));
        tpl.setLineWidth(1);
        tpl.rectangle(0, 0, w, h);
        tpl.stroke();
        try {
            Image img = Image.getInstance(tpl);
            float width = PageSize.A4.getWidth() - 2 * MARGIN;
            img.scaleToFit(width, width * h / w);
            PdfPTable box = table(new float[] {1});
            PdfPCell c = new PdfPCell(img, false);
            c.setBorder(0);
            box.addCell(c);
            Phrase legend = new Phrase();
            for (MapFigure.LegendEntry e : map.legend()) {
                legend.add(new Chunk("    ", SMALL).setBackground(legendColour(e.style())));
                legend.add(new Chunk(" " + e.text() + "     ", SMALL));
            }
            long denominator = Math.round(map.scaleDenominator() * w / width);
            legend.add(new Chunk(
                    String.format(Locale.ROOT, "   Målestokk ca. 1:%,d", denominator)
                            .replace(',', ' '),
                    SMALL));
            for (String note : map.notes()) {
                legend.add(new Chunk("\n" + note, SMALL));
            }
            PdfPCell lc = new PdfPCell(legend);
            lc.setBorder(0);
            box.addCell(lc);
            box.setSpacingAfter(6);
            return box;
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account chart drawn as vectors, scaled to the text width, kept on one page. */
    private static Element chart(PdfWriter writer, BarChart c) {
        Image img = StackedBarPdf.image(writer.getDirectContent(), c);
        float width = PageSize.A4.getWidth() - 2 * MARGIN;
        img.scaleToFit(width, width * img.getHeight() / img.getWidth());
        PdfPTable box = table(new float[] {1});
        PdfPCell cell = new PdfPCell(img, false);
        cell.setBorder(0);
        box.addCell(cell);
        box.setKeepTogether(true);
        box.setSpacingBefore(6);
        return box;
    }

    /**
     * A rule's table of figures (area account, reserve, …) as {@link TableHtml} shows it: numbers the
     * Norwegian way, units in the header, no geometry column, cut after {@link TableHtml#ROWS_SHOWN} rows.
     */
    private static Element table(ResultTable rt) {
        List<Integer> shown = new java.util.ArrayList<>();
        for (int i = 0; i < rt.columns().size(); i++) {
            if (!rt.columns().get(i).name().equals(TableHtml.GEOMETRY_COLUMN)) {
                shown.add(i);
            }
        }
        float[] widths = new float[shown.size()];
        java.util.Arrays.fill(widths, 1);
        PdfPTable t = table(widths);
        t.setHeaderRows(1);
        for (int i : shown) {
            ResultTable.Column c = rt.columns().get(i);
            header(
                    t,
                    (c.label() == null ? c.name() : c.label())
                            + (c.numeric() && !c.unit().isEmpty() ? " (" + c.unit() + ")" : ""));
        }
        for (List<Object> row :
                rt.rows().subList(0, Math.min(TableHtml.ROWS_SHOWN, rt.rows().size()))) {
            for (int i : shown) {
                Object v = row.get(i);
                String text = v == null ? "" : v instanceof Number n ? FindingText.number(n) : v.toString();
                t.addCell(rt.columns().get(i).numeric() ? num(text) : cell(text, SMALL));
            }
        }
        Paragraph all = new Paragraph();
        Paragraph title = new Paragraph(rt.title(), BOLD);
        title.setSpacingBefore(6);
        all.add(title);
        all.add(t);
        if (rt.rows().size() > TableHtml.ROWS_SHOWN) {
            all.add(new Paragraph(
                    "… og " + (rt.rows().size() - TableHtml.ROWS_SHOWN) + " rader til (alle står i result.json og i "
                            + rt.id() + ".csv).",
                    SMALL));
        }
        if (rt.note() != null && !rt.note().isBlank()) {
            all.add(new Paragraph(rt.note(), SMALL));
        }
        return all;
    }

    private static void more(Document doc, int n, String text) {
        if (n > 0) {
            doc.add(new Paragraph("… og " + n + text, SMALL));
        }
    }

    private static Color legendColour(MapFigure.Style st) {
        return "none".equals(st.fill()) ? color(st.stroke()) : blend(color(st.fill()), Math.max(0.5, st.fillOpacity()));
    }

    private static Paragraph bullet(String text) {
        Paragraph p = new Paragraph("• " + text, SMALL);
        p.setIndentationLeft(8);
        p.setFirstLineIndent(-6);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(4);
        return t;
    }

    private static void header(PdfPTable t, String... names) {
        for (String n : names) {
            PdfPCell c = cell(n, font(BaseFont.HELVETICA_BOLD, 8));
            c.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            t.addCell(c);
        }
    }

    private static void fact(PdfPTable t, String name, String value) {
        t.addCell(cell(name, BOLD));
        t.addCell(cell(value, BODY));
    }

    private static PdfPCell cell(String text, Font f) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, f));
        c.setPadding(3);
        c.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
        return c;
    }

    private static PdfPCell num(String text) {
        PdfPCell c = cell(text, SMALL);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static Paragraph spacer(float points) {
        Paragraph p = new Paragraph(" ", font(BaseFont.HELVETICA, 2));
        p.setSpacingAfter(points);
        return p;
    }

    private static Font white(Font f) {
        return new Font(f.getBaseFont(), f.getSize(), f.getStyle(), Color.WHITE);
    }

    private static Font font(String name, float size) {
        return new Font(baseFont(name), size, Font.NORMAL, Color.BLACK);
    }

    /** The standard PDF fonts in Windows-1252, which has the Norwegian letters and «», – and …. */
    private static BaseFont baseFont(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("standard PDF font " + name + " is missing: " + e.getMessage(), e);
        }
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** The colour as drawn with {@code opacity} over the map's paper. */
    private static Color blend(Color c, double opacity) {
        int[] paper = {0xf7, 0xf7, 0xf2};
        return new Color(
                mix(c.getRed(), paper[0], opacity),
                mix(c.getGreen(), paper[1], opacity),
                mix(c.getBlue(), paper[2], opacity));
    }

    private static Color tint(String hex) {
        return blend(color(hex), 0.35);
    }

    private static int mix(int c, int paper, double opacity) {
        return (int) Math.round(c * opacity + paper * (1 - opacity));
    }

    /** Page numbers and the run on every page, so a printed page can be traced to its report. */
    private static final class Footer extends PdfPageEventHelper {
        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(baseFont(BaseFont.HELVETICA), 7.5f);
            cb.setColorFill(Color.GRAY);
            cb.setTextMatrix(MARGIN, 24);
            cb.showText(text);
            String page = "Side " + writer.getPageNumber();
            cb.setTextMatrix(
                    PageSize.A4.getWidth()
                            - MARGIN
                            - baseFont(BaseFont.HELVETICA).getWidthPoint(page, 7.5f),
                    24);
            cb.showText(page);
            cb.endText();
        }
    }
}
