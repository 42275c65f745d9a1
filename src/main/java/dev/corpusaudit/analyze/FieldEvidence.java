package dev.corpusaudit.analyze;

import dev.corpusaudit.decide.Evidence;
import dev.corpusaudit.decide.Masks;

/**
 * Evidence for a value found in an input field other than the text. It is made in the analyze stage, where the
 * field's value is at hand, because only the text is kept in the index; the masking is the decide stage's own.
 */
final class FieldEvidence {
    private FieldEvidence() {
    }

    static String of(String category, String value, int start, int end) {
        return Evidence.around(value, start, end, Masks.mask(category, value.substring(start, end)));
    }
}
