package dev.corpusaudit.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text from the corpus or from findings into spreadsheet cells so that it stays inert text.
 *
 * <p>Every value becomes a string cell, never a formula. Text that a spreadsheet would read as the start of a formula
 * ({@code = + - @}, tab, CR) also gets a quote-prefixed style, so it stays literal even after a user edits the cell.
 * Characters XML 1.0 cannot carry are dropped (the file would not open otherwise), and text is cut to what a cell
 * holds. One instance per workbook: it owns one cell style, and workbooks have a limited number of styles.
 */
public final class SafeCell {

    /** The most characters an Excel cell holds. */
    public static final int MAX_CHARS = 32_767;

    /** Ends text that was cut to fit a cell, so a reader sees that it goes on. */
    static final String CUT_MARK = "…";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CellStyle literal;
    private final CellStyle plain;

    public SafeCell(Workbook workbook) {
        literal = workbook.createCellStyle();
        literal.setQuotePrefixed(true);
        plain = workbook.getCellStyleAt(0);
    }

    /**
     * The workbook's default style. Set explicitly on every cell because a streaming sheet otherwise looks up the
     * column's default style for each cell it writes, which dominates the cost of large Findings sheets.
     */
    public CellStyle plain() {
        return plain;
    }

    /** Writes {@code text} as a string cell at {@code column}; a null leaves the cell empty. */
    public void write(Row row, int column, String text) {
        if (text == null) {
            return;
        }
        String clean = clean(text);
        Cell cell = row.createCell(column, CellType.STRING);
        cell.setCellValue(clean);
        cell.setCellStyle(looksLikeFormula(clean) ? literal : plain);
    }

    /**
     * Drops characters that are not allowed in XML 1.0 (control characters other than tab, LF and CR; unpaired
     * surrogates; U+FFFE and U+FFFF) and cuts the result to {@link #MAX_CHARS}, ending it with {@link #CUT_MARK}.
     */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 1));
        for (int i = 0; i < text.length() && out.length() <= MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isXmlChar(c)) {
                out.append(c);
            }
        }
        if (out.length() <= MAX_CHARS) {
            return out.toString();
        }
        int end = MAX_CHARS - CUT_MARK.length();
        if (Character.isHighSurrogate(out.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return out.substring(0, end) + CUT_MARK;
    }

    /** Whether a spreadsheet would take this text, typed in, as a formula. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    // Surrogates are not listed: they are only legal as a pair, which clean() handles before this check.
    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
