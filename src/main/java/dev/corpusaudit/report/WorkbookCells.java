package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary.RecordCounts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;
import java.util.Locale;

/**
 * The workbook's cell styles, made once because a workbook holds a limited number of them, and the ways its sheets
 * write cells. Text from the corpus or the findings goes through {@link #text}.
 */
final class WorkbookCells {
    final SafeCell text;
    final CellStyle bold;
    final CellStyle title;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle link;

    WorkbookCells(Workbook workbook) {
        text = new SafeCell(workbook);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        count = workbook.createCellStyle();
        count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(linkFont);
    }

    /** Our own text (a label, a heading), in bold. */
    void label(Row row, String name) {
        row.createCell(0).setCellValue(name);
        row.getCell(0).setCellStyle(bold);
    }

    void keyValue(Row row, String key, String value) {
        label(row, key);
        text.write(row, 1, value);
    }

    void keyCount(Row row, String key, long value) {
        label(row, key);
        count(row, 1, value);
    }

    void count(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(count);
    }

    void number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(text.plain());
    }

    /** A share as a percentage; a null (not defined) leaves the cell empty. */
    void ratio(Row row, int column, Double value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(percent);
    }

    void header(Row row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
            row.getCell(i).setCellStyle(bold);
        }
    }

    /**
     * A line that checks that counts add up ({@code read = indexed + rejected: 10 = 8 + 2}), saying so loudly when
     * they do not.
     */
    static String check(String statement, boolean holds) {
        return holds ? statement : statement + " does NOT hold: some input is unaccounted for";
    }

    /** The input accounting's check, {@code read = indexed + rejected: 10 = 8 + 2}. */
    static String recordsCheck(RecordCounts records) {
        return check(String.format(Locale.ROOT, "read = indexed + rejected: %d = %d + %d", records.read(),
                records.indexed(), records.rejected()), records.read() == records.indexed() + records.rejected());
    }

    /** Sets column widths, in characters: a streamed sheet cannot size its columns to fit. */
    static void setWidths(Sheet sheet, int... widthsInChars) {
        for (int i = 0; i < widthsInChars.length; i++) {
            sheet.setColumnWidth(i, widthsInChars[i] * 256);
        }
    }

    /** Hands out the next row of a sheet that is written top to bottom. */
    static final class Rows {
        private final Sheet sheet;
        private int next;

        Rows(Sheet sheet) {
            this.sheet = sheet;
        }

        Row next() {
            return sheet.createRow(next++);
        }

        void skip() {
            next++;
        }
    }
}
