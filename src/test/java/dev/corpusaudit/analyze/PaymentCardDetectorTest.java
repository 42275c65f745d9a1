package dev.corpusaudit.analyze;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact spans: the expected value is the substring that must be reported, or empty for none. */
class PaymentCardDetectorTest {
    private final PaymentCardDetector detector = new PaymentCardDetector();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "card 4111111111111111 ok                  | 4111111111111111",
            "card 4111 1111 1111 1111, exp 12/27       | 4111 1111 1111 1111",
            "card 4111-1111-1111-1111.                 | 4111-1111-1111-1111",
            "amex 3782 822463 10005                    | 3782 822463 10005",
            "4111 1111 1111 1111 123 (cvv follows)     | 4111 1111 1111 1111",
            "mixed 4111 1111-1111 1111 separators      | ''",
            "luhn fails 4111 1111 1111 1112            | ''",
            "all zeros 0000 0000 0000 0000             | ''",
            "no brand 1234 5678 9012 3452              | ''",
            "glued ID4111111111111111 token            | ''",
            "glued 4111111111111111abc token           | ''",
            "short 4111 1111 111                       | ''",
            "long run 12345678901234567890123456789012 | ''",
            // a UATP number only after a word for a card: otherwise 15 digits starting with 1 are any reference
            "UATP card: 159371648200172                | 159371648200172",
            "Meine Firmenkarte 1593 7164 8200 172      | 1593 7164 8200 172",
            "order 159371648200172 was shipped         | ''",
            "my card is fine, but the order number 159371648200172 | ''"})
    void findsValidCardsOnly(String text, String expected) {
        Spans.assertOnly(text, expected, detector.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no digits here | false", "call 0800 123 4567 8 | true", "12345678901 | false"})
    void prefilterLooksForTwelveDigits(String text, boolean may) {
        assertEquals(may, detector.mayMatch(text, DigitRuns.of(text).total()));
    }

    @org.junit.jupiter.api.Test
    void twoCardsInOneText() {
        String text = "old 5500 0000 0000 0004 new 4111111111111111";
        List<PatternDetector.Match> m = detector.find(text);
        assertEquals(2, m.size());
        assertEquals("5500 0000 0000 0004", text.substring(m.get(0).start(), m.get(0).end()));
        assertEquals("4111111111111111", text.substring(m.get(1).start(), m.get(1).end()));
        assertEquals("16 digits, Luhn check passed, Mastercard IIN range", m.get(0).explanation());
    }
}
