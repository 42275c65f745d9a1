package dev.corpusaudit;

import dev.corpusaudit.ingest.FieldMapping;
import dev.corpusaudit.ruleset.Ruleset;

import java.nio.file.Path;
import java.util.List;

/**
 * What a scan needs to know.
 *
 * @param inputs         files and folders to read, in order
 * @param out            the report folder
 * @param ruleset        the loaded policy and rules
 * @param mapping        input field names
 * @param threads        worker threads
 * @param maxRecordChars longer records are rejected
 * @param keepIndex      whether {@code out/index} stays after the scan
 * @param reports        whether to write the workbook and charts (the benchmark can measure without them)
 */
public record ScanOptions(List<Path> inputs, Path out, Ruleset ruleset, FieldMapping mapping, int threads,
                          int maxRecordChars, boolean keepIndex, boolean reports) {
    public static final int DEFAULT_MAX_RECORD_CHARS = 1_000_000;
}
