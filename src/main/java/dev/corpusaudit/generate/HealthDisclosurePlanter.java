package dev.corpusaudit.generate;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plants health data ({@code special.health}) with its subject: the author's own diagnosis,
 * treatment, pregnancy or sick leave ({@code self}), a named person's ({@code person}), or health
 * as a topic ({@code general}). Half of the self-disclosures use the verb "diagnose".
 */
final class HealthDisclosurePlanter implements Planter {
    static final String SELF_DIAGNOSED = "plant.health.self_diagnosed";
    static final String SELF = "plant.health.self";
    static final String PERSON = "plant.health.person";
    static final String GENERAL = "plant.health.general";

    @Override
    public String category() {
        return "special.health";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        Set<Slot> condition = Set.of(Slot.CONDITION);
        return List.of(
                new TemplateListSpec(SELF_DIAGNOSED, 8, condition, condition),
                new TemplateListSpec(SELF, 10, Set.of(), condition),
                new TemplateListSpec(PERSON, 6, Set.of(Slot.FIRST_NAME, Slot.NAME), condition),
                new TemplateListSpec(GENERAL, 8, Set.of(), condition));
    }

    @Override
    public double rate(Source source) {
        return switch (source) {
            case ARTICLE -> 0.10;
            case POST, GROUP_POST -> 0.075;
            case MESSAGE, AI_PROMPT -> 0.05;
            case COMMENT -> 0.045;
            case JOB_APPLICATION -> 0.02;
            case PROFILE -> 0.01;
            case POLL, JOB_POSTING -> 0.0;
        };
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        int r = rng.nextInt(100);
        // articles are mostly about health as a topic; elsewhere people mostly speak of themselves
        boolean article = source == Source.ARTICLE;
        if (r < (article ? 70 : 20)) {
            String text = slots.fillRandom(GENERAL);
            if (article) {
                String second = slots.fillRandom(GENERAL);
                text = second.equals(text) ? text : text + " " + second;
            }
            return new Plant(text, Plant.Placement.INSIDE, "general");
        }
        if (r < (article ? 85 : 40)) {
            return new Plant(slots.fillRandom(PERSON), Plant.Placement.INSIDE, "person");
        }
        String list = rng.nextBoolean() ? SELF_DIAGNOSED : SELF;
        return new Plant(slots.fillRandom(list), Plant.Placement.INSIDE, "self");
    }
}
