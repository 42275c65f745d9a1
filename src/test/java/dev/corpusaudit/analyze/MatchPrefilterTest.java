package dev.corpusaudit.analyze;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchPrefilterTest {

    private static boolean may(String regex, String text) {
        MatchPrefilter f = MatchPrefilter.of(regex);
        assertNotNull(f, regex);
        return f.mayMatch(text.toCharArray(), 0, text.length());
    }

    @Test
    void rulesOutTextThatCannotHoldAMatch() {
        String eleven = "(?:^|[^\\p{L}\\p{N}_+/#=@.,-]|\\p{L}\\.)([0-9]{11})(?:$|[^\\p{L}\\p{N}_@.,/-])";
        assertTrue(may(eleven, "my number is 12345678901 now"));
        assertFalse(may(eleven, "call 030 1234 or 4643 1930 2729 4790"));
        // the boundaries count: a card's sixteen digits hold no eleven-digit number, nor do digits glued to letters
        assertFalse(may(eleven, "card 4643193027294790 here"));
        assertFalse(may(eleven, "ref X12345678901 and 12345678901Y"));
        assertFalse(may(eleven, "Pedido Ñ12345678901"), "a Latin letter before the digits, as \\p{L} says");
        assertTrue(may("[0-9]{3}-[0-9]{2}-[0-9]{4}", "SSN 078-05-1120"));
        assertFalse(may("[0-9]{3}-[0-9]{2}-[0-9]{4}", "born 1990, 12 05 1120"));
        // only the given stretch is read
        MatchPrefilter f = MatchPrefilter.of("AKIA[0-9A-Z]{16}");
        String text = "key AKIAQ7RZ4HN2XW5TJ3LB here";
        assertTrue(f.mayMatch(text.toCharArray(), 0, text.length()));
        assertFalse(f.mayMatch(text.toCharArray(), 8, text.length()));
    }

    @Test
    void startAndEndOfTheStretchAreWhereCaretAndDollarMatch() {
        String eleven = "(?:^|[^0-9])([0-9]{11})(?:$|[^0-9])";
        assertTrue(may(eleven, "12345678901"));
        assertTrue(may(eleven, "x 12345678901"));
        assertTrue(may(eleven, "12345678901 x"));
        assertFalse(may(eleven, "123456789012"));
        // RE2/J runs on the stretch alone, so its edges are where ^ and $ match, inside a text too
        MatchPrefilter f = MatchPrefilter.of(eleven);
        char[] twelve = "912345678901".toCharArray();
        assertTrue(f.mayMatch(twelve, 1, 12));
        assertFalse(f.mayMatch(twelve, 0, 12));
        // where something before ^ or after $ reads a character, they are left out, never ruling out a match
        assertTrue(may("(?m)a\\n^b", "a\nb"));
        assertTrue(may("(?m)a$\\nb", "a\nb"));
        assertTrue(may("(?m)(?:^|x)a$", "first line\na\nlast"));
    }

    @Test
    void ignoringCaseAcceptsEveryCaseOfALetterAsRe2Does() {
        assertTrue(may("(?i)iban:? ?de[0-9]{2}", "IBAN DE89 3704"));
        assertTrue(may("x(?i:abc)", "xAbC"));
        assertFalse(may("x(?i:abc)", "XAbC"), "the flag covers only its group");
        // RE2 folds k, K and the Kelvin sign together
        String kelvin = "\u212A9";
        assertTrue(Pattern.compile("(?i)k9").matcher(kelvin).find());
        assertTrue(may("(?i)k9", kelvin));
    }

    @Test
    void aLongWordListStandsForAnyTextAndWhatFollowsItStillCounts() {
        String words = IntStream.range(0, 30).mapToObj(i -> "w" + (char) ('a' + i % 26) + i).collect(
                Collectors.joining("|"));
        String street = "(?:(?:" + words + ")\\s)*[A-Z][a-z]+\\s\\d{1,4},?\\s+[1-9]\\d{3}\\s?[A-Z]{2}\\b";
        assertTrue(may(street, "wa0 Keizersgracht 12, 1015 CJ Amsterdam"));
        assertTrue(may(street, "Damrak 1, 1012 LG"));
        assertFalse(may(street, "wa0 wb1 wc2 and nothing else in 1015"));
        String required = "(?i:(?:" + words + "))\\s*:\\s*\\d{5}";
        assertTrue(may(required, "wz25: 12345"));
        assertFalse(may(required, "wz25 without a number"));
    }

    @Test
    void noPrefilterForWhatItCannotReadOrWhatMatchesEmpty() {
        assertNull(MatchPrefilter.of("\\Qa.b\\E"));
        assertNull(MatchPrefilter.of("a*"));
        assertNull(MatchPrefilter.of("(a|b"));
        assertNull(MatchPrefilter.of("(".repeat(100_000) + "a" + ")".repeat(100_000)), "nested too deep");
    }
}
