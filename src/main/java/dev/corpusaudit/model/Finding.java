package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * One finding, as written to {@code findings.jsonl}: which record, what category, which rule found it, how sure,
 * where (character offsets into the record's text) and a masked piece of evidence with an explanation.
 *
 * @param seq   the record's position in the input, for ordering; not written
 * @param field the input field {@code start}/{@code end} refer to when it is not {@code text}; absent otherwise
 * @param input the input file of the record, as the scan was given it (so an auditor and a code-scanning tool can
 *              find the record); absent before the decide stage
 * @param line  the record's line in {@code input} (its first line for CSV); absent for a {@code .txt} record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"record_id", "category", "subject", "rule_id", "rule_version", "detector", "confidence",
        "severity", "lang", "start", "end", "evidence", "explanation", "field", "input", "line"})
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
                      String field,
                      String input,
                      Long line) {

    /** A finding before the decide stage says where its record is in the input. */
    public Finding(long seq, String recordId, String category, String subject, String ruleId, String ruleVersion,
                   String detector, double confidence, String severity, String lang, Integer start, Integer end,
                   String evidence, String explanation, String field) {
        this(seq, recordId, category, subject, ruleId, ruleVersion, detector, confidence, severity, lang, start, end,
                evidence, explanation, field, null, null);
    }

    /** This finding with another confidence and explanation (a later decide step's). */
    public Finding withConfidence(double newConfidence, String newExplanation) {
        return new Finding(seq, recordId, category, subject, ruleId, ruleVersion, detector, newConfidence, severity,
                lang, start, end, evidence, newExplanation, field, input, line);
    }

    /** This finding, saying in which input file and on which line (null for a whole-file record) its record is. */
    public Finding withInput(String inputFile, Long inputLine) {
        return new Finding(seq, recordId, category, subject, ruleId, ruleVersion, detector, confidence, severity,
                lang, start, end, evidence, explanation, field, inputFile, inputLine);
    }

    /** A finding in the record's text. */
    public Finding(long seq, String recordId, String category, String subject, String ruleId, String ruleVersion,
                   String detector, double confidence, String severity, String lang, Integer start, Integer end,
                   String evidence, String explanation) {
        this(seq, recordId, category, subject, ruleId, ruleVersion, detector, confidence, severity, lang, start, end,
                evidence, explanation, null);
    }

    /**
     * A stable identity of this finding, for SARIF's {@code partialFingerprints} and for comparing a scan with a
     * baseline ({@code scan --baseline}): the first 32 hex digits of the SHA-256 of record id, category, rule id,
     * field ({@code text} when absent), start and end (empty when absent), joined by NUL. It does not depend on the
     * record's position in the input, nor on confidence, evidence or explanation, so a reordered corpus or a retuned
     * score keeps it.
     */
    @JsonIgnore
    public String fingerprint() {
        return fingerprint(recordId, category, ruleId, field, start, end);
    }

    /** {@link #fingerprint()} of a finding read back from {@code findings.jsonl}. */
    public static String fingerprint(String recordId, String category, String ruleId, String field, Integer start,
                                     Integer end) {
        MessageDigest sha = FileDigest.newSha256();
        String key = String.join("\u0000", recordId, category, ruleId, field == null ? "text" : field,
                start == null ? "" : start.toString(), end == null ? "" : end.toString());
        sha.update(key.getBytes(StandardCharsets.UTF_8));
        return FileDigest.hex(sha).substring(0, 32);
    }

    /** The same finding of the record at this input position (the position is not part of the JSON). */
    public Finding withSeq(long position) {
        return new Finding(position, recordId, category, subject, ruleId, ruleVersion, detector, confidence, severity,
                lang, start, end, evidence, explanation, field, input, line);
    }
}
