package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants one kind of near miss: text that looks like a category but is not, and so stays
 * unlabelled (a Luhn-failing order number, "the mechanic diagnosed a faulty sensor"). Its templates
 * are the list {@code near_miss.<kind>}.
 */
final class NearMissPlanter implements Planter {
    /** The chance that a record gets the near miss, given its source and what is known about it. */
    @FunctionalInterface
    interface Rate {
        double of(Source source, RecordContext record);
    }

    private final String kind;
    private final Slot slot;
    private final Rate rate;

    /**
     * @param kind the list name under {@code near_miss}
     * @param slot the slot every template of the kind must use, or null when the words alone are the near miss
     * @param rate the chance per record, any source but polls
     */
    NearMissPlanter(String kind, Slot slot, double rate) {
        // polls are a question and a few options: no room for an extra sentence
        this(kind, slot, (source, record) -> source == Source.POLL ? 0.0 : rate);
    }

    /**
     * @param kind the list name under {@code near_miss}
     * @param slot the slot every template of the kind must use, or null when the words alone are the near miss
     * @param rate the chance per record
     */
    NearMissPlanter(String kind, Slot slot, Rate rate) {
        this.kind = kind;
        this.slot = slot;
        this.rate = rate;
    }

    @Override
    public String category() {
        return null;
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        String path = "near_miss." + kind;
        return List.of(slot == null ? TemplateListSpec.plain(path, 5) : TemplateListSpec.using(path, 5, slot));
    }

    @Override
    public double rate(Source source) {
        return rate.of(source, null);
    }

    @Override
    public double rate(Source source, RecordContext record) {
        return rate.of(source, record);
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        return Plant.inside(slots.fillRandom("near_miss." + kind));
    }

    @Override
    public String toString() {
        return "near miss " + kind;
    }
}
