package dev.corpusaudit.redact;

import dev.corpusaudit.model.CategoryPattern;
import dev.corpusaudit.model.ConfigException;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code redact} does with a finding of each category: drop the record, mask the finding's span, or leave it
 * (a category in neither list). A category in both lists is dropped: the safer of the two. Findings below the
 * minimum confidence are left.
 *
 * @param drop          categories whose findings drop the whole record
 * @param mask          categories whose findings are masked in place
 * @param minConfidence findings below this confidence are not acted on
 */
public record RedactionPlan(List<CategoryPattern> drop, List<CategoryPattern> mask, double minConfidence) {

    /**
     * Drop what the policy excludes as a whole record (whose data, where it came from) and Art. 9/10 content, whose
     * sensitivity lies in the sentence rather than in one value.
     */
    public static final String DEFAULT_DROP = "excluded.minor,excluded.opted_out,excluded.region,"
            + "excluded.private_message,excluded.job_application,special.*";
    /** Mask values: a card number or an e-mail address can be cut out and the rest of the post kept. */
    public static final String DEFAULT_MASK = "excluded.payment_card,excluded.bank_account,excluded.credentials,"
            + "excluded.salary,pii.*";

    /** What happens to a finding. */
    public enum Action { DROP, MASK, LEAVE }

    /**
     * Reads the category lists of the command line: comma-separated ids and {@code family.*} patterns; empty or
     * {@code none} for no category.
     *
     * @throws ConfigException when a list names no known category, or the confidence is not in [0, 1]
     */
    public static RedactionPlan parse(String drop, String mask, double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new ConfigException("--min-confidence must be between 0 and 1, not " + minConfidence);
        }
        return new RedactionPlan(patterns("--drop", drop), patterns("--mask", mask), minConfidence);
    }

    public static RedactionPlan defaults() {
        return parse(DEFAULT_DROP, DEFAULT_MASK, 0);
    }

    /** The action for a finding of this category and confidence. */
    public Action actionFor(String category, double confidence) {
        if (confidence < minConfidence) {
            return Action.LEAVE;
        }
        if (drop.stream().anyMatch(p -> p.covers(category))) {
            return Action.DROP;
        }
        return mask.stream().anyMatch(p -> p.covers(category)) ? Action.MASK : Action.LEAVE;
    }

    private static List<CategoryPattern> patterns(String option, String list) {
        List<CategoryPattern> patterns = new ArrayList<>();
        if (list == null || list.isBlank() || list.strip().equals("none")) {
            return List.of();
        }
        for (String item : list.split(",")) {
            try {
                patterns.add(CategoryPattern.parse(item));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(option + ": " + e.getMessage());
            }
        }
        return List.copyOf(patterns);
    }
}
