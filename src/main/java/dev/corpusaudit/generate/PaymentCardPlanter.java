package dev.corpusaudit.generate;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plants Luhn-valid card numbers ({@code excluded.payment_card}): shared in a private message,
 * pasted into an AI prompt, or posted in public by an angry customer.
 */
final class PaymentCardPlanter implements Planter {
    static final String MESSAGE = "plant.payment_card.message";
    static final String AI_PROMPT = "plant.payment_card.ai_prompt";
    static final String PUBLIC = "plant.payment_card.public";
    private static final Set<Slot> ALLOWED = Set.of(Slot.CARD, Slot.EXPIRY);

    @Override
    public String category() {
        return "excluded.payment_card";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        return List.of(
                new TemplateListSpec(MESSAGE, 4, Set.of(Slot.CARD), ALLOWED),
                new TemplateListSpec(AI_PROMPT, 4, Set.of(Slot.CARD), ALLOWED),
                new TemplateListSpec(PUBLIC, 4, Set.of(Slot.CARD), ALLOWED));
    }

    @Override
    public double rate(Source source) {
        return switch (source) {
            case MESSAGE -> 0.04;
            case AI_PROMPT -> 0.05;
            case POST, GROUP_POST -> 0.01;
            case COMMENT -> 0.008;
            default -> 0.0;
        };
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        String list = switch (source) {
            case MESSAGE -> MESSAGE;
            case AI_PROMPT -> AI_PROMPT;
            default -> PUBLIC;
        };
        return Plant.inside(slots.fillRandom(list));
    }
}
