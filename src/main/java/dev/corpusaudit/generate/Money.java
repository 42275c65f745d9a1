package dev.corpusaudit.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Amounts of money and the ways people write them. A format is a pattern of the language file's
 * {@code money_formats.<currency>} lists with one number in it:
 * <ul>
 *   <li>{@code ####}: the digits alone ({@code 85000});</li>
 *   <li>{@code #,###}, {@code #.###}, {@code # ###}, {@code #'###} (or a no-break space): thousands grouped
 *       ({@code 85,000}, {@code 85.000}, {@code 85 000}, {@code 85'000});</li>
 *   <li>{@code #k}, {@code #K}: thousands ({@code 85k}), only for whole thousands.</li>
 * </ul>
 * Everything around the number is kept as written: {@code "€#k"}, {@code "#.### €"}, {@code "CHF #'###"}.
 */
final class Money {
    static final String EUR = "EUR";
    static final String GBP = "GBP";
    static final String CHF = "CHF";
    static final List<String> CURRENCIES = List.of(EUR, GBP, CHF);
    static final int SALARY_MIN = 28_000;
    static final int SALARY_MAX = 160_000;
    private static final String SEPARATORS = ",. '\u00a0\u202f";

    private Money() {
    }

    /** The currency of pay in {@code region}: pounds in the UK, francs in Switzerland, euros elsewhere. */
    static String currencyOf(String region) {
        return switch (region) {
            case "GB" -> GBP;
            case "CH" -> CHF;
            default -> EUR;
        };
    }

    /**
     * A yearly salary from 28,000 to 160,000, most of them between 40,000 and 90,000, rounded to 1,000
     * (most) or to 500.
     */
    static int salary(SplittableRandom rng) {
        double u = (rng.nextDouble() + rng.nextDouble() + rng.nextDouble()) / 3; // bell-shaped on 0..1
        double skewed = u * u * 1.3; // more low and middle salaries than high ones
        int step = rng.nextInt(100) < 65 ? 1000 : 500;
        int amount = (int) Math.round((SALARY_MIN + skewed * (SALARY_MAX - SALARY_MIN)) / step) * step;
        return Math.max(SALARY_MIN, Math.min(SALARY_MAX, amount));
    }

    /** {@code amount} written in {@code format}, or null when the format cannot say it exactly ({@code 85.5k}). */
    static String render(String format, int amount) {
        int start = format.indexOf('#');
        if (start < 0) {
            throw new IllegalArgumentException("money format without a number: " + format);
        }
        String number;
        int end;
        if (format.startsWith("####", start)) {
            number = Integer.toString(amount);
            end = start + 4;
        } else if (start + 4 < format.length() && SEPARATORS.indexOf(format.charAt(start + 1)) >= 0
                && format.startsWith("###", start + 2)) {
            number = amount < 1000 ? Integer.toString(amount)
                    : amount / 1000 + String.valueOf(format.charAt(start + 1)) + String.format("%03d", amount % 1000);
            end = start + 5;
        } else if (start + 1 < format.length() && (format.charAt(start + 1) == 'k' || format.charAt(start + 1) == 'K')) {
            if (amount % 1000 != 0) {
                return null;
            }
            number = amount / 1000 + String.valueOf(format.charAt(start + 1));
            end = start + 2;
        } else {
            throw new IllegalArgumentException("money format needs ####, #,### (or . ' space) or #k: " + format);
        }
        if (format.indexOf('#', end) >= 0) {
            throw new IllegalArgumentException("money format with more than one number: " + format);
        }
        return format.substring(0, start) + number + format.substring(end);
    }

    /** {@code amount} in a random one of {@code formats} that can write it exactly. */
    static String format(int amount, List<String> formats, SplittableRandom rng) {
        for (int tries = 0; tries < 20; tries++) {
            String text = render(formats.get(rng.nextInt(formats.size())), amount);
            if (text != null) {
                return text;
            }
        }
        for (String format : formats) {
            String text = render(format, amount);
            if (text != null) {
                return text;
            }
        }
        throw new IllegalStateException("no format can write " + amount + ": " + formats);
    }
}
