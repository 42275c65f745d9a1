package dev.corpusaudit.report;

import dev.corpusaudit.eval.EvalResult;
import dev.corpusaudit.eval.Score;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.util.List;
import java.util.Locale;

/**
 * The Method sheet: what produced the findings (tool, ruleset, models, each with version and SHA-256), how accurate
 * each category measured in {@code corpus-audit eval} when a result was given, and the method's known limits.
 */
final class MethodSheet {
    static final String NAME = "Method";
    static final String NOT_MEASURED = "Not measured in this audit: run corpus-audit eval on labelled records.";
    static final List<String> ACCURACY_COLUMNS = List.of("Category", "Precision", "Recall", "F1", "Support",
            "True positives", "False positives", "False negatives");

    private static final int[] WIDTHS = {28, 70, 12, 66, 10, 14, 14, 14};

    private MethodSheet() {
    }

    static void write(SXSSFSheet sheet, ReportContent content, WorkbookCells cells) {
        WorkbookCells.setWidths(sheet, WIDTHS);
        WorkbookCells.Rows rows = new WorkbookCells.Rows(sheet);
        cells.label(rows.next(), "What produced the findings");
        cells.header(rows.next(), List.of("Kind", "Name", "Version", "SHA-256"));
        for (ReportContent.MethodItem item : content.method()) {
            Row row = rows.next();
            cells.text.write(row, 0, item.kind());
            cells.text.write(row, 1, item.name());
            cells.text.write(row, 2, item.version());
            cells.text.write(row, 3, item.sha256());
        }
        rows.skip();

        cells.label(rows.next(), "Measured accuracy per category (corpus-audit eval, record level)");
        EvalResult accuracy = content.accuracy();
        if (accuracy == null) {
            rows.next().createCell(0).setCellValue(NOT_MEASURED);
        } else {
            rows.next().createCell(0).setCellValue(String.format(Locale.ROOT, "On %,d labelled records, findings "
                    + "of confidence %.2f and above.", accuracy.records(), accuracy.minConfidence()));
            cells.header(rows.next(), ACCURACY_COLUMNS);
            accuracy.categories().forEach(score -> writeScore(rows.next(), score.category(), score, cells));
            writeScore(rows.next(), "all (micro-average)", accuracy.micro(), cells);
        }
        rows.skip();

        cells.label(rows.next(), "Known limits");
        for (String limit : content.knownLimits()) {
            cells.text.write(rows.next(), 0, limit);
        }
    }

    private static void writeScore(Row row, String name, Score score, WorkbookCells cells) {
        cells.text.write(row, 0, name);
        cells.ratio(row, 1, score.precision());
        cells.ratio(row, 2, score.recall());
        cells.ratio(row, 3, score.f1());
        cells.count(row, 4, score.support());
        cells.count(row, 5, score.tp());
        cells.count(row, 6, score.fp());
        cells.count(row, 7, score.fn());
    }
}
