package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One finding, as written to {@code findings.jsonl}: which record, what category, which rule found it, how sure,
 * where (character offsets into the record's text) and a masked piece of evidence with an explanation.
 *
 * @param seq   the record's position in the input, for ordering; not written
 * @param field the input field {@code start}/{@code end} refer to when it is not {@code text}; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"record_id", "category", "subject", "rule_id", "rule_version", "detector", "confidence",
        "severity", "lang", "start", "end", "evidence", "explanation", "field"})
public record Finding(@JsonIgnore long seq,
                      @JsonProperty("record_id") String recordId,
                      String category,
                      String subject,
                      @JsonProperty("rule_id") String ruleId,
                      @JsonProperty("rule_version") String ruleVersion,
                      String detector,
                      double confidence,
                      String severity,
                      String lang,
                      Integer start,
                      Integer end,
                      String evidence,
                      String explanation,
                      String field) {

    /** This finding with another confidence and explanation (a later decide step's). */
    public Finding withConfidence(double newConfidence, String newExplanation) {
        return new Finding(seq, recordId, category, subject, ruleId, ruleVersion, detector, newConfidence, severity,
                lang, start, end, evidence, newExplanation, field);
    }

    /** A finding in the record's text. */
    public Finding(long seq, String recordId, String category, String subject, String ruleId, String ruleVersion,
                   String detector, double confidence, String severity, String lang, Integer start, Integer end,
                   String evidence, String explanation) {
        this(seq, recordId, category, subject, ruleId, ruleVersion, detector, confidence, severity, lang, start, end,
                evidence, explanation, null);
    }

    /**
     * An id of this finding that stays the same when the input's lines are reordered (it does not use the record's
     * position): SHA-256 (hex, first 32 characters) of record id, category, rule id, field, start and end. It ties a
     * finding to the same finding of an earlier audit ({@code --baseline}) and to code-scanning tools (SARIF).
     */
    @JsonIgnore
    public String fingerprint() {
        return fingerprint(recordId, category, ruleId, field, start, end);
    }

    /** {@link #fingerprint()} of a finding read back from {@code findings.jsonl}. */
    public static String fingerprint(String recordId, String category, String ruleId, String field, Integer start,
                                     Integer end) {
        String key = recordId + '\u0000' + category + '\u0000' + ruleId + '\u0000' + (field == null ? "text" : field)
                + '\u0000' + start + '\u0000' + end;
        java.security.MessageDigest sha = FileDigest.newSha256();
        sha.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return FileDigest.hex(sha).substring(0, 32);
    }

    /** The same finding of the record at this input position (the position is not part of the JSON). */
    public Finding withSeq(long position) {
        return new Finding(position, recordId, category, subject, ruleId, ruleVersion, detector, confidence, severity,
                lang, start, end, evidence, explanation, field);
    }
}
