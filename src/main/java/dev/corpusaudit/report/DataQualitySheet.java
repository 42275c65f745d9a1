package dev.corpusaudit.report;

import dev.corpusaudit.ingest.Rejection;
import dev.corpusaudit.model.AuditSummary.RecordCounts;
import dev.corpusaudit.model.Json;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Data quality sheet: the input accounting ({@code read = indexed + rejected}), the lines of
 * {@code rejected.jsonl} counted per action and kind of problem and checked against those counts, then the lines
 * themselves, up to a limit. {@code rejected.jsonl} is read line by line, twice (counts, then rows), never whole.
 * Its file names, record ids and reasons can come from the corpus, so they go through {@link SafeCell}.
 */
final class DataQualitySheet {
    static final String NAME = "Data quality";
    static final List<String> LINE_COLUMNS = List.of("File", "Line", "Record id", "Action", "Reason");
    /** Past this many kinds, the rest are counted together: the table stays short whatever the reasons say. */
    static final int MAX_KINDS = 100;
    static final String OTHER_KINDS = "(other kinds)";

    private static final int[] WIDTHS = {50, 12, 28, 10, 90};
    private static final Pattern QUOTED = Pattern.compile("'.*'");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w+-])\\d+(?:[.,]\\d+)*");

    private DataQualitySheet() {
    }

    /**
     * @param rejectedJsonl {@code rejected.jsonl}, or null when there is none to list
     * @param maxLines      the most lines listed
     */
    static void write(SXSSFSheet sheet, RecordCounts records, Path rejectedJsonl, int maxLines, WorkbookCells cells)
            throws IOException {
        WorkbookCells.setWidths(sheet, WIDTHS);
        WorkbookCells.Rows rows = new WorkbookCells.Rows(sheet);
        cells.label(rows.next(), "Input accounting: every input record is indexed or rejected");
        cells.keyCount(rows.next(), "Records read", records.read());
        cells.keyCount(rows.next(), "Records indexed", records.indexed());
        cells.keyCount(rows.next(), "Records rejected", records.rejected());
        cells.keyCount(rows.next(), "Records kept with a warning", records.flagged());
        cells.keyValue(rows.next(), "Check", WorkbookCells.recordsCheck(records));
        rows.skip();
        if (rejectedJsonl == null || !Files.exists(rejectedJsonl)) {
            cells.label(rows.next(), "No rejected.jsonl was given: the lines behind these counts are not listed.");
            return;
        }

        Tally tally = new Tally();
        forEachLine(rejectedJsonl, Long.MAX_VALUE, tally::add);
        cells.label(rows.next(), "Lines of rejected.jsonl");
        cells.keyCount(rows.next(), "Rejected", tally.rejected);
        cells.keyCount(rows.next(), "Kept with a warning", tally.kept);
        cells.keyValue(rows.next(), "Check", WorkbookCells.check(String.format(Locale.ROOT,
                "rejected lines = records rejected: %d = %d", tally.rejected, records.rejected()),
                tally.rejected == records.rejected()));
        cells.keyValue(rows.next(), "Check", WorkbookCells.check(String.format(Locale.ROOT,
                "kept lines = records kept with a warning: %d = %d", tally.kept, records.flagged()),
                tally.kept == records.flagged()));
        rows.skip();
        if (tally.rejected + tally.kept == 0) {
            cells.label(rows.next(), "No input line was rejected or kept with a warning.");
            return;
        }

        cells.label(rows.next(), "Problems by kind");
        cells.header(rows.next(), List.of("Kind of problem", "Lines", "Action"));
        tally.kinds.forEach((kind, byAction) -> byAction.forEach((action, count) -> {
            Row row = rows.next();
            cells.text.write(row, 0, kind);
            cells.count(row, 1, count);
            cells.text.write(row, 2, action);
        }));
        rows.skip();

        Row header = rows.next();
        cells.header(header, LINE_COLUMNS);
        int[] last = {header.getRowNum()};
        forEachLine(rejectedJsonl, maxLines, r -> {
            Row row = rows.next();
            cells.text.write(row, 0, r.file());
            cells.count(row, 1, r.line());
            cells.text.write(row, 2, r.recordId());
            cells.text.write(row, 3, r.action());
            cells.text.write(row, 4, r.reason());
            last[0] = row.getRowNum();
        });
        sheet.setAutoFilter(new CellRangeAddress(header.getRowNum(), last[0], 0, LINE_COLUMNS.size() - 1));
        long lines = tally.rejected + tally.kept;
        if (lines > maxLines) {
            rows.skip();
            cells.label(rows.next(), String.format(Locale.ROOT, "This sheet lists the first %,d of %,d lines; the "
                    + "full list is in rejected.jsonl.", maxLines, lines));
        }
    }

    /**
     * A reason's kind, stable across lines: the first of the problems it lists ({@code ;} separates them), with a
     * quoted value shown as {@code '…'}, without what follows a {@code :} (an error message), a number shown as
     * {@code N}, and an unclosed parenthesis dropped. {@code duplicate id 'p-7' (the first record with this id was
     * kept)} becomes {@code duplicate id '…' (the first record with this id was kept)}.
     */
    static String reasonKind(String reason) {
        if (reason == null || reason.isBlank()) {
            return "(no reason given)";
        }
        String kind = reason.split(";", 2)[0];
        kind = QUOTED.matcher(kind).replaceAll("'…'"); // before the ':' cut: a quoted value may hold a ':'
        kind = kind.split(":", 2)[0];
        int quote = kind.indexOf('\'');
        if (quote >= 0 && kind.indexOf('\'', quote + 1) < 0) {
            kind = kind.substring(0, quote) + "'…'"; // a value cut by the ';' it held
        }
        int open = kind.lastIndexOf('(');
        if (open > kind.lastIndexOf(')')) {
            kind = kind.substring(0, open);
        }
        return NUMBER.matcher(kind).replaceAll("N").strip();
    }

    /** Reads the first {@code limit} lines of {@code rejected.jsonl}. */
    private static void forEachLine(Path jsonl, long limit, Consumer<Rejection> each) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            for (long read = 0; read < limit && (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    each.accept(Json.MAPPER.readValue(line, Rejection.class));
                    read++;
                }
            }
        }
    }

    /** Lines per action, and per kind of problem then action. */
    private static final class Tally {
        long rejected;
        long kept;
        final SortedMap<String, SortedMap<String, Long>> kinds = new TreeMap<>();

        void add(Rejection r) {
            if (r.isRejected()) {
                rejected++;
            } else {
                kept++;
            }
            String kind = reasonKind(r.reason());
            if (!kinds.containsKey(kind) && kinds.size() >= MAX_KINDS) {
                kind = OTHER_KINDS;
            }
            kinds.computeIfAbsent(kind, k -> new TreeMap<>()).merge(r.action(), 1L, Long::sum);
        }
    }
}
