package dev.corpusaudit.generate;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plants job-application text attributable to a member ({@code excluded.job_application}) outside
 * {@code job_application} records: a member pasting the start of their cover letter into a post or
 * a message ("I am writing to apply for the position of ... at ...").
 */
final class PastedApplicationPlanter implements Planter {
    static final String OPENING = "plant.job_application.opening";
    static final String FOLLOW_UP = "plant.job_application.follow_up";

    @Override
    public String category() {
        return "excluded.job_application";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        return List.of(
                new TemplateListSpec(OPENING, 6, Set.of(Slot.JOB_TITLE), Set.of()),
                TemplateListSpec.plain(FOLLOW_UP, 5));
    }

    @Override
    public double rate(Source source) {
        return source == Source.POST || source == Source.MESSAGE ? 0.005 : 0.0;
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        String text = slots.fillRandom(OPENING);
        if (rng.nextInt(100) < 60) {
            text += " " + slots.fillRandom(FOLLOW_UP);
        }
        return Plant.inside(text);
    }
}
