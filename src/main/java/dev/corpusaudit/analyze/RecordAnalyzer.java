package dev.corpusaudit.analyze;

import dev.corpusaudit.model.CorpusRecord;
import dev.corpusaudit.model.Signal;
import dev.corpusaudit.nlp.LanguageIdentifier;
import dev.corpusaudit.nlp.ModelRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The analyze stage for one worker: language (given, or detected on a prefix), member pseudonym, the pattern
 * detectors and the pattern rules (on the text, and on the values of the input's other fields). Not thread-safe (it owns an OpenNLP tool): one per worker.
 */
public final class RecordAnalyzer {
    private final LanguageIdentifier languages;
    private final PatternStage patterns;
    private final Pseudonymizer pseudonymizer;

    public RecordAnalyzer(ModelRegistry models, PatternStage patterns, Pseudonymizer pseudonymizer) {
        this.languages = new LanguageIdentifier(models);
        this.patterns = patterns;
        this.pseudonymizer = pseudonymizer;
    }

    public AnalyzedRecord analyze(CorpusRecord record) {
        String lang = record.lang() != null ? record.lang() : languages.detect(record.text());
        List<Signal> signals = new ArrayList<>(patterns.find(record.text(), lang));
        for (Map.Entry<String, String> field : record.extra().entrySet()) {
            if (field.getValue() != null && !field.getValue().isBlank()) {
                signals.addAll(patterns.findInField(field.getKey(), field.getValue(), lang));
            }
        }
        return new AnalyzedRecord(record, lang, pseudonymizer.pseudonym(record.memberId()), List.copyOf(signals));
    }
}
