package de.willkommenvorort.base.pdf;

import com.google.zxing.common.BitMatrix;
import de.willkommenvorort.base.ui.QrCodeImage;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A4 pages of text in any served script, and QR codes, made on the server. The JDK's text engine
 * (HarfBuzz) lays the text out: it breaks lines, orders right-to-left and mixed text (bidi) and
 * shapes it with the fonts in {@link PrintFonts}, so Arabic is joined and right to left, and
 * Ethiopic, Cyrillic and the Indic scripts look as a browser shows them. Each line is drawn as the
 * outlines of its glyphs: no subsetting or shaping of our own, the same on every server, at the
 * price that the text is a picture of letters, not selectable (decision 049). Coordinates are
 * points from the top left of a page.
 */
public final class PdfSheet implements AutoCloseable {

    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** Where a line sits in its column: at its start (left), its end (right) or in its middle. */
    public enum Align { LEFT, RIGHT, CENTRE }

    /** How a paragraph is set: size in points, weight, base direction, and where its lines sit. */
    public record Style(float size, boolean bold, boolean rightToLeft, Align align) {

        public Style(float size, boolean bold) {
            this(size, bold, false, Align.LEFT);
        }

        public Style set(boolean rightToLeft, Align align) {
            return new Style(size, bold, rightToLeft, align);
        }
    }

    private final PDDocument document = new PDDocument();
    private final List<PDPageContentStream> pages = new ArrayList<>();
    private final float margin;
    private final Locale locale;
    private boolean closed;

    /** A sheet of pages with {@code margin} points on every side, its title and its language. */
    public PdfSheet(float margin, String title, Locale locale) {
        this.margin = margin;
        this.locale = locale;
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(title);
        document.setDocumentInformation(information);
        document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
    }

    public float margin() {
        return margin;
    }

    /** A column {@code width} points wide starting {@code left} points from the page's left edge, at the top of page 0. */
    public Column column(float left, float width) {
        return new Column(left, width);
    }

    /** Where text goes next: a page and a height on it, moving to the next page at the bottom margin. */
    public final class Column {

        private final float left;
        private final float width;
        private int page;
        private float top;

        private Column(float left, float width) {
            this.left = left;
            this.width = width;
            this.top = margin;
        }

        public int page() {
            return page;
        }

        public float top() {
            return top;
        }

        public Column space(float points) {
            top += points;
            return this;
        }

        /** Goes on at {@code top} points on page {@code page}. */
        public Column at(int page, float top) {
            this.page = page;
            this.top = top;
            return this;
        }

        /** Sets {@code text}, its lines broken to the column's width; a line break in it starts a new line. */
        public Column text(String text, Style style) {
            for (String part : text.split("\n", -1)) {
                if (part.isBlank()) {
                    top += style.size() * 1.3f;
                    continue;
                }
                LineBreakMeasurer lines = new LineBreakMeasurer(runs(part, style).getIterator(),
                        BreakIterator.getLineInstance(locale), MEASURE);
                while (lines.getPosition() < part.length()) {
                    TextLayout line = lines.nextLayout(width);
                    float height = Math.max(line.getAscent() + line.getDescent() + line.getLeading(), style.size() * 1.3f);
                    if (top + height > HEIGHT - margin) {
                        page++;
                        top = margin;
                    }
                    // A right-to-left line's trailing space is on its left; a left-to-right line's on its right.
                    float ink = style.rightToLeft() ? line.getAdvance() : line.getVisibleAdvance();
                    float x = switch (style.align()) {
                        case LEFT -> left;
                        case RIGHT -> left + width - ink;
                        case CENTRE -> left + (width - ink) / 2;
                    };
                    fill(page, line.getOutline(AffineTransform.getTranslateInstance(x, top + line.getAscent())));
                    top += height;
                }
            }
            return this;
        }
    }

    /** A QR code of {@code text}, {@code size} points square, its top left corner at ({@code left}, {@code top}). */
    public void qrCode(String text, int page, float left, float top, float size) {
        BitMatrix matrix = QrCodeImage.modules(text, 0);
        float module = size / matrix.getWidth();
        PDPageContentStream content = page(page);
        try {
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        content.addRect(left + x * module, HEIGHT - top - (y + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dashed line from ({@code x}, {@code from}) down to ({@code x}, {@code to}), as between two columns. */
    public void dashedLine(int page, float x, float from, float to) {
        PDPageContentStream content = page(page);
        try {
            content.setLineWidth(1f);
            content.setLineDashPattern(new float[] {4f, 3f}, 0f);
            content.moveTo(x, HEIGHT - from);
            content.lineTo(x, HEIGHT - to);
            content.stroke();
            content.setLineDashPattern(new float[0], 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished PDF; the sheet cannot be written to afterwards. */
    public byte[] finish() {
        try (this) {
            page(0);
            for (PDPageContentStream content : pages) {
                content.close();
            }
            pages.clear();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets go of the document, finished or not (a sheet that failed half-way is not kept). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (PDPageContentStream content : pages) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each stretch in the first font that has its letters; spaces, digits and marks stay with their neighbours. */
    private AttributedString runs(String text, Style style) {
        AttributedString runs = new AttributedString(text);
        runs.addAttribute(TextAttribute.RUN_DIRECTION,
                style.rightToLeft() ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        PrintFonts fonts = PrintFonts.get();
        Font current = null;
        int start = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int letter = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(letter);
            boolean neutral = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
            Font font = neutral && current != null && current.canDisplay(letter) ? current
                    : fonts.forCodePoint(letter, style.bold());
            if (font != current) {
                if (current != null) {
                    runs.addAttribute(TextAttribute.FONT, current.deriveFont(style.size()), start, i);
                }
                current = font;
                start = i;
            }
        }
        if (current != null) {
            runs.addAttribute(TextAttribute.FONT, current.deriveFont(style.size()), start, text.length());
        }
        return runs;
    }

    private void fill(int page, Shape outline) {
        PDPageContentStream content = page(page);
        float[] point = new float[6];
        float lastX = 0;
        float lastY = 0;
        float startX = 0;
        float startY = 0;
        boolean drawn = false;
        try {
            PathIterator path = outline.getPathIterator(null);
            for (; !path.isDone(); path.next()) {
                switch (path.currentSegment(point)) {
                    case PathIterator.SEG_MOVETO -> {
                        content.moveTo(point[0], HEIGHT - point[1]);
                        lastX = startX = point[0];
                        lastY = startY = point[1];
                    }
                    case PathIterator.SEG_LINETO -> {
                        content.lineTo(point[0], HEIGHT - point[1]);
                        lastX = point[0];
                        lastY = point[1];
                    }
                    case PathIterator.SEG_QUADTO -> {
                        // PDF has cubic curves only: the same curve with its control point raised to two.
                        float c1x = lastX + 2f / 3f * (point[0] - lastX);
                        float c1y = lastY + 2f / 3f * (point[1] - lastY);
                        float c2x = point[2] + 2f / 3f * (point[0] - point[2]);
                        float c2y = point[3] + 2f / 3f * (point[1] - point[3]);
                        content.curveTo(c1x, HEIGHT - c1y, c2x, HEIGHT - c2y, point[2], HEIGHT - point[3]);
                        lastX = point[2];
                        lastY = point[3];
                    }
                    case PathIterator.SEG_CUBICTO -> {
                        content.curveTo(point[0], HEIGHT - point[1], point[2], HEIGHT - point[3], point[4], HEIGHT - point[5]);
                        lastX = point[4];
                        lastY = point[5];
                    }
                    default -> {
                        content.closePath();
                        lastX = startX;
                        lastY = startY;
                    }
                }
                drawn = true;
            }
            if (drawn) {
                if (path.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                    content.fillEvenOdd();
                } else {
                    content.fill();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDPageContentStream page(int index) {
        try {
            while (pages.size() <= index) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                pages.add(new PDPageContentStream(document, page));
            }
            return pages.get(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
