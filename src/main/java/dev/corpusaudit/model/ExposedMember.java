package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One member's exposure in a corpus, by pseudonym: all their records, those with findings, the categories found,
 * and whether they opted out or are a minor (an {@code excluded.opted_out} or {@code excluded.minor} finding).
 */
@JsonPropertyOrder({"member", "records", "records_with_findings", "categories", "opted_out", "minor"})
public record ExposedMember(String member,
                            long records,
                            @JsonProperty("records_with_findings") long recordsWithFindings,
                            List<String> categories,
                            @JsonProperty("opted_out") boolean optedOut,
                            boolean minor) {
}
