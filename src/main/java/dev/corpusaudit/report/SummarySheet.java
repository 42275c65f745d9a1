package dev.corpusaudit.report;

import dev.corpusaudit.model.AuditSummary;
import dev.corpusaudit.model.AuditSummary.CategoryCount;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.Category;
import dev.corpusaudit.model.FileDigest;
import dev.corpusaudit.model.GateVerdict;
import dev.corpusaudit.model.ProvenanceSummary;
import dev.corpusaudit.model.ToolInfo;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.util.List;
import java.util.Map;

/**
 * The Summary sheet, for the reader in a hurry: what was scanned and with which policy, whether the counts add up,
 * the release gate's verdict, the findings per category, then the corpus by language, source and region.
 *
 * <p>Its only clock value is when the scan started ({@code manifest.json} has its start and end). Column A holds text
 * only.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    static final List<String> CATEGORY_COLUMNS = List.of("Category", "Description", "Findings", "Records",
            "% of indexed records", "Members", "Severity");
    private static final int[] WIDTHS = {34, 66, 12, 12, 22, 12, 10};
    private static final String UNKNOWN = "unknown";

    private SummarySheet() {
    }

    /** @param cutNote says that the Findings sheet lists only some findings, or null when it lists them all */
    static void write(SXSSFSheet sheet, AuditSummary summary, String scannedAt, String cutNote, WorkbookCells cells) {
        WorkbookCells.setWidths(sheet, WIDTHS);
        WorkbookCells.Rows rows = new WorkbookCells.Rows(sheet);
        Row title = rows.next();
        title.createCell(0).setCellValue(ToolInfo.NAME + " audit report");
        title.getCell(0).setCellStyle(cells.title);
        rows.skip();

        cells.keyValue(rows.next(), "Tool", summary.tool() + " " + summary.toolVersion());
        cells.keyValue(rows.next(), "Scanned", scannedAt == null ? "see manifest.json (start and end)"
                : scannedAt + " (start; manifest.json has start and end)");
        AuditSummary.RulesetInfo ruleset = summary.ruleset();
        cells.keyValue(rows.next(), "Ruleset id", ruleset.id());
        cells.keyValue(rows.next(), "Ruleset title", ruleset.title());
        cells.keyValue(rows.next(), "Ruleset version", ruleset.version());
        cells.keyValue(rows.next(), "Ruleset SHA-256", ruleset.sha256());
        for (String input : summary.inputs()) {
            cells.keyValue(rows.next(), "Input", input);
        }
        rows.skip();
        writeInputFiles(rows, summary.inputFiles(), cells);

        RecordCounts records = summary.records();
        cells.keyCount(rows.next(), "Records read", records.read());
        cells.keyCount(rows.next(), "Records indexed", records.indexed());
        cells.keyCount(rows.next(), "Records rejected", records.rejected());
        cells.keyCount(rows.next(), "Records flagged", records.flagged());
        cells.keyValue(rows.next(), "Check", WorkbookCells.recordsCheck(records));
        cells.keyValue(rows.next(), "Records created", dateRange(summary.months()));
        if (summary.months().containsKey(UNKNOWN)) {
            cells.keyCount(rows.next(), "Records without a date", summary.months().get(UNKNOWN));
        }
        cells.keyCount(rows.next(), "Findings", summary.findings());
        if (cutNote != null) {
            cells.keyValue(rows.next(), "Note", cutNote);
        }
        rows.skip();

        writeGate(rows, summary.gate(), cells);
        writeCategoryTable(rows, summary, cells);
        writeProvenance(rows, summary.provenance(), cells);
        writeCountTable(rows, "Records per language", "Language", summary.languages(), cells);
        writeCountTable(rows, "Records per source", "Source", summary.sources(), cells);
        writeCountTable(rows, "Records per region", "Region", summary.regions(), cells);
    }

    /** The first and last month records were created in, {@code 2025-01 to 2025-10}. */
    static String dateRange(Map<String, Long> months) {
        List<String> dated = months.keySet().stream().filter(m -> !m.equals(UNKNOWN)).sorted().toList();
        if (dated.isEmpty()) {
            return "no record has a date";
        }
        return dated.get(0) + " to " + dated.get(dated.size() - 1);
    }

    private static void writeInputFiles(WorkbookCells.Rows rows, List<FileDigest> files, WorkbookCells cells) {
        cells.label(rows.next(), "Files read");
        cells.header(rows.next(), List.of("File", "SHA-256", "Bytes"));
        long total = 0;
        for (FileDigest file : files) {
            Row row = rows.next();
            cells.text.write(row, 0, file.path()); // a folder input's file names come from the corpus
            cells.text.write(row, 1, file.sha256());
            cells.count(row, 2, file.bytes());
            total += file.bytes();
        }
        Row sum = rows.next();
        cells.label(sum, "Total");
        cells.count(sum, 2, total);
        rows.skip();
    }

    private static void writeGate(WorkbookCells.Rows rows, GateVerdict gate, WorkbookCells cells) {
        cells.label(rows.next(), "Release gate");
        if (gate == null || GateVerdict.NONE.equals(gate.verdict())) {
            cells.keyValue(rows.next(), "Verdict", "none: no gate was set");
            rows.skip();
            return;
        }
        cells.keyValue(rows.next(), "Verdict", gate.verdict() + (gate.failed()
                ? ": at least one condition holds" : ": no condition holds"));
        cells.keyValue(rows.next(), "Conditions from", gate.source());
        cells.header(rows.next(), List.of("Condition", "Measured", "Records", "Holds"));
        for (GateVerdict.Check check : gate.conditions()) {
            Row row = rows.next();
            cells.text.write(row, 0, check.condition());
            cells.text.write(row, 1, check.value());
            cells.count(row, 2, check.records());
            cells.text.write(row, 3, check.holds() ? "yes" : "no");
        }
        rows.skip();
    }

    private static void writeCategoryTable(WorkbookCells.Rows rows, AuditSummary summary, WorkbookCells cells) {
        cells.label(rows.next(), "Findings per category");
        cells.header(rows.next(), CATEGORY_COLUMNS);
        long indexed = summary.records().indexed();
        for (Map.Entry<String, CategoryCount> e : summary.categories().entrySet()) {
            CategoryCount count = e.getValue();
            Row row = rows.next();
            cells.text.write(row, 0, e.getKey());
            cells.text.write(row, 1, Category.byId(e.getKey()).map(Category::description).orElse(""));
            cells.count(row, 2, count.findings());
            cells.count(row, 3, count.records());
            cells.ratio(row, 4, indexed > 0 ? (double) count.records() / indexed : null);
            cells.count(row, 5, count.members());
            cells.text.write(row, 6, count.severity());
        }
        if (summary.categories().isEmpty()) {
            rows.next().createCell(0).setCellValue("No findings");
        }
        rows.skip();
    }

    /** What the checks that need provenance counted: ages known, and how the opt-out register met the corpus. */
    private static void writeProvenance(WorkbookCells.Rows rows, ProvenanceSummary p, WorkbookCells cells) {
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
            cells.header(rows.next(), List.of("Opt-out month", "Members", "Records", "Must not be held",
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

    private static void writeCountTable(WorkbookCells.Rows rows, String title, String keyName, Map<String, Long> counts,
                                        WorkbookCells cells) {
        cells.label(rows.next(), title);
        cells.header(rows.next(), List.of(keyName, "Records"));
        counts.forEach((key, count) -> {
            Row row = rows.next();
            cells.text.write(row, 0, key);
            cells.count(row, 1, count);
        });
        rows.skip();
    }
}
