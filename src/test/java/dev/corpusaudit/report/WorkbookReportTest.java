package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.Finding;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookReportTest {

    @TempDir
    Path dir;

    private List<ChartFile> charts;

    @BeforeEach
    void renderCharts() throws IOException {
        charts = new ChartRenderer().render(ReportFixtures.summary(), dir.resolve("charts"));
    }

    @Test
    void sheetsComeInOrder() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.findings())) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Summary", "Findings", "Charts", "Members"), names);
        }
    }

    @Test
    void summaryStatesTheFactsAndTheCounts() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.findings())) {
            Map<String, Cell> values = labelled(wb.getSheet("Summary"));

            assertEquals("corpus-audit 0.1.0", values.get("Tool").getStringCellValue());
            assertEquals("linkedin-genai-2025", values.get("Ruleset id").getStringCellValue());
            assertEquals("1.0.0", values.get("Ruleset version").getStringCellValue());
            assertEquals("ab".repeat(32), values.get("Ruleset SHA-256").getStringCellValue());
            assertEquals("sample-data/posts.jsonl", values.get("Input").getStringCellValue());
            assertEquals(10, values.get("Records read").getNumericCellValue());
            assertEquals(8, values.get("Records indexed").getNumericCellValue());
            assertEquals(2, values.get("Records rejected").getNumericCellValue());
            assertEquals(1, values.get("Records flagged").getNumericCellValue());
            assertEquals("read = indexed + rejected: 10 = 8 + 2", values.get("Check").getStringCellValue());
            assertEquals(4, values.get("Findings").getNumericCellValue());
            assertNull(values.get("Note"));
        }
    }

    @Test
    void summarySaysWhenTheRecordCountsDoNotAddUp() throws IOException {
        Path xlsx = dir.resolve("audit-report.xlsx");
        new WorkbookReport().write(xlsx, ReportFixtures.summary(new RecordCounts(10, 7, 2, 0)), List.of(), charts);
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals("read = indexed + rejected: 10 = 7 + 2 does NOT hold: some input is unaccounted for",
                    labelled(wb.getSheet("Summary")).get("Check").getStringCellValue());
        }
    }

    @Test
    void summaryHasATablePerCategoryAndPerLanguageSourceRegion() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.findings())) {
            List<List<String>> rows = shownRows(wb.getSheet("Summary"));
            int header = rows.indexOf(List.of("Category", "Description", "Findings", "Records",
                    "% of indexed records", "Members"));
            assertTrue(header > 0, "category table header");
            assertEquals(List.of("excluded.minor", "Data of a member under the minimum age", "1", "1", "12.50%", "1"),
                    rows.get(header + 1));
            assertEquals("special.health", rows.get(header + 4).get(0));

            assertEquals(List.of("de", "3"), rows.get(rows.indexOf(List.of("Language", "Records")) + 1));
            assertEquals(List.of("post", "6"), rows.get(rows.indexOf(List.of("Source", "Records")) + 1));
            assertEquals(List.of("GB", "5"), rows.get(rows.indexOf(List.of("Region", "Records")) + 2));
            assertTrue(wb.getSheet("Summary").getRow(header).getCell(0).getCellStyle().getFont().getBold());
        }
    }

    @Test
    void findingsSheetListsEveryFindingWithTypedCells() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.findings())) {
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
    void hostileTextStaysInertLiteralText() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.findings())) {
            Sheet sheet = wb.getSheet("Findings");
            assertLiteral(sheet.getRow(2).getCell(11), ReportFixtures.HYPERLINK);
            assertLiteral(sheet.getRow(3).getCell(11), ReportFixtures.SUM);
            assertLiteral(sheet.getRow(4).getCell(11), "-1+2 bell");

            for (Sheet each : wb) {
                for (Row row : each) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), each.getSheetName() + " " + cell);
                    }
                }
                assertTrue(((XSSFSheet) each).getHyperlinkList().isEmpty(), each.getSheetName());
            }
        }
    }

    @Test
    void findingsSheetHasAFrozenHeaderAndAnAutofilter() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.findings())) {
            XSSFSheet sheet = wb.getSheet("Findings");
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(0, pane.getVerticalSplitPosition());
            assertEquals("A1:N5", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(60 * 256, sheet.getColumnWidth(11));
        }
    }

    @Test
    void chartsSheetEmbedsEveryChartUnderItsTitle() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(), ReportFixtures.findings())) {
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
    void moreFindingsThanTheSheetHoldsAreCutWithANote() throws IOException {
        try (XSSFWorkbook wb = writeAndOpen(new WorkbookReport(2), ReportFixtures.findings())) {
            XSSFSheet sheet = wb.getSheet("Findings");
            assertEquals(2, sheet.getLastRowNum());
            assertEquals("A1:N3", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("The Findings sheet lists the first 2 of 4 findings; the full list is in findings.jsonl.",
                    labelled(wb.getSheet("Summary")).get("Note").getStringCellValue());
        }
    }

    @Test
    void writesAnEmptyAudit() throws IOException {
        Path xlsx = dir.resolve("empty.xlsx");
        new WorkbookReport().write(xlsx, ReportFixtures.emptySummary(), List.of(), List.of());
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals(0, wb.getSheet("Findings").getLastRowNum());
            assertTrue(shownRows(wb.getSheet("Summary")).contains(List.of("No findings")));
            assertEquals("No charts", wb.getSheet("Charts").getRow(0).getCell(0).getStringCellValue());
        }
    }

    private XSSFWorkbook writeAndOpen(WorkbookReport report, List<Finding> findings) throws IOException {
        Path xlsx = dir.resolve("audit-report.xlsx");
        report.write(xlsx, ReportFixtures.summary(), findings, charts);
        return open(xlsx);
    }

    private static XSSFWorkbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
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
