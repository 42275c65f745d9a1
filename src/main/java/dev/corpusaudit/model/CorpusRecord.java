package dev.corpusaudit.model;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One input record, as ingest hands it to the analyze stage.
 *
 * @param seq       position in the input stream (0-based over all inputs); findings are written in this order
 * @param id        the record id (unique within a scan)
 * @param text      the content
 * @param memberId  raw member id, or null; never written to any output (see {@code Pseudonymizer})
 * @param source    source type ({@code post}, {@code message}, ...), or null
 * @param region    ISO 3166-1 alpha-2, or null
 * @param lang      ISO 639-1 language when the input gave one, or null
 * @param createdAt ISO-8601 date or timestamp, or null
 * @param extra     other fields of the input (name to string value), in input order
 * @param origin    where the record came from, for messages: file and line
 */
public record CorpusRecord(long seq, String id, String text, String memberId, String source, String region,
                           String lang, String createdAt, Map<String, String> extra, Origin origin) {
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** File and 1-based line (or 0 for whole-file records) a record was read from. */
    public record Origin(String file, long line) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    /** The {@code yyyy-MM} month of {@link #createdAt}, or null when absent or not a date. */
    public String createdMonth() {
        if (createdAt == null || createdAt.length() < 7) {
            return null;
        }
        String month = createdAt.substring(0, 7);
        return YEAR_MONTH.matcher(month).matches() ? month : null;
    }
}
