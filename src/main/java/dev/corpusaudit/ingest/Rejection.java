package dev.corpusaudit.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A line of {@code rejected.jsonl}: input that could not be used as read, where it was and why. It never holds the
 * input's text, so the data-quality log cannot leak what it describes.
 *
 * @param file     the input file
 * @param line     1-based line (for CSV: the record's first line; 0 for a whole file)
 * @param recordId the record id when it could be read, else null
 * @param action   {@code rejected} (not scanned) or {@code kept} (scanned, with the problem noted)
 * @param reason   what was wrong, for a person
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "line", "record_id", "action", "reason"})
public record Rejection(String file, long line, @JsonProperty("record_id") String recordId, String action,
                        String reason) {

    public static final String REJECTED = "rejected";
    public static final String KEPT = "kept";

    public static Rejection rejected(String file, long line, String recordId, String reason) {
        return new Rejection(file, line, recordId, REJECTED, reason);
    }

    public static Rejection kept(String file, long line, String recordId, String reason) {
        return new Rejection(file, line, recordId, KEPT, reason);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isRejected() {
        return REJECTED.equals(action);
    }
}
