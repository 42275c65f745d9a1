package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants e-mail addresses written out so that scrapers miss them ({@code pii.email}): "jan (at) firma (dot) de",
 * "anna at gmail dot com". They identify their owner as an "@" does. Until the fourteenth session these were near
 * misses; the same rate and templates keep every other record of a seed as it was.
 */
final class ObfuscatedEmailPlanter implements Planter {
    static final String OBFUSCATED = "plant.email.obfuscated";
    private static final double RATE = 0.013;

    @Override
    public String category() {
        return "pii.email";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        return List.of(TemplateListSpec.using(OBFUSCATED, 5, Slot.OBFUSCATED_EMAIL));
    }

    @Override
    public double rate(Source source) {
        // polls are a question and a few options: no room for an extra sentence
        return source == Source.POLL ? 0.0 : RATE;
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        return Plant.inside(slots.fillRandom(OBFUSCATED));
    }
}
