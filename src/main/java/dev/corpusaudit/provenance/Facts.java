package dev.corpusaudit.provenance;

import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.Finding;

import java.time.LocalDate;

/**
 * What the metadata checks know about one record: the record, its language and member key, its creation date, its
 * region (the record's, else the member registry's), the snapshot date; and how a record-level finding is made.
 *
 * @param memberKey the member's pseudonym as a number ({@code Pseudonymizer#key}); meaningless when {@code member}
 *                  is false
 */
record Facts(CorpusRecord record, String lang, boolean member, long memberKey, LocalDate created, String region,
             LocalDate snapshot) {

    /** A finding about the whole record (no offsets): metadata, not text, is the evidence. */
    Finding finding(String category, String ruleId, String version, double confidence, String severity,
                    String evidence, String explanation) {
        return new Finding(record.seq(), record.id(), category, null, ruleId, version, "metadata", confidence,
                severity, lang, null, null, evidence, explanation);
    }

    /** {@code yyyy-MM} of a date: what findings say of members' dates (a day would help single a member out). */
    static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }
}
