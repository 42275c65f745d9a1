package dev.corpusaudit.report;

import dev.corpusaudit.model.Finding;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class WorkbookJobTest {

    @TempDir
    Path dir;

    @Test
    void findingsPastTheSheetLimitAreDrainedSoTheScanNeverWaitsForever() throws IOException {
        Path xlsx = dir.resolve("audit-report.xlsx");
        int findings = 10_000; // more than the queue holds, so a writer that stopped reading would block the scan
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (WorkbookJob job = new WorkbookJob(xlsx, ReportFixtures.RULE_IDS, null, new WorkbookReport(2, 2, 2))) {
                Finding f = ReportFixtures.findings().get(0);
                for (int i = 0; i < findings; i++) {
                    job.add(f);
                }
                job.findingsDone(ReportFixtures.sheetContent(ReportFixtures.summary()));
                job.finish(List.of());
            }
        });
        assertEquals("This sheet lists the first 2 of 10,000 findings; the full list is in findings.jsonl.",
                cellA(xlsx, "Findings", 4));
    }

    @Test
    void aFailedScanAbandonsTheWorkbook() {
        Path xlsx = dir.resolve("audit-report.xlsx");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (WorkbookJob job = new WorkbookJob(xlsx, ReportFixtures.RULE_IDS, null)) {
                job.add(ReportFixtures.findings().get(0));
            }
        });
        assertFalse(Files.exists(xlsx));
    }

    private static String cellA(Path xlsx, String sheet, int row) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheet(sheet).getRow(row).getCell(0).getStringCellValue();
        }
    }
}
