package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants minors' statements of their own age ("I'm 16 and just finished my first internship!") into
 * about a fifth of the records written by members under 18, with the age they had on the record's
 * date. Those records are labelled {@code excluded.minor} by their date already; the text is a
 * second way to find them.
 */
final class SelfDeclaredAgePlanter implements Planter {
    static final String SELF_DECLARED = "plant.minor.self_declared";

    @Override
    public String category() {
        return "excluded.minor";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        return List.of(TemplateListSpec.using(SELF_DECLARED, 8, Slot.AGE));
    }

    @Override
    public double rate(Source source) {
        // a minor does not post job ads, and a poll has no room for it
        return source == Source.JOB_POSTING || source == Source.POLL ? 0.0 : 0.22;
    }

    @Override
    public double rate(Source source, RecordContext record) {
        return record.ageAtCreation() < 18 ? rate(source) : 0.0;
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        return Plant.inside(slots.fillRandom(SELF_DECLARED));
    }
}
