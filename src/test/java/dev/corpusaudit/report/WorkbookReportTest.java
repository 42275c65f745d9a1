package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.Finding;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden tests of the workbook: parsed back with POI, sheet by sheet, cell by cell. */
class WorkbookReportTest {

    @TempDir
    Path dir;

    private List<ChartFile> charts;
    private Path rejected;

    @BeforeEach
    void renderChartsAndRejectedLines() throws IOException {
        charts = new ChartRenderer().render(ReportFixtures.summary(), dir.resolve("charts"));
        rejected = ReportFixtures.rejectedJsonl(dir, 0);
    }

    @Test
    void sheetsComeInTheOrderAReaderFollows() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Summary", "Charts", "Findings", "Members", "Rules", "Data quality", "Method"), names);
        }
    }

    @Test
    void summaryStatesWhatWasScannedAndTheCounts() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            Map<String, Cell> values = labelled(wb.getSheet("Summary"));

            assertEquals("corpus-audit 0.1.0", values.get("Tool").getStringCellValue());
            assertEquals("see manifest.json (start and end)", values.get("Scanned").getStringCellValue());
            assertEquals("linkedin-genai-2025", values.get("Ruleset id").getStringCellValue());
            assertEquals("LinkedIn generative AI training, 2025", values.get("Ruleset title").getStringCellValue());
            assertEquals("1.0.0", values.get("Ruleset version").getStringCellValue());
            assertEquals("ab".repeat(32), values.get("Ruleset SHA-256").getStringCellValue());
            assertEquals("sample-data/posts.jsonl", values.get("Input").getStringCellValue());
            assertEquals(10, values.get("Records read").getNumericCellValue());
            assertEquals(8, values.get("Records indexed").getNumericCellValue());
            assertEquals(2, values.get("Records rejected").getNumericCellValue());
            assertEquals(1, values.get("Records flagged").getNumericCellValue());
            assertEquals("read = indexed + rejected: 10 = 8 + 2", values.get("Check").getStringCellValue());
            assertEquals("2025-10 to 2025-10", values.get("Records created").getStringCellValue());
            assertNull(values.get("Records without a date"));
            assertEquals(4, values.get("Findings").getNumericCellValue());
            assertNull(values.get("Note"));
        }
    }

    @Test
    void summaryListsEachFileReadWithItsHashAndSize() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            List<List<String>> rows = shownRows(wb.getSheet("Summary"));
            int header = rows.indexOf(List.of("File", "SHA-256", "Bytes"));
            assertEquals(List.of("sample-data/posts.jsonl", "cd".repeat(32), "1,234"), rows.get(header + 1));
            assertEquals(List.of("Total", "1,234"), rows.get(header + 2));
        }
    }

    @Test
    void dateRangeRunsFromTheFirstToTheLastDatedMonth() {
        assertEquals("2024-11 to 2025-03", SummarySheet.dateRange(new TreeMap<>(Map.of("2025-03", 1L, "unknown", 2L,
                "2024-11", 3L, "2025-01", 1L))));
        assertEquals("no record has a date", SummarySheet.dateRange(Map.of("unknown", 2L)));
    }

    @Test
    void summaryGivesTheGateVerdictWithEachCondition() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            Map<String, Cell> values = labelled(wb.getSheet("Summary"));
            assertEquals("failed: at least one condition holds", values.get("Verdict").getStringCellValue());
            assertEquals("policy", values.get("Conditions from").getStringCellValue());
            List<List<String>> rows = shownRows(wb.getSheet("Summary"));
            int header = rows.indexOf(List.of("Condition", "Measured", "Records", "Holds"));
            assertEquals(List.of("excluded.* > 0", "2", "2", "yes"), rows.get(header + 1));
            assertEquals(List.of("special.* > 0.5%", "12.50%", "1", "yes"), rows.get(header + 2));
        }
    }

    @Test
    void summarySaysWhenTheRecordCountsDoNotAddUp() throws IOException {
        AuditSummary summary = ReportFixtures.summary(new RecordCounts(10, 7, 3, 0));
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.sheetContent(summary))) {
            assertEquals("read = indexed + rejected: 10 = 7 + 3", labelled(wb.getSheet("Summary")).get("Check")
                    .getStringCellValue());
            List<List<String>> quality = shownRows(wb.getSheet("Data quality"));
            assertTrue(quality.contains(List.of("Check", "rejected lines = records rejected: 2 = 3 does NOT hold: "
                    + "some input is unaccounted for")), quality.toString());
            assertTrue(quality.contains(List.of("Check", "kept lines = records kept with a warning: 1 = 0 does NOT "
                    + "hold: some input is unaccounted for")), quality.toString());
        }
    }

    @Test
    void summaryHasATablePerCategoryWithSeverityAndPerLanguageSourceRegion() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            List<List<String>> rows = shownRows(wb.getSheet("Summary"));
            int header = rows.indexOf(SummarySheet.CATEGORY_COLUMNS);
            assertTrue(header > 0, "category table header");
            assertEquals(List.of("excluded.minor", "Data of a member under the minimum age", "1", "1", "12.50%", "1",
                    "high"), rows.get(header + 1));
            assertEquals(List.of("special.health", "Data concerning health (GDPR Art. 9)", "1", "1", "12.50%", "1",
                    "high"), rows.get(header + 4));

            assertEquals(List.of("de", "3"), rows.get(rows.indexOf(List.of("Language", "Records")) + 1));
            assertEquals(List.of("post", "6"), rows.get(rows.indexOf(List.of("Source", "Records")) + 1));
            assertEquals(List.of("GB", "5"), rows.get(rows.indexOf(List.of("Region", "Records")) + 2));
            assertTrue(wb.getSheet("Summary").getRow(header).getCell(0).getCellStyle().getFont().getBold());
        }
    }

    @Test
    void findingsSheetListsEveryFindingWithTypedCells() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            Sheet sheet = wb.getSheet("Findings");
            assertEquals(WorkbookReport.FINDING_COLUMNS, shownRows(sheet).get(0));
            assertEquals(4, sheet.getLastRowNum());

            Row first = sheet.getRow(1);
            assertEquals("p-1", first.getCell(0).getStringCellValue());
            assertEquals("special.health", first.getCell(1).getStringCellValue());
            assertEquals("self", first.getCell(2).getStringCellValue());
            assertEquals("health.diagnosis", first.getCell(3).getStringCellValue());
            assertEquals("1.0.0", first.getCell(4).getStringCellValue());
            assertEquals("lexicon", first.getCell(5).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(6).getCellType());
            assertEquals(0.86, first.getCell(6).getNumericCellValue());
            assertEquals("high", first.getCell(7).getStringCellValue());
            assertEquals("en", first.getCell(8).getStringCellValue());
            assertEquals(17, first.getCell(9).getNumericCellValue());
            assertEquals(31, first.getCell(10).getNumericCellValue());
            assertEquals("Last spring I was [diagnosed with] type 2 d…", first.getCell(11).getStringCellValue());
            assertFalse(first.getCell(11).getCellStyle().getQuotePrefixed());
            assertEquals("phrase 'diagnosed with' + first-person context (+0.2)",
                    first.getCell(12).getStringCellValue());

            assertNull(sheet.getRow(2).getCell(2), "null subject leaves the cell empty");
            Row recordLevel = sheet.getRow(4);
            assertNull(recordLevel.getCell(8));
            assertNull(recordLevel.getCell(9));
            assertNull(recordLevel.getCell(10));
        }
    }

    @Test
    void eachFindingsRuleLinksToItsRowOnTheRulesSheet() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            XSSFSheet findings = wb.getSheet("Findings");
            assertEquals("'Rules'!A4", findings.getRow(1).getCell(3).getHyperlink().getAddress(),
                    "health.diagnosis is third in the fixed rule order");
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                XSSFCell rule = findings.getRow(r).getCell(3);
                XSSFHyperlink link = rule.getHyperlink();
                assertEquals(HyperlinkType.DOCUMENT, link.getType());
                assertEquals(rule.getStringCellValue(), ruleCellAt(wb, link.getAddress()).getStringCellValue());
                assertTrue(rule.getCellStyle().getFont().getUnderline() != 0, "looks like a link");
            }
        }
    }

    @Test
    void rulesSheetListsEachRuleInTheFixedOrderWithItsHits() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            XSSFSheet sheet = wb.getSheet("Rules");
            List<List<String>> rows = shownRows(sheet);
            assertEquals(RulesSheet.COLUMNS, rows.get(0));
            assertEquals(List.of("pii.email", "1.0.0", "pii.email", "pattern", "E-mail address", "GDPR Art. 4(1)",
                    "1"), rows.get(1));
            assertEquals("card.luhn", rows.get(2).get(0));
            assertEquals("health.diagnosis", rows.get(3).get(0));
            assertEquals(List.of("minor.age", "1.0.0", "check", "Records of members under the minimum age",
                    "the policy linkedin-genai-2025", "1"), rows.get(4), "no category: the cell stays empty");
            assertEquals(4, sheet.getLastRowNum());
            assertEquals("A1:G5", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(sheet.getPaneInformation().isFreezePane());
        }
    }

    @Test
    void aRuleMissingFromTheFixedOrderIsListedAfterItAndNotLinked() throws IOException {
        Path xlsx = dir.resolve("audit-report.xlsx");
        List<String> withoutEmail = List.of("card.luhn", "health.diagnosis", "minor.age");
        new WorkbookReport().write(xlsx, withoutEmail, ReportFixtures.findings(),
                () -> ReportFixtures.sheetContent(ReportFixtures.summary()), () -> charts, rejected);
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals("pii.email", wb.getSheet("Rules").getRow(4).getCell(0).getStringCellValue());
            assertNull(wb.getSheet("Findings").getRow(2).getCell(3).getHyperlink());
            assertEquals("'Rules'!A3", wb.getSheet("Findings").getRow(1).getCell(3).getHyperlink().getAddress());
        }
    }

    @Test
    void writingAllAtOnceListsTheRulesInTheContentsOrder() throws IOException {
        Path xlsx = dir.resolve("audit-report.xlsx");
        new WorkbookReport().write(xlsx, ReportFixtures.sheetContent(ReportFixtures.summary()), ReportFixtures.findings(),
                charts, rejected);
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals("health.diagnosis", wb.getSheet("Rules").getRow(1).getCell(0).getStringCellValue());
            assertEquals("'Rules'!A2", wb.getSheet("Findings").getRow(1).getCell(3).getHyperlink().getAddress());
        }
    }

    @Test
    void rulesAreLinkedOnlyUpToTheLinkLimitAndTheSheetSaysSo() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(10, 2, 10))) {
            XSSFSheet sheet = wb.getSheet("Findings");
            assertEquals(2, sheet.getHyperlinkList().size());
            assertNull(sheet.getRow(3).getCell(3).getHyperlink());
            assertEquals("Rule ids link to the Rules sheet in the first 2 rows only: a link is held in memory until "
                    + "the workbook is written.", sheet.getRow(6).getCell(0).getStringCellValue());
        }
    }

    @Test
    void hostileTextStaysInertLiteralTextAndNoCellIsAFormula() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            Sheet sheet = wb.getSheet("Findings");
            assertLiteral(sheet.getRow(2).getCell(11), ReportFixtures.HYPERLINK);
            assertLiteral(sheet.getRow(3).getCell(11), ReportFixtures.SUM);
            assertLiteral(sheet.getRow(4).getCell(11), "-1+2 bell");
            Row hostileId = wb.getSheet("Data quality").getRow(lineRow(wb, 7));
            assertLiteral(hostileId.getCell(2), ReportFixtures.HYPERLINK);

            for (Sheet each : wb) {
                for (Row row : each) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), each.getSheetName() + " " + cell);
                    }
                }
                for (XSSFHyperlink link : ((XSSFSheet) each).getHyperlinkList()) {
                    assertEquals("Findings", each.getSheetName(), "only the rule ids link");
                    assertEquals(3, link.getFirstColumn());
                    assertEquals(HyperlinkType.DOCUMENT, link.getType());
                    assertTrue(link.getAddress().matches("'Rules'!A\\d+"), link.getAddress());
                }
            }
        }
    }

    @Test
    void findingsSheetHasAFrozenHeaderAndAnAutofilter() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            XSSFSheet sheet = wb.getSheet("Findings");
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(0, pane.getVerticalSplitPosition());
            assertEquals("A1:P5", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(60 * 256, sheet.getColumnWidth(11));
        }
    }

    @Test
    void chartsSheetEmbedsEveryChartUnderItsTitle() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            XSSFSheet sheet = wb.getSheet("Charts");
            List<XSSFPicture> pictures = sheet.getDrawingPatriarch().getShapes().stream()
                    .filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).toList();
            assertEquals(charts.size(), pictures.size());
            for (int i = 0; i < pictures.size(); i++) {
                int row = pictures.get(i).getClientAnchor().getRow1();
                assertEquals(charts.get(i).title(), sheet.getRow(row - 1).getCell(0).getStringCellValue());
                assertArrayEquals(Files.readAllBytes(charts.get(i).png()), pictures.get(i).getPictureData().getData());
            }
            assertTrue(pictures.get(1).getClientAnchor().getRow1() > pictures.get(0).getClientAnchor().getRow2(),
                    "charts one under the other, not overlapping");
        }
    }

    @Test
    void moreFindingsThanTheSheetHoldsAreCutWithANoteOnBothSheets() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(2, 10, 10))) {
            XSSFSheet sheet = wb.getSheet("Findings");
            assertEquals("A1:P3", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertNull(sheet.getRow(3), "a blank row between the list and the note");
            assertEquals("This sheet lists the first 2 of 4 findings; the full list is in findings.jsonl.",
                    sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum());
            assertEquals("The Findings sheet lists the first 2 of 4 findings; the full list is in findings.jsonl.",
                    labelled(wb.getSheet("Summary")).get("Note").getStringCellValue());
        }
    }

    @Test
    void membersSheetListsTheMostExposedByPseudonym() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            List<List<String>> rows = shownRows(wb.getSheet("Members"));
            assertEquals(List.of("The 1 most exposed of 3 members with findings (most categories, then most records "
                    + "with findings); members.json has the same list"), rows.get(0));
            assertEquals(List.of("p-00000000000000aa", "3", "2", "excluded.minor, pii.email", "no", "yes"),
                    rows.get(2));
        }
    }

    @Test
    void dataQualityAccountsForEveryRejectedLineByKind() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            List<List<String>> rows = shownRows(wb.getSheet("Data quality"));
            assertTrue(rows.contains(List.of("Check", "read = indexed + rejected: 10 = 8 + 2")));
            assertTrue(rows.contains(List.of("Rejected", "2")));
            assertTrue(rows.contains(List.of("Kept with a warning", "1")));
            assertTrue(rows.contains(List.of("Check", "rejected lines = records rejected: 2 = 2")));
            assertTrue(rows.contains(List.of("Check", "kept lines = records kept with a warning: 1 = 1")));

            int kinds = rows.indexOf(List.of("Kind of problem", "Lines", "Action"));
            assertEquals(List.of("blank line", "1", "rejected"), rows.get(kinds + 1));
            assertEquals(List.of("duplicate id '…' (the first record with this id was kept)", "1", "rejected"),
                    rows.get(kinds + 2));
            assertEquals(List.of("invalid UTF-8 replaced with U+FFFD", "1", "kept"), rows.get(kinds + 3));

            int lines = rows.indexOf(DataQualitySheet.LINE_COLUMNS);
            assertEquals(List.of("sample-data/posts.jsonl", "3", "rejected", "blank line"), rows.get(lines + 1),
                    "no record id: the cell stays empty");
            assertEquals(List.of("sample-data/posts.jsonl", "9", "p-9", "kept",
                    "invalid UTF-8 replaced with U+FFFD; record scanned"), rows.get(lines + 3));
            assertEquals(lines + 3, rows.size() - 1, "no note: every line is listed");
        }
    }

    @Test
    void dataQualityListsTheFirstLinesAndSaysWhenItCut() throws IOException {
        rejected = ReportFixtures.rejectedJsonl(dir, 5);
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(10, 10, 2))) {
            List<List<String>> rows = shownRows(wb.getSheet("Data quality"));
            int lines = rows.indexOf(DataQualitySheet.LINE_COLUMNS);
            assertEquals("7", rows.get(lines + 2).get(1));
            assertEquals(List.of(), rows.get(lines + 3));
            assertEquals(List.of("This sheet lists the first 2 of 8 lines; the full list is in rejected.jsonl."),
                    rows.get(lines + 4));
            assertEquals(List.of("blank line", "6", "rejected"),
                    rows.get(rows.indexOf(List.of("Kind of problem", "Lines", "Action")) + 1), "counted in full");
        }
    }

    @Test
    void methodListsWhatProducedTheFindingsAndTheKnownLimits() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport())) {
            List<List<String>> rows = shownRows(wb.getSheet("Method"));
            int items = rows.indexOf(List.of("Kind", "Name", "Version", "SHA-256"));
            assertEquals(List.of("tool", "corpus-audit", "0.1.0"), rows.get(items + 1));
            assertEquals(List.of("ruleset", "linkedin-genai-2025 (rules, lexicons and models it names)", "1.0.0",
                    "ab".repeat(32)), rows.get(items + 2));
            assertEquals(List.of("model", "OpenNLP models/langdetect-183.bin", "ef".repeat(32)), rows.get(items + 3));
            assertTrue(rows.contains(List.of(MethodSheet.NOT_MEASURED)));
            int limits = rows.indexOf(List.of("Known limits"));
            assertEquals(List.of("Special categories are found from lexicon terms."), rows.get(limits + 1));
            assertEquals(List.of("Short copied messages are missed."), rows.get(limits + 2));
        }
    }

    @Test
    void methodShowsTheMeasuredAccuracyWhenGiven() throws IOException {
        ReportContent content = ReportFixtures.sheetContent(ReportFixtures.summary(), ReportFixtures.sheetAccuracy());
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), content)) {
            List<List<String>> rows = shownRows(wb.getSheet("Method"));
            assertFalse(rows.contains(List.of(MethodSheet.NOT_MEASURED)));
            assertTrue(rows.contains(List.of("On 200 labelled records, findings of confidence 0.50 and above.")));
            int header = rows.indexOf(MethodSheet.ACCURACY_COLUMNS);
            assertEquals(List.of("special.health", "80.00%", "80.00%", "80.00%", "50", "40", "10", "10"),
                    rows.get(header + 1));
            assertEquals(List.of("pii.email", "100.00%", "90.91%", "95.24%", "55", "50", "0", "5"),
                    rows.get(header + 2));
            assertEquals(List.of("all (micro-average)", "90.00%", "85.71%", "87.80%", "105", "90", "10", "15"),
                    rows.get(header + 3));
        }
    }

    @Test
    void writesAnEmptyAudit() throws IOException {
        Path xlsx = dir.resolve("empty.xlsx");
        AuditSummary empty = ReportFixtures.emptySummary();
        new WorkbookReport().write(xlsx, new ReportContent(empty, List.of(), List.of(), List.of(), null, List.of()),
                List.of(), List.of(), null);
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals(0, wb.getSheet("Findings").getLastRowNum());
            assertTrue(shownRows(wb.getSheet("Summary")).contains(List.of("No findings")));
            assertEquals("no record has a date", labelled(wb.getSheet("Summary")).get("Records created")
                    .getStringCellValue());
            assertEquals("none: no gate was set", labelled(wb.getSheet("Summary")).get("Verdict").getStringCellValue());
            assertEquals("No charts", wb.getSheet("Charts").getRow(0).getCell(0).getStringCellValue());
            assertEquals(0, wb.getSheet("Rules").getLastRowNum());
            assertTrue(shownRows(wb.getSheet("Data quality")).contains(
                    List.of("No rejected.jsonl was given: the lines behind these counts are not listed.")));
        }
    }

    @Test
    void dataQualitySaysWhenNoLineWasRejected() throws IOException {
        Files.writeString(rejected, "");
        AuditSummary clean = ReportFixtures.summary(new RecordCounts(10, 10, 0, 0));
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.sheetContent(clean))) {
            List<List<String>> rows = shownRows(wb.getSheet("Data quality"));
            assertEquals(List.of("No input line was rejected or kept with a warning."), rows.get(rows.size() - 1));
            assertTrue(rows.contains(List.of("Check", "rejected lines = records rejected: 0 = 0")));
        }
    }

    private XSSFWorkbook writeAndOpen(WorkbookReport report) throws IOException {
        return writeAndOpen(report, ReportFixtures.sheetContent(ReportFixtures.summary()));
    }

    /** Streams the fixture findings with the fixed rule order, as a scan does. */
    private XSSFWorkbook writeAndOpen(WorkbookReport report, ReportContent content) throws IOException {
        Path xlsx = dir.resolve("audit-report.xlsx");
        List<Finding> findings = ReportFixtures.findings();
        report.write(xlsx, ReportFixtures.RULE_IDS, findings, () -> content, () -> charts, rejected);
        return open(xlsx);
    }

    private static XSSFWorkbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The cell a link's address ({@code 'Rules'!A4}) points to. */
    private static Cell ruleCellAt(XSSFWorkbook wb, String address) {
        CellReference ref = new CellReference(address);
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The Data quality row of the rejected.jsonl line with this line number. */
    private static int lineRow(XSSFWorkbook wb, int line) {
        Sheet sheet = wb.getSheet("Data quality");
        int header = shownRows(sheet).indexOf(DataQualitySheet.LINE_COLUMNS);
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(1).getNumericCellValue() == line) {
                return r;
            }
        }
        throw new AssertionError("no row for line " + line);
    }

    private static void assertLiteral(Cell cell, String expected) {
        assertEquals(CellType.STRING, cell.getCellType());
        assertEquals(expected, cell.getStringCellValue());
        assertTrue(cell.getCellStyle().getQuotePrefixed(), expected);
    }

    /** Column B of each row by its label in column A. */
    private static Map<String, Cell> labelled(Sheet sheet) {
        Map<String, Cell> values = new LinkedHashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING && row.getCell(1) != null) {
                values.putIfAbsent(label.getStringCellValue(), row.getCell(1));
            }
        }
        return values;
    }

    /** Each row's cells as Excel shows them (formats applied). */
    private static List<List<String>> shownRows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = new ArrayList<>();
            Row row = sheet.getRow(r);
            if (row != null) {
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
