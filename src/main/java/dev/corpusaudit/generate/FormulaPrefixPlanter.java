package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a few records hostile to spreadsheets: the text starts with what a spreadsheet would run
 * as a formula, and carries an e-mail address ({@code pii.email}), so that reports quoting it are
 * tested for formula injection.
 */
final class FormulaPrefixPlanter implements Planter {
    private static final String[] PREFIXES = {
            "=HYPERLINK(\"http://example.invalid\",\"click\")", "+SUM(1,2)", "-2+3", "@cmd"};

    @Override
    public String category() {
        return "pii.email";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        return List.of();
    }

    @Override
    public double rate(Source source) {
        return 0.002;
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        String prefix = PREFIXES[rng.nextInt(PREFIXES.length)];
        return new Plant(prefix + " " + slots.fillRandom(EmailPlanter.PROSE), Plant.Placement.START, null);
    }
}
