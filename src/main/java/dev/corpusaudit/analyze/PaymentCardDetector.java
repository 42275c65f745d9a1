package dev.corpusaudit.analyze;

import dev.corpusaudit.validate.CardBrand;
import dev.corpusaudit.validate.Luhn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 12-19 digits, either unbroken or in groups split by one consistent separator (space or
 * hyphen), that pass the Luhn check and fit a card scheme's IIN range and length. Numbers of one repeated digit are
 * test patterns, not cards. A UATP number (15 digits starting with 1) has the shape of many other references, so it
 * counts only after a word for a card ("card", "Karte", "carte", "tarjeta", "carta", "kaart", "UATP") in the
 * {@value #CARD_WORD_WINDOW} characters before it.
 */
public final class PaymentCardDetector implements PatternDetector {
    static final int MIN_DIGITS = 12;
    static final int MAX_DIGITS = 19;
    static final int CARD_WORD_WINDOW = 32;
    private static final Pattern CARD_WORD = Pattern.compile(
            "(?iu)(?:card|karte|carte|tarjeta|carta|kaart|uatp|airplus)\\b");

    @Override
    public String name() {
        return "payment_card";
    }

    @Override
    public boolean mayMatch(String text, int digits) {
        return digits >= MIN_DIGITS;
    }

    @Override
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isDigit(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            // Read a run of digit groups joined by single separators; a card may be followed by more digits
            // (an expiry or CVV), so every group boundary is a candidate end.
            StringBuilder digits = new StringBuilder();
            List<int[]> groupEnds = new ArrayList<>(); // {offset after the group, digits so far}
            char separator = 0;
            int j = i;
            while (j < n && digits.length() <= MAX_DIGITS + 8) {
                char c = text.charAt(j);
                if (isDigit(c)) {
                    digits.append(c);
                    j++;
                    if (j >= n || !isDigit(text.charAt(j))) {
                        groupEnds.add(new int[]{j, digits.length()});
                    }
                } else if ((c == ' ' || c == '-') && j + 1 < n && isDigit(text.charAt(j + 1))
                        && (separator == 0 || separator == c)) {
                    separator = c;
                    j++;
                } else {
                    break;
                }
            }
            if (groupEnds.isEmpty()) { // one digit run far longer than any card: skip all of it
                while (j < n && isDigit(text.charAt(j))) {
                    j++;
                }
                i = j;
                continue;
            }
            int runEnd = groupEnds.get(groupEnds.size() - 1)[0];
            Match match = null;
            for (int g = groupEnds.size() - 1; g >= 0 && match == null; g--) {
                int end = groupEnds.get(g)[0];
                int count = groupEnds.get(g)[1];
                boolean boundary = end >= n || !isWordChar(text.charAt(end)) || end < runEnd;
                if (boundary && count >= MIN_DIGITS && count <= MAX_DIGITS) {
                    match = validate(text, i, end, digits.substring(0, count));
                }
            }
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                i = runEnd;
            }
        }
        return matches;
    }

    private static Match validate(String text, int start, int end, String number) {
        Optional<CardBrand> brand = CardBrand.of(number);
        if (brand.isEmpty() || !Luhn.isValid(number) || oneDigitRepeated(number)) {
            return null;
        }
        if (brand.get() == CardBrand.UATP
                && !CARD_WORD.matcher(text).region(Math.max(0, start - CARD_WORD_WINDOW), start).find()) {
            return null;
        }
        return new Match(start, end, number.length() + " digits, Luhn check passed, " + brand.get().label()
                + " IIN range");
    }

    private static boolean oneDigitRepeated(String number) {
        return number.chars().distinct().count() == 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
