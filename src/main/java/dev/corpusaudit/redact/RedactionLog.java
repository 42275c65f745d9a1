package dev.corpusaudit.redact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.corpusaudit.ingest.Rejection;
import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.Json;
import dev.corpusaudit.report.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code redaction-log.jsonl}: one line per record that did not pass unchanged (dropped or masked), with where it
 * was, why, which categories and rules, and the masked spans' offsets. It holds no text of the corpus, so the log
 * cannot leak what it removed. Also counts what the summary reports.
 */
final class RedactionLog implements AutoCloseable {
    static final String FILE = "redaction-log.jsonl";
    static final String NOT_SCANNED = "not scanned";

    /** A masked or dropping finding's place: field and UTF-16 offsets into its value as the scan read it. */
    @JsonPropertyOrder({"field", "start", "end", "category", "rule_id"})
    record Span(String field, int start, int end, String category, @JsonProperty("rule_id") String ruleId) {
    }

    /** One line of the log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"record_id", "file", "line", "action", "reason", "categories", "rule_ids", "spans"})
    record Entry(@JsonProperty("record_id") String recordId, String file, long line, String action, String reason,
                 List<String> categories, @JsonProperty("rule_ids") List<String> ruleIds, List<Span> spans) {
    }

    private final AtomicFile file;
    private long kept;
    private long masked;
    private long dropped;
    private final Map<String, Long> droppedByReason = new TreeMap<>();
    private final Map<String, Long> droppedByCategory = new TreeMap<>();
    private final Map<String, Long> maskedSpansByCategory = new TreeMap<>();

    private RedactionLog(AtomicFile file) {
        this.file = file;
    }

    static RedactionLog open(Path outDir) throws IOException {
        return new RedactionLog(AtomicFile.open(outDir.resolve(FILE)));
    }

    /** An input line the scan rejected: it was never checked, so it is dropped. */
    void notScanned(Rejection rejection) throws IOException {
        dropped++;
        droppedByReason.merge(NOT_SCANNED, 1L, Long::sum);
        write(new Entry(rejection.recordId(), rejection.file(), rejection.line(), "dropped",
                NOT_SCANNED + ": " + withoutDetail(rejection.reason()), null, null, null));
    }

    /** The fate of a record the scan read. */
    void record(String recordId, CorpusRecord.Origin origin, Redaction redaction) throws IOException {
        switch (redaction.action()) {
            case KEPT -> kept++;
            case MASKED -> {
                masked++;
                redaction.marks().forEach(m -> maskedSpansByCategory.merge(m.category(), 1L, Long::sum));
            }
            case DROPPED -> {
                dropped++;
                droppedByReason.merge(redaction.reason(), 1L, Long::sum);
                redaction.categories().forEach(c -> droppedByCategory.merge(c, 1L, Long::sum));
            }
        }
        if (redaction.action() == Redaction.Action.KEPT) {
            return;
        }
        List<Span> spans = redaction.marks().stream().filter(m -> !m.recordLevel())
                .map(m -> new Span(m.field(), m.start(), m.end(), m.category(), m.ruleId())).toList();
        write(new Entry(recordId, origin.file(), origin.line(), redaction.action().name().toLowerCase(Locale.ROOT),
                redaction.reason(), nullIfEmpty(redaction.categories()), nullIfEmpty(redaction.ruleIds()),
                nullIfEmpty(spans)));
    }

    long kept() {
        return kept;
    }

    long masked() {
        return masked;
    }

    long dropped() {
        return dropped;
    }

    Map<String, Long> droppedByReason() {
        return new TreeMap<>(droppedByReason);
    }

    Map<String, Long> droppedByCategory() {
        return new TreeMap<>(droppedByCategory);
    }

    Map<String, Long> maskedSpansByCategory() {
        return new TreeMap<>(maskedSpansByCategory);
    }

    void commit() throws IOException {
        file.commit();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private void write(Entry entry) throws IOException {
        file.stream().write(Json.MAPPER.writeValueAsBytes(entry));
        file.stream().write('\n');
    }

    /**
     * The reason of a rejection without the detail after its first ": " or " (": parser messages there may quote
     * the input line.
     */
    static String withoutDetail(String reason) {
        int cut = reason.length();
        for (String mark : new String[]{": ", " ("}) {
            int at = reason.indexOf(mark);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return reason.substring(0, cut);
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
