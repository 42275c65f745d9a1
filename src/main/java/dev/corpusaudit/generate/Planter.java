package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants one kind of content into records: a category with its ground-truth label, or a near miss
 * that must stay unlabelled. Adding a category means one new planter, its template lists in each
 * language file, and a line in {@link Planters}.
 */
interface Planter {

    /** The category id the planted text carries, or null for near misses. */
    String category();

    /** The template lists this planter reads; every language file must have them. */
    List<TemplateListSpec> templateLists();

    /** The chance that a record of {@code source} gets this planter's text. */
    double rate(Source source);

    /**
     * The chance that this record gets this planter's text, for planters that depend on the author or
     * the date (minors, salaries); by default {@link #rate(Source)}.
     */
    default double rate(Source source, RecordContext record) {
        return rate(source);
    }

    /** Makes the text to plant into a record of {@code source}. */
    Plant plant(Source source, SlotFiller slots, SplittableRandom rng);

    /** Makes the text to plant into this record; by default {@link #plant(Source, SlotFiller, SplittableRandom)}. */
    default Plant plant(Source source, SlotFiller slots, SplittableRandom rng, RecordContext record) {
        return plant(source, slots, rng);
    }
}
