package dev.corpusaudit.analyze;

import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.Signal;

import java.util.List;

/**
 * A record after the analyze stage: its language, the member's pseudonym and what the pattern detectors found.
 *
 * @param lang            ISO 639-1 language, given or detected; {@code und} when neither
 * @param memberPseudonym keyed hash of the member id, or null when the record has none
 */
public record AnalyzedRecord(CorpusRecord record, String lang, String memberPseudonym, List<Signal> signals) {
}
