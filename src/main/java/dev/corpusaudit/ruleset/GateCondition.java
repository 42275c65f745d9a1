package dev.corpusaudit.ruleset;

import dev.corpusaudit.model.CategoryPattern;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One condition of a release gate, such as {@code excluded.* > 0} or {@code special.health > 0.1%}: the gate fails
 * when any of its conditions holds.
 *
 * <p>The left side names categories: one id ({@code special.health}), a family ({@code excluded.*}) or every
 * category ({@code *}). What is compared is the number of distinct indexed records with at least one finding of those
 * categories; with {@code %}, that number as a percentage of the indexed records.
 *
 * @param text      the condition as written, normalised ({@code excluded.* > 0})
 * @param pattern   the categories: an id, {@code family.*} or {@code *}
 * @param operator  one of {@code > >= < <= =}
 * @param threshold the number compared with
 * @param percent   whether {@code threshold} is a percentage of the indexed records
 */
public record GateCondition(String text, CategoryPattern pattern, String operator, double threshold,
                            boolean percent) {

    private static final Pattern FORM = Pattern.compile(
            "\\s*(\\*|[a-z_]+\\.\\*|[a-z_]+\\.[a-z_]+)\\s*(>=|<=|>|<|=)\\s*(\\d+(?:\\.\\d+)?)\\s*(%?)\\s*");

    /**
     * Reads a condition.
     *
     * @throws IllegalArgumentException with a message for a person, when it is not one
     */
    public static GateCondition parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("gate condition '" + text + "' is not CATEGORY OP NUMBER[%], e.g. "
                    + "'excluded.* > 0' or 'special.health > 0.1%'");
        }
        CategoryPattern pattern;
        try {
            pattern = CategoryPattern.parse(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gate condition '" + text.strip() + "': no category is '" + m.group(1)
                    + "'");
        }
        double threshold = Double.parseDouble(m.group(3));
        boolean percent = !m.group(4).isEmpty();
        if (percent && threshold > 100) {
            throw new IllegalArgumentException("gate condition '" + text.strip() + "': a percentage is at most 100");
        }
        String normal = pattern + " " + m.group(2) + " " + m.group(3) + m.group(4);
        return new GateCondition(normal, pattern, m.group(2), threshold, percent);
    }

    /** Whether findings of this category count for the condition. */
    public boolean covers(String category) {
        return pattern.covers(category);
    }

    /** What the condition compares: the records, or their percentage of the indexed records. */
    public double measure(long records, long indexed) {
        if (!percent) {
            return records;
        }
        return indexed == 0 ? 0 : 100.0 * records / indexed;
    }

    /** Whether the condition holds (and so the gate fails) for this many records with findings. */
    public boolean holds(long records, long indexed) {
        double value = measure(records, indexed);
        return switch (operator) {
            case ">" -> value > threshold;
            case ">=" -> value >= threshold;
            case "<" -> value < threshold;
            case "<=" -> value <= threshold;
            case "=" -> value == threshold;
            default -> throw new IllegalStateException("operator " + operator);
        };
    }

    @Override
    public String toString() {
        return text;
    }

    /** For messages: a measure as the condition states it ({@code 3} or {@code 0.25%}). */
    public String format(double value) {
        return percent ? String.format(Locale.ROOT, "%.4g%%", value) : String.format(Locale.ROOT, "%.0f", value);
    }
}
