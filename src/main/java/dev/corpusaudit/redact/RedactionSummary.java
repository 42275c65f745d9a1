package dev.corpusaudit.redact;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.corpusaudit.model.FileDigest;

import java.util.List;
import java.util.Map;

/**
 * {@code redaction-summary.json}: what {@code redact} read, kept, masked and dropped, and why. {@code records.read}
 * = {@code kept + masked + dropped}; every input line the scan rejected counts as read and dropped ("not scanned").
 *
 * @param findingsFile          the findings file acted on
 * @param inputs                the input files, with SHA-256 and size
 * @param drop                  the categories that drop a record
 * @param mask                  the categories masked in place
 * @param minConfidence         findings below this were left
 * @param records               the record counts
 * @param droppedByReason       dropped records by reason
 * @param droppedByCategory     records dropped for a finding of each category (a record may count under several)
 * @param maskedSpansByCategory findings masked, by category (overlapping ones share one placeholder)
 * @param findings              what became of the findings
 * @param warnings              what a person should look at (findings of records not in the input, ...)
 */
@JsonPropertyOrder({"findings_file", "inputs", "drop", "mask", "min_confidence", "records", "dropped_by_reason",
        "dropped_by_category", "masked_spans_by_category", "findings", "warnings"})
public record RedactionSummary(@JsonProperty("findings_file") String findingsFile,
                               List<FileDigest> inputs,
                               List<String> drop,
                               List<String> mask,
                               @JsonProperty("min_confidence") double minConfidence,
                               Records records,
                               @JsonProperty("dropped_by_reason") Map<String, Long> droppedByReason,
                               @JsonProperty("dropped_by_category") Map<String, Long> droppedByCategory,
                               @JsonProperty("masked_spans_by_category") Map<String, Long> maskedSpansByCategory,
                               FindingCounts findings,
                               List<String> warnings) {

    /** Input records: each one read ends up kept, masked or dropped. */
    @JsonPropertyOrder({"read", "kept", "masked", "dropped"})
    public record Records(long read, long kept, long masked, long dropped) {
    }

    /**
     * @param read                  findings in the findings file
     * @param belowMinConfidence    left for their low confidence
     * @param leftByCategory        of categories neither dropped nor masked, left in the corpus
     * @param ofRecordsNotInInput   of record ids the input does not hold
     */
    @JsonPropertyOrder({"read", "below_min_confidence", "left_by_category", "of_records_not_in_input"})
    public record FindingCounts(long read,
                                @JsonProperty("below_min_confidence") long belowMinConfidence,
                                @JsonProperty("left_by_category") Map<String, Long> leftByCategory,
                                @JsonProperty("of_records_not_in_input") long ofRecordsNotInInput) {
    }
}
