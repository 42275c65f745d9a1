package dev.corpusaudit.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out the PDF report top to bottom on A4 pages: wrapped text, tables whose cells wrap, and figures, starting a
 * new page when the next block does not fit. Every string goes through {@link #encodable}, the one place that makes
 * text safe for the standard fonts.
 */
final class PdfLayout {

    /** A standard font at a size. */
    record Style(Standard14Fonts.FontName font, float size) {
        float leading() {
            return size * 1.35f;
        }
    }

    /** A table column: its header, width in points, text style, and whether its values are numbers (right-aligned). */
    record Column(String header, float width, Style style, boolean numeric) {
    }

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 50;
    /** The width text and figures can take. */
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private static final Standard14Fonts.FontName REGULAR = Standard14Fonts.FontName.HELVETICA;
    private static final Standard14Fonts.FontName BOLD = Standard14Fonts.FontName.HELVETICA_BOLD;
    private static final Standard14Fonts.FontName MONO = Standard14Fonts.FontName.COURIER;

    static final Style BODY = new Style(REGULAR, 9.5f);
    static final Style STRONG = new Style(BOLD, 9.5f);
    static final Style SMALL = new Style(REGULAR, 8);
    static final Style SMALL_BOLD = new Style(BOLD, 8);
    /** For SHA-256 values: 64 fixed-width characters fit a 270-point column. */
    static final Style HASH = new Style(MONO, 7);
    private static final Style HEADING = new Style(BOLD, 13);
    private static final Style TITLE = new Style(BOLD, 22);
    private static final Style FOOTER = new Style(REGULAR, 7.5f);

    private static final Color TEXT = Color.BLACK;
    private static final Color HEADING_COLOUR = new Color(0x1F3A68);
    private static final Color RULE = new Color(0xBBBBBB);
    private static final float CELL_PAD = 3;

    private final PDDocument document;
    // one set per document: a font object caches widths without locks, and reports may be written in parallel
    private final Map<Standard14Fonts.FontName, PDFont> fonts = new EnumMap<>(Standard14Fonts.FontName.class);
    private PDPageContentStream out;
    private float y;

    PdfLayout(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    /**
     * The text with every character the standard fonts cannot encode (outside WinAnsi: most non-Latin scripts,
     * control characters) replaced by '?': the PDF must be written whatever a file name or a policy title holds.
     */
    private String encodable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> safe.append(canEncode(cp) ? Character.toString(cp) : "?"));
        return safe.toString();
    }

    private boolean canEncode(int codePoint) {
        try {
            font(BODY).encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    void title(String text) throws IOException {
        paragraph(text, TITLE, HEADING_COLOUR);
        gap(4);
    }

    /** A section heading, kept on the page of the first lines that follow it. */
    void heading(String text) throws IOException {
        gap(10);
        ensure(HEADING.leading() + 4 * BODY.leading());
        paragraph(text, HEADING, HEADING_COLOUR);
        gap(3);
    }

    void paragraph(String text, Style style) throws IOException {
        paragraph(text, style, TEXT);
    }

    void paragraph(String text, Style style, Color colour) throws IOException {
        for (String line : wrap(encodable(text), style, WIDTH)) {
            ensure(style.leading());
            y -= style.leading();
            show(line, style, colour, MARGIN, y + (style.leading() - style.size()));
        }
    }

    /** Indented lines, each starting with a bullet. */
    void bullets(List<String> items, Style style) throws IOException {
        float indent = 12;
        for (String item : items) {
            List<String> lines = wrap(encodable(item), style, WIDTH - indent);
            for (int i = 0; i < lines.size(); i++) {
                ensure(style.leading());
                y -= style.leading();
                float baseline = y + (style.leading() - style.size());
                if (i == 0) {
                    show("\u2022", style, TEXT, MARGIN + 2, baseline);
                }
                show(lines.get(i), style, TEXT, MARGIN + indent, baseline);
            }
            gap(2);
        }
    }

    void gap(float points) {
        y -= points;
    }

    /**
     * A table: a bold header row (repeated on every page the table runs onto) unless every header is empty, then the
     * rows, each as high as its tallest wrapped cell.
     */
    void table(List<Column> columns, List<List<String>> rows) throws IOException {
        List<String> headers = columns.stream().map(Column::header).toList();
        boolean header = headers.stream().anyMatch(h -> !h.isEmpty());
        if (header) {
            // the header never stays alone at the foot of a page
            ensure(rowHeight(columns, headers, true) + rowHeight(columns, rows.isEmpty() ? headers : rows.get(0),
                    false));
            row(columns, headers, true);
        }
        for (List<String> cells : rows) {
            if (y - rowHeight(columns, cells, false) < MARGIN) {
                newPage();
                if (header) {
                    row(columns, headers, true);
                }
            }
            row(columns, cells, false);
        }
    }

    private float rowHeight(List<Column> columns, List<String> cells, boolean header) {
        float height = 0;
        for (int i = 0; i < columns.size(); i++) {
            Style style = header ? SMALL_BOLD : columns.get(i).style();
            int lines = wrap(encodable(cells.get(i)), style, columns.get(i).width() - 2 * CELL_PAD).size();
            height = Math.max(height, lines * style.leading());
        }
        return height + 2 * CELL_PAD;
    }

    private void row(List<Column> columns, List<String> cells, boolean header) throws IOException {
        float height = rowHeight(columns, cells, header);
        float x = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Style style = header ? SMALL_BOLD : column.style();
            float inner = column.width() - 2 * CELL_PAD;
            float lineTop = y - CELL_PAD;
            for (String line : wrap(encodable(cells.get(i)), style, inner)) {
                lineTop -= style.leading();
                float lineX = column.numeric() ? x + column.width() - CELL_PAD - width(line, style) : x + CELL_PAD;
                show(line, style, TEXT, lineX, lineTop + (style.leading() - style.size()));
            }
            x += column.width();
        }
        y -= height;
        out.setStrokingColor(header ? Color.DARK_GRAY : RULE);
        out.setLineWidth(header ? 0.8f : 0.4f);
        out.moveTo(MARGIN, y);
        out.lineTo(x, y);
        out.stroke();
    }

    /**
     * A drawing (a form XObject, vectors) scaled to {@code width}, with its caption below; figures do not split
     * across pages.
     */
    void figure(PDFormXObject form, float width, String caption) throws IOException {
        PDRectangle box = form.getBBox();
        float scale = width / box.getWidth();
        float height = box.getHeight() * scale;
        List<String> captionLines = wrap(encodable(caption), SMALL, WIDTH);
        ensure(height + captionLines.size() * SMALL.leading() + 4);
        y -= height;
        out.saveGraphicsState();
        out.transform(new Matrix(scale, 0, 0, scale, MARGIN + (WIDTH - width) / 2, y));
        out.drawForm(form);
        out.restoreGraphicsState();
        gap(4);
        for (String line : captionLines) {
            paragraph(line, SMALL);
        }
        gap(14);
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** Ends the last page and puts {@code footer} and "page N of M" at the foot of every page. */
    void finish(String footer) throws IOException {
        out.close();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = foot;
                float baseline = MARGIN / 2;
                show(encodable(footer), FOOTER, Color.DARK_GRAY, MARGIN, baseline);
                String number = String.format(Locale.ROOT, "page %d of %d", i + 1, pages);
                show(number, FOOTER, Color.DARK_GRAY, MARGIN + WIDTH - width(number, FOOTER), baseline);
            }
        }
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    /** {@code text} must already be {@link #encodable}. */
    private void show(String text, Style style, Color colour, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font(style), style.size());
        out.setNonStrokingColor(colour);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private PDFont font(Style style) {
        return fonts.computeIfAbsent(style.font(), PDType1Font::new);
    }

    private float width(String text, Style style) {
        try {
            return font(style).getStringWidth(text) / 1000 * style.size();
        } catch (IOException e) {
            throw new IllegalStateException("a standard font has no width for encodable text", e);
        }
    }

    /**
     * Greedy word wrap; a word wider than the line (a path, a file name, a hash) is cut after its last '/', '-' or
     * '_' that fits, else after its last '.', else where it must be. An empty text is one empty line, so that an empty cell still has a
     * height.
     */
    private List<String> wrap(String text, Style style, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, style) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, style) > maxWidth) {
                int cut = 1;
                while (cut < rest.length() && width(rest.substring(0, cut + 1), style) <= maxWidth) {
                    cut++;
                }
                int separator = lastSeparator(rest, cut, "/-_");
                separator = separator > 0 ? separator : lastSeparator(rest, cut, ".");
                cut = separator > 0 ? separator : cut;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The end of the last of {@code separators} before {@code end}, or 0. */
    private static int lastSeparator(String word, int end, String separators) {
        for (int i = end; i > 1; i--) {
            if (separators.indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return 0;
    }
}
