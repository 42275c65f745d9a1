package dev.corpusaudit.analyze;

import java.util.List;

/**
 * Finds validated values of one kind in a text (e-mail addresses, card numbers). Implementations are stateless and
 * thread-safe; their rule metadata (id, category, confidence, examples) lives in the ruleset.
 */
public interface PatternDetector {

    /**
     * A validated value: its character span, what confirmed it, and its confidence when the detector weighs each
     * match itself (else -1: the rule's confidence).
     */
    record Match(int start, int end, String explanation, double confidence) {
        public Match(int start, int end, String explanation) {
            this(start, end, explanation, -1);
        }
    }

    /** The name rule files use to refer to this detector. */
    String name();

    /**
     * A cheap check that rules out most texts before the real scan, given how many ASCII digits the text holds
     * (counted once for all detectors and rules).
     */
    boolean mayMatch(String text, int digits);

    /** All validated matches, in text order. */
    List<Match> find(String text);

    /** All validated matches in a text of a known language (some formats are national), in text order. */
    default List<Match> find(String text, String lang) {
        return find(text);
    }
}
