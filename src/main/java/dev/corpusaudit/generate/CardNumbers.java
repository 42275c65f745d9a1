package dev.corpusaudit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Luhn-valid payment card numbers in the issuer ranges of Visa, Mastercard, American Express and
 * Discover, formatted the ways people type them; plus the Luhn arithmetic the near misses need.
 */
final class CardNumbers {
    private CardNumbers() {
    }

    /** A formatted, Luhn-valid card number. */
    static String card(SplittableRandom rng) {
        int brand = rng.nextInt(100);
        String prefix;
        int length = 16;
        int[] groups = {4, 4, 4, 4};
        if (brand < 45) {
            prefix = "4";
        } else if (brand < 80) {
            prefix = rng.nextInt(4) == 0 ? Integer.toString(2221 + rng.nextInt(500)) : "5" + (1 + rng.nextInt(5));
        } else if (brand < 92) {
            prefix = rng.nextBoolean() ? "34" : "37";
            length = 15;
            groups = new int[]{4, 6, 5};
        } else {
            prefix = switch (rng.nextInt(3)) {
                case 0 -> "6011";
                case 1 -> "65";
                default -> "64" + (4 + rng.nextInt(6));
            };
        }
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < length - 1) {
            digits.append((char) ('0' + rng.nextInt(10)));
        }
        digits.append(checkDigit(digits));
        return group(digits.toString(), groups, separator(rng));
    }

    /** A separator people use between digit groups: space, dash or none. */
    static String separator(SplittableRandom rng) {
        int r = rng.nextInt(10);
        return r < 5 ? " " : r < 7 ? "-" : "";
    }

    static String group(String digits, int[] groups, String separator) {
        StringBuilder out = new StringBuilder(digits.length() + groups.length);
        int pos = 0;
        for (int i = 0; i < groups.length && pos < digits.length(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            int end = i == groups.length - 1 ? digits.length() : Math.min(digits.length(), pos + groups[i]);
            out.append(digits, pos, end);
            pos = end;
        }
        return out.toString();
    }

    /** The Luhn check digit to append to {@code payload}. */
    static char checkDigit(CharSequence payload) {
        int sum = 0;
        boolean dbl = true; // the digit left of the check digit is doubled
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static boolean luhnValid(CharSequence digits) {
        return digits.length() > 1
                && checkDigit(digits.subSequence(0, digits.length() - 1)) == digits.charAt(digits.length() - 1);
    }

    /**
     * True when {@code text} holds a card-shaped number (13 to 19 digits in groups split by single
     * spaces or dashes, starting and ending on group edges) that passes Luhn. Near misses are
     * regenerated until this is false, so an unlabelled record never carries a valid card number.
     */
    static boolean hasLuhnValidCardShape(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            List<String> groups = new ArrayList<>();
            int start = i;
            while (true) {
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                groups.add(text.substring(start, i));
                if (i + 1 < n && (text.charAt(i) == ' ' || text.charAt(i) == '-') && isDigit(text.charAt(i + 1))) {
                    start = ++i;
                } else {
                    break;
                }
            }
            if (anyWindowValid(groups)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWindowValid(List<String> groups) {
        for (int from = 0; from < groups.size(); from++) {
            StringBuilder digits = new StringBuilder();
            for (int to = from; to < groups.size() && digits.length() <= 19; to++) {
                digits.append(groups.get(to));
                if (digits.length() >= 13 && digits.length() <= 19 && luhnValid(digits)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
