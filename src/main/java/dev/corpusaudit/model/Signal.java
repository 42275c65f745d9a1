package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something a detector or rule saw in one record, before the decide stage turns it into a {@link Finding}: where
 * (character offsets into the text), what category, how sure, and why. Holds no text, so it can be stored in the
 * index without a copy of the matched value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"category", "rule_id", "rule_version", "detector", "confidence", "subject", "start", "end",
        "explanation"})
public record Signal(String category,
                     @JsonProperty("rule_id") String ruleId,
                     @JsonProperty("rule_version") String ruleVersion,
                     String detector,
                     double confidence,
                     String subject,
                     int start,
                     int end,
                     String explanation) {
}
