package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.ExposedMember;
import dev.corpusaudit.model.Finding;
import dev.corpusaudit.model.ToolInfo;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFPicture;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Writes {@code audit-report.xlsx}, its sheets in the order a reader follows: Summary (the reader in a hurry),
 * Charts, Findings (every finding, filterable, its rule linked to the Rules sheet), Members (the most exposed, by
 * pseudonym), Rules, Data quality (the input accounting and {@code rejected.jsonl}) and Method (models, hashes,
 * measured accuracy, known limits).
 *
 * <p>The workbook is streamed ({@link SXSSFWorkbook}): only a small window of rows is in memory, so an audit with
 * millions of findings writes with the default heap. All text from the corpus or the findings goes through
 * {@link SafeCell}; no cell is a formula. Excel's limits hold: the Findings sheet lists the first
 * {@value #MAX_FINDING_ROWS} findings (a sheet holds 1,048,576 rows), links the rule of the first
 * {@value #MAX_RULE_LINKS} (the most hyperlinks a sheet holds), and the Data quality sheet lists the first
 * {@value #MAX_REJECTED_ROWS} lines of {@code rejected.jsonl}; each sheet says so when it cut, and the files have
 * everything.
 */
public final class WorkbookReport {

    /** The most findings listed on the Findings sheet. */
    public static final int MAX_FINDING_ROWS = 1_000_000;
    /**
     * The most rule links on the Findings sheet. Excel holds 65,530 on a sheet, but a streamed sheet keeps every link
     * in memory until the file is written: with 65,530, a 1,000,000-record scan ran out of a 384 MB heap.
     */
    public static final int MAX_RULE_LINKS = 10_000;
    /** The most lines of {@code rejected.jsonl} listed on the Data quality sheet. */
    public static final int MAX_REJECTED_ROWS = 100_000;

    /** The Findings sheet's header: the field names of {@code findings.jsonl}, in its order. */
    public static final List<String> FINDING_COLUMNS = FindingsSheet.COLUMNS;

    private final int maxFindingRows;
    private final int maxRuleLinks;
    private final int maxRejectedRows;

    public WorkbookReport() {
        this(MAX_FINDING_ROWS, MAX_RULE_LINKS, MAX_REJECTED_ROWS);
    }

    /** With smaller limits, so that tests can reach them. */
    WorkbookReport(int maxFindingRows, int maxRuleLinks, int maxRejectedRows) {
        this.maxFindingRows = maxFindingRows;
        this.maxRuleLinks = maxRuleLinks;
        this.maxRejectedRows = maxRejectedRows;
    }

    /**
     * Writes the workbook to {@code xlsx}, atomically, from what is all at hand (a report remade from an audit's
     * files). The Rules sheet lists the rules in {@code content.rules()} order.
     *
     * @param findings      the findings in {@code findings.jsonl} order; iterated once
     * @param charts        the charts to embed, in order (see {@link ChartRenderer})
     * @param rejectedJsonl the audit's {@code rejected.jsonl}, or null when there is none
     */
    public void write(Path xlsx, ReportContent content, Iterable<Finding> findings, List<ChartFile> charts,
                      Path rejectedJsonl) throws IOException {
        List<String> ruleIds = content.rules().stream().map(ReportContent.RuleRow::id).toList();
        write(xlsx, ruleIds, findings, () -> content, () -> charts, rejectedJsonl);
    }

    /**
     * Writes the workbook to {@code xlsx}, atomically, streaming the findings first and asking for the content and
     * the charts only after the last one: a scan decides findings while this writes them, and renders the charts
     * while this finishes (see {@link WorkbookJob}).
     *
     * @param ruleIds       the order of the Rules sheet, known before the findings ({@link ReportContent#ruleIds}),
     *                      so that each finding's rule can link to its row
     * @param findings      the findings in {@code findings.jsonl} order; iterated once, to the end
     * @param rejectedJsonl the audit's {@code rejected.jsonl} (complete before the content is given), or null
     */
    public void write(Path xlsx, List<String> ruleIds, Iterable<Finding> findings, Supplier<ReportContent> content,
                      Supplier<List<ChartFile>> charts, Path rejectedJsonl) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            workbook.setCompressTempFiles(true); // flushed rows of a large audit would otherwise fill the temp disk
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(ToolInfo.NAME);
            WorkbookCells cells = new WorkbookCells(workbook);
            SXSSFSheet summarySheet = workbook.createSheet(SummarySheet.NAME);
            SXSSFSheet chartsSheet = workbook.createSheet("Charts");
            SXSSFSheet findingsSheet = workbook.createSheet("Findings");
            SXSSFSheet membersSheet = workbook.createSheet("Members");
            SXSSFSheet rulesSheet = workbook.createSheet(RulesSheet.NAME);
            SXSSFSheet dataQualitySheet = workbook.createSheet(DataQualitySheet.NAME);
            SXSSFSheet methodSheet = workbook.createSheet(MethodSheet.NAME);
            // Findings first: whether the list had to be cut is known only after streaming it, and the Summary says so.
            FindingsSheet findingRows = new FindingsSheet(findingsSheet, cells, RulesSheet.addresses(ruleIds),
                    maxFindingRows, maxRuleLinks);
            findingRows.write(findings);
            ReportContent report = content.get();
            AuditSummary audit = report.summary();
            SummarySheet.write(summarySheet, audit, report.scannedAt(), findingRows.cut() ? findingRows.cutNote("The Findings sheet")
                    : null, cells);
            writeMembers(membersSheet, audit, report.mostExposed(), cells);
            RulesSheet.write(rulesSheet, ruleIds, report.rules(), cells);
            DataQualitySheet.write(dataQualitySheet, audit.records(), rejectedJsonl, maxRejectedRows, cells);
            MethodSheet.write(methodSheet, report, cells);
            writeCharts(workbook, chartsSheet, charts.get(), cells);
            AtomicFile.write(xlsx, workbook::write);
        }
    }

    /** The most exposed members, by pseudonym only. */
    private static void writeMembers(SXSSFSheet sheet, AuditSummary summary, List<ExposedMember> members,
                                     WorkbookCells cells) {
        WorkbookCells.setWidths(sheet, 20, 10, 12, 70, 10, 8);
        WorkbookCells.Rows rows = new WorkbookCells.Rows(sheet);
        cells.label(rows.next(), String.format(Locale.ROOT, "The %d most exposed of %,d members with findings (most "
                + "categories, then most records with findings); members.json has the same list", members.size(),
                summary.membersWithFindings()));
        cells.header(rows.next(), List.of("Member (pseudonym)", "Records", "With findings", "Categories",
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

    private static void writeCharts(SXSSFWorkbook workbook, SXSSFSheet sheet, List<ChartFile> charts,
                                    WorkbookCells cells) throws IOException {
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
}
