package dev.corpusaudit.redact;

/**
 * One finding that {@code redact} acts on, reduced to what it needs: no evidence, no explanation.
 *
 * @param category the finding's category
 * @param ruleId   the rule that found it
 * @param field    the input field its offsets refer to (already mapped to the input's own name)
 * @param start    first char (UTF-16 code unit) of the span, or -1 for a record-level finding
 * @param end      char after the span, or -1
 * @param drop     whether the plan drops the record for it (else the span is masked)
 * @param wholeText whether its span is the whole text because a document categorizer judged the text as a whole,
 *                  not because the value fills it ({@code detector: categorizer})
 */
record Mark(String category, String ruleId, String field, int start, int end, boolean drop, boolean wholeText) {

    boolean recordLevel() {
        return start < 0;
    }
}
