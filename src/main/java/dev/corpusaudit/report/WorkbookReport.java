package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.AuditSummary.CategoryCount;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.Category;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.ProvenanceSummary;
import dev.corpusaudit.model.ToolInfo;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFPicture;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes {@code audit-report.xlsx}: a Summary sheet for the reader in a hurry, every finding on the Findings sheet
 * (filterable), and the charts.
 *
 * <p>The workbook is streamed ({@link SXSSFWorkbook}): only a small window of rows is in memory, so an audit with
 * millions of findings writes with the default heap. All text from the corpus or the findings goes through
 * {@link SafeCell}. A sheet holds at most 1,048,576 rows; the Findings sheet lists the first
 * {@value #MAX_FINDING_ROWS} findings and the Summary says so when there are more ({@code findings.jsonl} has them
 * all).
 */
public final class WorkbookReport {

    /** The most findings listed on the Findings sheet. */
    public static final int MAX_FINDING_ROWS = 1_000_000;

    /** The Findings sheet's header: the field names of {@code findings.jsonl}, in its order. */
    public static final List<String> FINDING_COLUMNS = List.of("record_id", "category", "subject", "rule_id",
            "rule_version", "detector", "confidence", "severity", "lang", "start", "end", "evidence", "explanation", "field");

    // widths in characters, one per FINDING_COLUMNS entry; set explicitly because a streamed sheet cannot autosize
    private static final int[] FINDING_WIDTHS = {20, 26, 9, 28, 12, 12, 11, 9, 6, 8, 8, 60, 60, 16};
    private static final int[] SUMMARY_WIDTHS = {26, 66, 12, 12, 22, 12};

    private final int maxFindingRows;

    public WorkbookReport() {
        this(MAX_FINDING_ROWS);
    }

    /** With a smaller limit, so that tests can reach it. */
    WorkbookReport(int maxFindingRows) {
        this.maxFindingRows = maxFindingRows;
    }

    /**
     * Writes the workbook to {@code xlsx}, atomically.
     *
     * @param findings the findings in {@code findings.jsonl} order; iterated once
     * @param charts   the charts to embed, in order (see {@link ChartRenderer})
     */
    public void write(Path xlsx, AuditSummary summary, Iterable<Finding> findings, List<ChartFile> charts)
            throws IOException {
        write(xlsx, findings, () -> summary, List::of, () -> charts);
    }

    /**
     * Writes the workbook to {@code xlsx}, atomically, streaming the findings first and asking for the summary and
     * the charts only after the last one: a scan decides findings while this writes them, and renders the charts
     * while this finishes (see {@link FindingQueue}).
     */
    public void write(Path xlsx, Iterable<Finding> findings, Supplier<AuditSummary> summary,
                      Supplier<List<ExposedMember>> members, Supplier<List<ChartFile>> charts) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            workbook.setCompressTempFiles(true); // flushed rows of a large audit would otherwise fill the temp disk
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(ToolInfo.NAME);
            Cells cells = new Cells(workbook);
            SXSSFSheet summarySheet = workbook.createSheet("Summary");
            SXSSFSheet findingsSheet = workbook.createSheet("Findings");
            SXSSFSheet chartsSheet = workbook.createSheet("Charts");
            SXSSFSheet membersSheet = workbook.createSheet("Members");
            // Findings first: whether the list had to be cut is known only after streaming it, and the Summary says so.
            boolean cut = writeFindings(findingsSheet, findings, cells);
            AuditSummary audit = summary.get();
            writeSummary(summarySheet, audit, cut, cells);
            writeMembers(membersSheet, audit, members.get(), cells);
            writeCharts(workbook, chartsSheet, charts.get(), cells);
            AtomicFile.write(xlsx, workbook::write);
        }
    }

    /** @return whether there were more findings than the sheet lists */
    private boolean writeFindings(SXSSFSheet sheet, Iterable<Finding> findings, Cells cells) {
        setWidths(sheet, FINDING_WIDTHS);
        header(sheet.createRow(0), cells, FINDING_COLUMNS);
        int rowIndex = 0;
        for (Finding f : findings) {
            if (rowIndex == maxFindingRows) {
                return finishFindings(sheet, rowIndex, true);
            }
            Row row = sheet.createRow(++rowIndex);
            SafeCell text = cells.text;
            text.write(row, 0, f.recordId());
            text.write(row, 1, f.category());
            text.write(row, 2, f.subject());
            text.write(row, 3, f.ruleId());
            text.write(row, 4, f.ruleVersion());
            text.write(row, 5, f.detector());
            number(row, 6, f.confidence(), text);
            text.write(row, 7, f.severity());
            text.write(row, 8, f.lang());
            if (f.start() != null) {
                number(row, 9, f.start(), text);
            }
            if (f.end() != null) {
                number(row, 10, f.end(), text);
            }
            text.write(row, 11, f.evidence());
            text.write(row, 12, f.explanation());
            if (f.field() != null) {
                text.write(row, 13, f.field());
            }
        }
        return finishFindings(sheet, rowIndex, false);
    }

    private static boolean finishFindings(SXSSFSheet sheet, int lastRow, boolean cut) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, FINDING_COLUMNS.size() - 1));
        return cut;
    }

    private void writeSummary(SXSSFSheet sheet, AuditSummary summary, boolean cut, Cells cells) {
        setWidths(sheet, SUMMARY_WIDTHS);
        Rows rows = new Rows(sheet);
        Row title = rows.next();
        title.createCell(0).setCellValue(ToolInfo.NAME + " audit report");
        title.getCell(0).setCellStyle(cells.title);
        rows.skip();

        cells.keyValue(rows.next(), "Tool", summary.tool() + " " + summary.toolVersion());
        AuditSummary.RulesetInfo ruleset = summary.ruleset();
        cells.keyValue(rows.next(), "Ruleset id", ruleset.id());
        cells.keyValue(rows.next(), "Ruleset title", ruleset.title());
        cells.keyValue(rows.next(), "Ruleset version", ruleset.version());
        cells.keyValue(rows.next(), "Ruleset SHA-256", ruleset.sha256());
        for (String input : summary.inputs()) {
            cells.keyValue(rows.next(), "Input", input);
        }
        rows.skip();

        RecordCounts records = summary.records();
        cells.keyCount(rows.next(), "Records read", records.read());
        cells.keyCount(rows.next(), "Records indexed", records.indexed());
        cells.keyCount(rows.next(), "Records rejected", records.rejected());
        cells.keyCount(rows.next(), "Records flagged", records.flagged());
        String check = String.format(Locale.ROOT, "read = indexed + rejected: %d = %d + %d",
                records.read(), records.indexed(), records.rejected());
        boolean adds = records.read() == records.indexed() + records.rejected();
        cells.keyValue(rows.next(), "Check", adds ? check : check + " does NOT hold: some input is unaccounted for");
        cells.keyCount(rows.next(), "Findings", summary.findings());
        if (cut) {
            cells.keyValue(rows.next(), "Note", String.format(Locale.ROOT, "The Findings sheet lists the first %,d of "
                    + "%,d findings; the full list is in findings.jsonl.", maxFindingRows, summary.findings()));
        }
        rows.skip();

        writeCategoryTable(rows, summary, cells);
        writeProvenance(rows, summary.provenance(), cells);
        writeCountTable(rows, "Records per language", "Language", summary.languages(), cells);
        writeCountTable(rows, "Records per source", "Source", summary.sources(), cells);
        writeCountTable(rows, "Records per region", "Region", summary.regions(), cells);
    }

    /** What the checks that need provenance counted: ages known, and how the opt-out register met the corpus. */
    private static void writeProvenance(Rows rows, ProvenanceSummary p, Cells cells) {
        if (p == null) {
            return;
        }
        cells.label(rows.next(), "Provenance checks");
        if (p.snapshotDate() != null) {
            cells.keyValue(rows.next(), "Snapshot date", p.snapshotDate());
        }
        if (p.age() != null) {
            cells.keyCount(rows.next(), "Records with an age", p.age().withAge());
            cells.keyCount(rows.next(), "Records without an age (not checked)", p.age().withoutAge());
            cells.keyCount(rows.next(), "Records with an unusable age", p.age().invalidAge());
        }
        if (p.optOuts() != null) {
            cells.keyCount(rows.next(), "Opt-out register: members", p.optOuts().registerMembers());
            cells.keyCount(rows.next(), "Opted-out members in the corpus", p.optOuts().members());
            cells.keyCount(rows.next(), "Their records", p.optOuts().records());
            cells.keyCount(rows.next(), "Their records the snapshot must not hold", p.optOuts().inViolation());
            cells.keyCount(rows.next(), "Their records created after the opt-out", p.optOuts().createdAfter());
            rows.skip();
            cells.label(rows.next(), "Opted-out members by month of opt-out");
            header(rows.next(), cells, List.of("Opt-out month", "Members", "Records", "Must not be held",
                    "Created after opt-out", "Newest record"));
            p.optOuts().byOptOutMonth().forEach((month, g) -> {
                Row row = rows.next();
                cells.text.write(row, 0, month);
                cells.count(row, 1, g.members());
                cells.count(row, 2, g.records());
                cells.count(row, 3, g.inViolation());
                cells.count(row, 4, g.createdAfter());
                cells.text.write(row, 5, g.latestRecordMonth() == null ? "" : g.latestRecordMonth());
            });
        }
        rows.skip();
    }

    /** The most exposed members, by pseudonym only. */
    private static void writeMembers(SXSSFSheet sheet, AuditSummary summary, List<ExposedMember> members, Cells cells) {
        setWidths(sheet, new int[]{20, 10, 12, 70, 10, 8});
        Rows rows = new Rows(sheet);
        cells.label(rows.next(), String.format(Locale.ROOT, "The %d most exposed of %,d members with findings (most "
                + "categories, then most records with findings); members.json has the same list", members.size(),
                summary.membersWithFindings()));
        header(rows.next(), cells, List.of("Member (pseudonym)", "Records", "With findings", "Categories",
                "Opted out", "Minor"));
        for (ExposedMember m : members) {
            Row row = rows.next();
            cells.text.write(row, 0, m.member());
            cells.count(row, 1, m.records());
            cells.count(row, 2, m.recordsWithFindings());
            cells.text.write(row, 3, String.join(", ", m.categories()));
            cells.text.write(row, 4, m.optedOut() ? "yes" : "no");
            cells.text.write(row, 5, m.minor() ? "yes" : "no");
        }
        sheet.createFreezePane(0, 2);
    }

    private static void writeCategoryTable(Rows rows, AuditSummary summary, Cells cells) {
        cells.label(rows.next(), "Findings per category");
        header(rows.next(), cells,
                List.of("Category", "Description", "Findings", "Records", "% of indexed records", "Members"));
        long indexed = summary.records().indexed();
        for (Map.Entry<String, CategoryCount> e : summary.categories().entrySet()) {
            CategoryCount count = e.getValue();
            Row row = rows.next();
            cells.text.write(row, 0, e.getKey());
            cells.text.write(row, 1, Category.byId(e.getKey()).map(Category::description).orElse(""));
            cells.count(row, 2, count.findings());
            cells.count(row, 3, count.records());
            if (indexed > 0) {
                row.createCell(4).setCellValue((double) count.records() / indexed);
                row.getCell(4).setCellStyle(cells.percent);
            }
            cells.count(row, 5, count.members());
        }
        if (summary.categories().isEmpty()) {
            rows.next().createCell(0).setCellValue("No findings");
        }
        rows.skip();
    }

    private static void writeCountTable(Rows rows, String title, String keyName, Map<String, Long> counts,
                                        Cells cells) {
        cells.label(rows.next(), title);
        header(rows.next(), cells, List.of(keyName, "Records"));
        counts.forEach((key, count) -> {
            Row row = rows.next();
            cells.text.write(row, 0, key);
            cells.count(row, 1, count);
        });
        rows.skip();
    }

    private static void writeCharts(SXSSFWorkbook workbook, SXSSFSheet sheet, List<ChartFile> charts, Cells cells)
            throws IOException {
        if (charts.isEmpty()) {
            sheet.createRow(0).createCell(0).setCellValue("No charts");
            return;
        }
        SXSSFDrawing drawing = sheet.createDrawingPatriarch();
        int rowIndex = 0;
        for (ChartFile chart : charts) {
            cells.label(sheet.createRow(rowIndex), chart.title());
            int picture = workbook.addPicture(Files.readAllBytes(chart.png()), Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(rowIndex + 1);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            SXSSFPicture image = drawing.createPicture(anchor, picture);
            image.resize(); // natural size: sets the bottom-right corner from the image's pixels
            rowIndex = image.getClientAnchor().getRow2() + 2;
        }
    }

    private static void header(Row row, Cells cells, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
            row.getCell(i).setCellStyle(cells.bold);
        }
    }

    private static void setWidths(SXSSFSheet sheet, int[] widthsInChars) {
        for (int i = 0; i < widthsInChars.length; i++) {
            sheet.setColumnWidth(i, widthsInChars[i] * 256);
        }
    }

    /** Hands out the next row of a sheet that is written top to bottom. */
    private static final class Rows {
        private final SXSSFSheet sheet;
        private int next;

        Rows(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        Row next() {
            return sheet.createRow(next++);
        }

        void skip() {
            next++;
        }
    }

    /** Writes the report's own cells, with the workbook's styles made once: a workbook holds a limited number. */
    private static void number(Row row, int column, double value, SafeCell text) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(text.plain());
    }

    private static final class Cells {
        final SafeCell text;
        final CellStyle bold;
        final CellStyle title;
        final CellStyle count;
        final CellStyle percent;

        Cells(Workbook workbook) {
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
        }

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
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(count);
        }
    }
}
