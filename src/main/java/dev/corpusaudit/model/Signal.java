package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something a detector or rule saw in one record, before the decide stage turns it into a {@link Finding}: where
 * (character offsets into the text, or into the value of another input field), what category, how sure, and why.
 * Holds no text, so it can be stored in the index without a copy of the matched value; a signal in another field
 * carries its evidence already masked, because field values are not kept in the index.
 *
 * @param field    the input field the offsets refer to; null for the record's text
 * @param evidence masked evidence, made where the field value was at hand; null for the text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"category", "rule_id", "rule_version", "detector", "confidence", "subject", "start", "end",
        "explanation", "field", "evidence"})
public record Signal(String category,
                     @JsonProperty("rule_id") String ruleId,
                     @JsonProperty("rule_version") String ruleVersion,
                     String detector,
                     double confidence,
                     String subject,
                     int start,
                     int end,
                     String explanation,
                     String field,
                     String evidence) {

    /** A signal in the record's text. */
    public Signal(String category, String ruleId, String ruleVersion, String detector, double confidence,
                  String subject, int start, int end, String explanation) {
        this(category, ruleId, ruleVersion, detector, confidence, subject, start, end, explanation, null, null);
    }

    /** This signal as found in another input field, with its confidence and explanation there. */
    public Signal inField(String fieldName, String maskedEvidence, double newConfidence, String newExplanation) {
        return new Signal(category, ruleId, ruleVersion, detector, newConfidence, subject, start, end, newExplanation,
                fieldName, maskedEvidence);
    }
}
