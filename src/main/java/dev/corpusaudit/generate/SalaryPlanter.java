package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants member-provided salary data ({@code excluded.salary}): for about half of the members with
 * a registered salary ({@code salaries.csv}), their first post, comment or message in the corpus
 * states that exact amount as their pay ("My new salary is €85,000 a year"), in a format of the
 * record's language and the member's currency.
 */
final class SalaryPlanter implements Planter {
    static final String SELF = "plant.salary.self";

    @Override
    public String category() {
        return "excluded.salary";
    }

    @Override
    public List<TemplateListSpec> templateLists() {
        return List.of(TemplateListSpec.using(SELF, 8, Slot.SALARY));
    }

    @Override
    public double rate(Source source) {
        return switch (source) {
            case POST, COMMENT, MESSAGE -> 1.0;
            default -> 0.0;
        };
    }

    @Override
    public double rate(Source source, RecordContext record) {
        return record.salaryDue() ? rate(source) : 0.0;
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng) {
        throw new UnsupportedOperationException("a salary statement needs the record context");
    }

    @Override
    public Plant plant(Source source, SlotFiller slots, SplittableRandom rng, RecordContext record) {
        record.salaryPlanted();
        return Plant.inside(slots.fillRandom(SELF));
    }
}
