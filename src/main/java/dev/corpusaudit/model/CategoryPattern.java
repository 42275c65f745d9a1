package dev.corpusaudit.model;

import java.util.Arrays;

/**
 * Names categories the way a person writes them in a gate or on the command line: one id ({@code special.health}),
 * a family ({@code excluded.*}) or every category ({@code *}).
 *
 * @param text the pattern as written
 */
public record CategoryPattern(String text) {

    /**
     * Reads a pattern that names at least one known category.
     *
     * @throws IllegalArgumentException with a message for a person, when it names none
     */
    public static CategoryPattern parse(String text) {
        CategoryPattern pattern = new CategoryPattern(text == null ? "" : text.strip());
        if (Arrays.stream(Category.values()).noneMatch(c -> pattern.covers(c.id()))) {
            throw new IllegalArgumentException("no category is '" + pattern.text + "' (write an id such as "
                    + "special.health, a family such as excluded.*, or *)");
        }
        return pattern;
    }

    /** Whether this pattern names the category. */
    public boolean covers(String category) {
        if (text.equals("*")) {
            return true;
        }
        // the family keeps its dot, so that "pii.*" does not cover a family "piix"
        return text.endsWith(".*") ? category.startsWith(text.substring(0, text.length() - 1)) : text.equals(category);
    }

    @Override
    public String toString() {
        return text;
    }
}
