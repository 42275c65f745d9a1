package dev.corpusaudit.report;

import dev.corpusaudit.model.Finding;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Findings sheet: one row per finding, the columns of {@code findings.jsonl}, a frozen header and an autofilter,
 * and each rule id linked to its row on the Rules sheet.
 *
 * <p>Rows beyond {@code maxRows} are counted but not listed, and a note under the list says so. Links stop after
 * {@code maxLinks} rows ({@link WorkbookReport#MAX_RULE_LINKS}): a streamed sheet keeps every link in memory until
 * the file is written, and Excel allows at most 65,530 on a sheet.
 */
final class FindingsSheet {

    /** The header: the field names of {@code findings.jsonl}, in its order. */
    static final List<String> COLUMNS = List.of("record_id", "category", "subject", "rule_id", "rule_version",
            "detector", "confidence", "severity", "lang", "start", "end", "evidence", "explanation", "field", "input",
            "line");

    private static final int RULE_COLUMN = 3;
    // widths in characters, one per column; set explicitly because a streamed sheet cannot autosize
    private static final int[] WIDTHS = {20, 26, 9, 28, 12, 12, 11, 9, 6, 8, 8, 60, 60, 16, 30, 8};

    private final SXSSFSheet sheet;
    private final WorkbookCells cells;
    private final CreationHelper links;
    private final Map<String, String> ruleAddresses;
    private final int maxRows;
    private final int maxLinks;
    private long total;

    /**
     * @param ruleAddresses where each rule id's row is ({@code 'Rules'!A5}); a rule not in it is not linked
     */
    FindingsSheet(SXSSFSheet sheet, WorkbookCells cells, Map<String, String> ruleAddresses, int maxRows,
                  int maxLinks) {
        this.sheet = sheet;
        this.cells = cells;
        this.links = sheet.getWorkbook().getCreationHelper();
        this.ruleAddresses = ruleAddresses;
        this.maxRows = maxRows;
        this.maxLinks = maxLinks;
    }

    /** Writes the findings, iterating them to the end even past the rows listed (a producer may be waiting). */
    void write(Iterable<Finding> findings) {
        WorkbookCells.setWidths(sheet, WIDTHS);
        cells.header(sheet.createRow(0), COLUMNS);
        for (Finding f : findings) {
            if (++total <= maxRows) {
                writeRow(sheet.createRow((int) total), f, total <= maxLinks);
            }
        }
        int listed = (int) listed();
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, listed, 0, COLUMNS.size() - 1));
        // notes go below a blank row, so that they are not taken for findings when the list is sorted or filtered
        int noteRow = listed + 2;
        if (cut()) {
            cells.label(sheet.createRow(noteRow++), cutNote("This sheet"));
        }
        if (listed > maxLinks) {
            cells.label(sheet.createRow(noteRow), String.format(Locale.ROOT, "Rule ids link to the Rules sheet in "
                    + "the first %,d rows only: a link is held in memory until the workbook is written.", maxLinks));
        }
    }

    /** How many findings there were, listed or not. */
    long total() {
        return total;
    }

    boolean cut() {
        return total > maxRows;
    }

    /** Says that the list was cut, with {@code subject} ("This sheet", "The Findings sheet") as the subject. */
    String cutNote(String subject) {
        return String.format(Locale.ROOT, "%s lists the first %,d of %,d findings; the full list is in "
                + "findings.jsonl.", subject, listed(), total);
    }

    private long listed() {
        return Math.min(total, maxRows);
    }

    private void writeRow(Row row, Finding f, boolean linkRule) {
        SafeCell text = cells.text;
        text.write(row, 0, f.recordId());
        text.write(row, 1, f.category());
        text.write(row, 2, f.subject());
        text.write(row, RULE_COLUMN, f.ruleId());
        text.write(row, 4, f.ruleVersion());
        text.write(row, 5, f.detector());
        cells.number(row, 6, f.confidence());
        text.write(row, 7, f.severity());
        text.write(row, 8, f.lang());
        if (f.start() != null) {
            cells.number(row, 9, f.start());
        }
        if (f.end() != null) {
            cells.number(row, 10, f.end());
        }
        text.write(row, 11, f.evidence());
        text.write(row, 12, f.explanation());
        text.write(row, 13, f.field());
        text.write(row, 14, f.input());
        if (f.line() != null) {
            cells.number(row, 15, f.line());
        }
        String address = linkRule ? ruleAddresses.get(f.ruleId()) : null;
        if (address != null && !SafeCell.looksLikeFormula(f.ruleId())) {
            // the target is ours (a Rules row); the rule id stays the cell's literal text
            Hyperlink link = links.createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(address);
            Cell cell = row.getCell(RULE_COLUMN);
            cell.setHyperlink(link);
            cell.setCellStyle(cells.link);
        }
    }
}
