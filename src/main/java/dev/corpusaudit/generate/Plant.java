package dev.corpusaudit.generate;

/**
 * Text a {@link Planter} puts into a record.
 *
 * @param text      the sentence(s), slots filled
 * @param placement where in the record it goes
 * @param subject   for special categories, whose data it is: {@code self}, {@code person} or {@code general}; else null
 */
record Plant(String text, Placement placement, String subject) {

    /** Where planted text goes. */
    enum Placement {
        /** The very beginning of the text (formula-like prefixes). */
        START,
        /** Between the sentences of the body. */
        INSIDE,
        /** After everything, as its own paragraph (signatures, contact lines). */
        END,
        /** Between the paragraphs of the body, as a paragraph of its own (a quoted message). */
        PARAGRAPH,
        /** Instead of the composed text: the record is the planted text (a pasted message). */
        REPLACE
    }

    static Plant inside(String text) {
        return new Plant(text, Placement.INSIDE, null);
    }
}
