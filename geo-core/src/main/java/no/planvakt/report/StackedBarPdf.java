package no.planvakt.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.IOException;

/**
 * Draws a {@link BarChart} as vector graphics for the PDF report, in the layout of
 * {@link StackedBarSvg} (same sizes, scale, labels and legend; PDF's y axis points up, so every y is
 * turned over), as an image the report scales to the text width.
 */
final class StackedBarPdf {
    private static final float FONT_SIZE = 12;

    private StackedBarPdf() {}

    static Image image(PdfContentByte canvas, BarChart c) {
        int width = StackedBarSvg.WIDTH;
        int height = StackedBarSvg.height(c.bars().size(), c.series().size());
        PdfTemplate t = canvas.createTemplate(width, height);
        BaseFont regular = font(BaseFont.HELVETICA);
        BaseFont bold = font(BaseFont.HELVETICA_BOLD);
        double max = StackedBarSvg.max(c.values());
        double step = StackedBarSvg.niceStep(max);
        double top = StackedBarSvg.top(max);
        int plot = width - StackedBarSvg.LABEL_WIDTH - 20;
        int barsHeight = c.bars().size() * (StackedBarSvg.BAR + StackedBarSvg.GAP);
        int axis = StackedBarSvg.TOP + barsHeight;

        text(t, bold, c.title(), 0, height - 16, PdfContentByte.ALIGN_LEFT, Color.BLACK);
        for (double v = 0; v <= top + step / 2; v += step) {
            float x = (float) (StackedBarSvg.LABEL_WIDTH + plot * v / top);
            t.setColorStroke(new Color(0xdd, 0xdd, 0xdd));
            t.setLineWidth(1);
            t.moveTo(x, height - (StackedBarSvg.TOP - 4));
            t.lineTo(x, height - axis);
            t.stroke();
            text(t, regular, StackedBarSvg.number(v), x, height - (axis + 14), PdfContentByte.ALIGN_CENTER, GREY);
        }
        text(t, regular, c.unit(), width - 2, height - (axis + 26), PdfContentByte.ALIGN_RIGHT, GREY);
        for (int b = 0; b < c.bars().size(); b++) {
            int y = StackedBarSvg.TOP + b * (StackedBarSvg.BAR + StackedBarSvg.GAP);
            text(
                    t,
                    regular,
                    StackedBarSvg.shorten(c.bars().get(b)),
                    StackedBarSvg.LABEL_WIDTH - 6,
                    height - (y + StackedBarSvg.BAR - 5),
                    PdfContentByte.ALIGN_RIGHT,
                    Color.BLACK);
            double x = StackedBarSvg.LABEL_WIDTH;
            double total = 0;
            for (int k = 0; k < c.series().size(); k++) {
                double v = Math.max(0, c.values()[b][k]);
                total += v;
                double w = plot * v / top;
                if (w <= 0) {
                    continue;
                }
                t.setColorFill(PdfReport.color(c.series().get(k).colour()));
                t.setColorStroke(Color.WHITE);
                t.setLineWidth(0.5f);
                t.rectangle((float) x, height - (y + StackedBarSvg.BAR), (float) w, StackedBarSvg.BAR);
                t.fillStroke();
                x += w;
            }
            text(
                    t,
                    regular,
                    StackedBarSvg.number(total),
                    (float) Math.min(x + 4, width - 60.0),
                    height - (y + StackedBarSvg.BAR - 5),
                    PdfContentByte.ALIGN_LEFT,
                    new Color(0x33, 0x33, 0x33));
        }
        int ly = axis + 40;
        for (int k = 0; k < c.series().size(); k++) {
            int lx = (k % 4) * (width / 4);
            int yy = ly + (k / 4) * 18;
            t.setColorFill(PdfReport.color(c.series().get(k).colour()));
            t.setColorStroke(new Color(0x99, 0x99, 0x99));
            t.setLineWidth(0.5f);
            t.rectangle(lx, height - yy - 2, 12, 12);
            t.fillStroke();
            text(
                    t,
                    regular,
                    StackedBarSvg.shorten(c.series().get(k).name()),
                    lx + 16,
                    height - yy,
                    PdfContentByte.ALIGN_LEFT,
                    Color.BLACK);
        }
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot draw the chart " + c.title() + ": " + e.getMessage(), e);
        }
    }

    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private static void text(PdfTemplate t, BaseFont font, String text, float x, float y, int align, Color colour) {
        t.beginText();
        t.setFontAndSize(font, FONT_SIZE);
        t.setColorFill(colour);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }

    /** The standard PDF fonts in Windows-1252 (æøå, «», –), as the rest of the report. */
    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("standard PDF font " + name + " is missing: " + e.getMessage(), e);
        }
    }
}
