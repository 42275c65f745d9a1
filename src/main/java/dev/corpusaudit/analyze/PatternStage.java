package dev.corpusaudit.analyze;

import dev.corpusaudit.model.Signal;
import dev.corpusaudit.ruleset.RuleSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern stage of a ruleset: its detector rules (e-mail, cards, phones; people's names are looked for later, in
 * records with findings, and the document categorizers read whole texts apart) and its pattern rules over a text, all
 * sharing the text's characters and one pass over them that finds its digits (most texts hold too few for a card, a
 * phone or an identifier, and then those detectors and rules do not look at the text at all). Thread-safe.
 */
public final class PatternStage {
    private final List<DetectorRule> detectors;
    private final PatternRules patternRules;

    public PatternStage(List<RuleSpec> rules) {
        this.detectors = DetectorRule.ofPatternStage(rules);
        this.patternRules = new PatternRules(rules);
    }

    /** The signals of every detector rule, then of every pattern rule, in a text of the given language. */
    public List<Signal> find(String text, String lang) {
        char[] chars = text.toCharArray();
        DigitRuns digits = DigitRuns.of(chars);
        List<Signal> signals = new ArrayList<>();
        for (DetectorRule rule : detectors) {
            signals.addAll(rule.detect(text, lang, digits.total()));
        }
        signals.addAll(patternRules.find(text, chars, lang, digits));
        return signals;
    }

    /**
     * The signals in another input field's value (a CSV column, a JSON key): the detector rules' (an address or a card
     * number in a {@code notes} column), then the pattern rules' ({@link PatternRules#findInField}, where the field's
     * name can make a value certain). A value that is one bare run of digits is an id, a count or a timestamp far
     * more often than a phone or a card someone wrote: the detectors, which have no check digit for phones, leave it
     * to the pattern rules and their validators.
     */
    public List<Signal> findInField(String fieldName, String value, String lang) {
        char[] chars = value.toCharArray();
        DigitRuns digits = DigitRuns.of(chars);
        List<Signal> signals = new ArrayList<>();
        String trimmed = value.strip();
        boolean bareNumber = !trimmed.isEmpty() && digits.total() == trimmed.length();
        for (DetectorRule rule : bareNumber ? List.<DetectorRule>of() : detectors) {
            for (Signal s : rule.detect(value, lang, digits.total())) {
                signals.add(s.inField(fieldName, FieldEvidence.of(s.category(), value, s.start(), s.end()),
                        s.confidence(), s.explanation() + "; in field '" + fieldName + "'"));
            }
        }
        signals.addAll(patternRules.findInField(fieldName, value, chars, lang, digits));
        return signals;
    }
}
