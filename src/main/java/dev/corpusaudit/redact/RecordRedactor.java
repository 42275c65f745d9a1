package dev.corpusaudit.redact;

import dev.corpusaudit.model.CorpusRecord;

import java.util.Map;

/** Decides and logs the fate of one record that the scan read; the corpus writers call it for each. */
@FunctionalInterface
interface RecordRedactor {
    /** @param fields the record's fields as the scan read them (name to value) */
    Redaction redact(String recordId, CorpusRecord.Origin origin, Map<String, String> fields);
}
