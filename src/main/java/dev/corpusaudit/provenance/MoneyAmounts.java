package dev.corpusaudit.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money in text, as whole units with their span: {@code 85,000}, {@code 85.000}, {@code 85 000},
 * {@code 85'000}, {@code 85000}, {@code 85k}, {@code 85.5K}, {@code 85.000,00}, with or without a currency sign or
 * code next to them (the span is the number and its {@code k}). Cents are dropped.
 */
final class MoneyAmounts {
    /** An amount and where it is. */
    record Amount(long value, int start, int end) {
    }

    // A grouped number (one separator kind throughout), or a plain one; optional cents; optional k.
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,'’])(\\d{1,3}(?:([,.'’ \\u00A0\\u202F])\\d{3})(?:\\2\\d{3})*+|\\d{1,9})"
                    + "(?:[.,](\\d{1,2}))?+(?:\\s?+([kK]))?(?![\\p{L}\\p{N}])");

    private MoneyAmounts() {
    }

    static List<Amount> find(String text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String group = m.group(2);
            String digits = group == null ? m.group(1) : m.group(1).replace(group, "");
            long value = Long.parseLong(digits);
            if (m.group(4) != null) {
                String fraction = m.group(3) == null ? "" : m.group(3);
                value = value * 1000 + (fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00").substring(0, 3)));
            }
            amounts.add(new Amount(value, m.start(), m.end()));
        }
        return amounts;
    }

    /** A register's amount: a plain or grouped number, cents dropped; null when it is not one. */
    static Long parse(String cell) {
        List<Amount> found = find(cell.strip());
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == cell.strip().length()
                ? found.get(0).value() : null;
    }
}
