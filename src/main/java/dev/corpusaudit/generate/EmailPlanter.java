package dev.corpusaudit.generate;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plants e-mail addresses ({@code pii.email}): in prose ("write to me at ..."), as the contact line
 * of a job posting, and in signatures of messages, applications and articles.
 */
final class EmailPlanter implements Planter {
    static final String PROSE = "plant.email.prose";
    static final String JOB_POSTING = "plant.email.job_posting";
    static final String SIGNATURE = "plant.email.signature";
    private static final Set<Slot> EMAIL_SLOTS = Set.of(Slot.EMAIL, Slot.MY_EMAIL);

    @Override
    public String category() {
        return "pii.email";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        return List.of(
                new TemplateListSpec(PROSE, 10, EMAIL_SLOTS, EMAIL_SLOTS),
                new TemplateListSpec(JOB_POSTING, 4, EMAIL_SLOTS, EMAIL_SLOTS),
                new TemplateListSpec(SIGNATURE, 4, EMAIL_SLOTS, EMAIL_SLOTS));
    }

    @Override
    public double rate(Source source) {
        // addresses cluster where people want to be contacted: job ads, applications, messages
        return switch (source) {
            case JOB_POSTING -> 0.20;
            case JOB_APPLICATION -> 0.25;
            case MESSAGE -> 0.06;
            case PROFILE -> 0.05;
            case GROUP_POST -> 0.04;
            case AI_PROMPT -> 0.03;
            case ARTICLE -> 0.03;
            case POST -> 0.015;
            case COMMENT -> 0.01;
            case POLL -> 0.0;
        };
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        return switch (source) {
            case JOB_POSTING -> new Plant(slots.fillRandom(JOB_POSTING), Plant.Placement.END, null);
            case MESSAGE, JOB_APPLICATION, ARTICLE -> rng.nextBoolean()
                    ? new Plant(slots.fillRandom(SIGNATURE), Plant.Placement.END, null)
                    : Plant.inside(slots.fillRandom(PROSE));
            default -> Plant.inside(slots.fillRandom(PROSE));
        };
    }
}
