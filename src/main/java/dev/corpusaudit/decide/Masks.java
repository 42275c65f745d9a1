package dev.corpusaudit.decide;

/**
 * How a matched value is shown in evidence: only as far as it explains the hit, never whole. Words of a phrase
 * rule are the explanation and are shown; identifiers keep only what tells their kind.
 */
public final class Masks {
    private Masks() {
    }

    /** The masked form of a value found for a category. */
    public static String mask(String category, String value) {
        return switch (category) {
            case "excluded.payment_card" -> card(value);
            case "pii.email" -> email(value);
            case "excluded.credentials" -> secret(value);
            case "pii.person" -> person(value);
            case "excluded.salary" -> digits(value);
            default -> category.startsWith("special.") ? value : generic(value);
        };
    }

    /** {@code 4111 1111 1111 1111} becomes {@code 4111 **** **** 1111}: first and last four digits, separators kept. */
    public static String card(String value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                digits++;
            }
        }
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen <= 4 || seen > digits - 4 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code jane.doe@example.com} becomes {@code j***@example.com}. */
    public static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return generic(value);
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /**
     * A secret: nothing of a short one (a password), only the first four characters of a long one, which name its
     * kind ({@code ghp_}, {@code AKIA}, {@code xoxb}) without revealing it.
     */
    public static String secret(String value) {
        int keep = value.length() >= 20 ? 4 : 0;
        return value.substring(0, keep) + "*".repeat(value.length() - keep);
    }

    /** {@code Anna van Dijk} becomes {@code A*** v** D***}: the first letter of each word of a person's name. */
    public static String person(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean first = i == 0 || !Character.isLetter(value.charAt(i - 1));
            out.append(first || !Character.isLetter(c) ? c : '*');
        }
        return out.toString();
    }

    /** Every digit a star ({@code €85,000} becomes {@code €**,***}): an amount's first digits are most of it. */
    public static String digits(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isDigit(c) ? '*' : c);
        }
        return out.toString();
    }

    /** The first two characters, then a star for every further letter or digit. */
    public static String generic(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(i < 2 || !Character.isLetterOrDigit(c) ? c : '*');
        }
        return out.toString();
    }
}
