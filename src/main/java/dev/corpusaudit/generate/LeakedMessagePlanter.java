package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants private messages that leaked into public records ({@code excluded.private_message}): a
 * reference message of {@code messages.jsonl} (made for the purpose, never one that is itself a
 * {@code message} record of the corpus) pasted into a post, comment or group post, a third each
 * <ol>
 *   <li>exactly: the record is the message;</li>
 *   <li>lightly edited: the record is the message with 5-20% of its words replaced, dropped or added;</li>
 *   <li>embedded: a framing sentence ("Got this message from a recruiter today:") and the exact
 *       message, as a paragraph of a longer post.</li>
 * </ol>
 * It runs first, so that what later planters add to a pasted message is labelled as usual.
 */
final class LeakedMessagePlanter implements Planter {
    static final String FRAMING = "plant.private_message.framing";
    static final double RATE = 0.015;

    @Override
    public String category() {
        return "excluded.private_message";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        return List.of(TemplateListSpec.plain(FRAMING, 6));
    }

    @Override
    public double rate(Source source) {
        return switch (source) {
            case POST, COMMENT, GROUP_POST -> RATE;
            default -> 0.0;
        };
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        throw new UnsupportedOperationException("a leaked message needs the record context");
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng, RecordContext record) {
        String message = record.newReferenceMessage();
        return switch (rng.nextInt(3)) {
            case 0 -> new Plant(message, Plant.Placement.REPLACE, null);
            case 1 -> new Plant(TokenEdits.lightly(message, rng, () -> word(slots, rng)), Plant.Placement.REPLACE, null);
            default -> new Plant(slots.fillRandom(FRAMING) + (rng.nextBoolean() ? "\n\n" : "\n") + message,
                    Plant.Placement.PARAGRAPH, null);
        };
    }

    /** A word of the language, as messages use them: a token of a filled message sentence that starts with a letter. */
    private static String word(SlotFiller slots, SplittableRandom rng) {
        while (true) {
            String[] tokens = slots.fillRandom("sources.message.text").split("\\s+");
            String token = tokens[rng.nextInt(tokens.length)];
            if (!token.isEmpty() && Character.isLetter(token.charAt(0))) {
                return token;
            }
        }
    }
}
