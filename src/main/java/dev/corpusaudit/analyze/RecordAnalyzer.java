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
 * detectors and the pattern rules (on the text, and on the values of the input's other fields), and the document
 * categorizer rules (on the text). Not thread-safe (it owns an OpenNLP tool): one per worker.
 */
public final class RecordAnalyzer {
    private final LanguageIdentifier languages;
    private final PatternStage patterns;
    private final List<DetectorRule> categorizers;
    private final Pseudonymizer pseudonymizer;

    /** @param categorizers the ruleset's {@code categorizer} rules ({@link DetectorRule#categorizers}) */
    public RecordAnalyzer(ModelRegistry models, PatternStage patterns, List<DetectorRule> categorizers,
                          Pseudonymizer pseudonymizer) {
        this.languages = new LanguageIdentifier(models);
        this.patterns = patterns;
        this.categorizers = categorizers;
        this.pseudonymizer = pseudonymizer;
    }

    public AnalyzedRecord analyze(CorpusRecord record) {
        String lang = record.lang() != null ? record.lang() : languages.detect(record.text());
        List<Signal> signals = new ArrayList<>(patterns.find(record.text(), lang));
        int digits = categorizers.isEmpty() ? 0 : DigitRuns.of(record.text()).total(); // once for all the rules
        for (DetectorRule rule : categorizers) {
            List<String> skipped = rule.spec().exceptSources();
            if (skipped == null || !skipped.contains(record.source())) {
                signals.addAll(rule.detect(record.text(), lang, digits));
            }
        }
        for (Map.Entry<String, String> field : record.extra().entrySet()) {
            if (field.getValue() != null && !field.getValue().isBlank()) {
                signals.addAll(patterns.findInField(field.getKey(), field.getValue(), lang));
            }
        }
        return new AnalyzedRecord(record, lang, pseudonymizer.pseudonym(record.memberId()), List.copyOf(signals));
    }
}
