package dev.corpusaudit.decide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MasksAndEvidenceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "excluded.payment_card | 4111 1111 1111 1111 | 4111 **** **** 1111",
            "excluded.payment_card | 378282246310005     | 3782*******0005",
            "pii.email             | jane.doe@example.com | j***@example.com",
            "special.health        | diagnosed with       | diagnosed with",
            "pii.phone             | +44 20 7946 0958     | +4* ** **** ****",
            "excluded.credentials  | Sommer2024!          | ***********",
            "excluded.credentials  | ghp_q8Zr4Lm2Xv9Tn6Wc1Hb7 | ghp_********************",
            "pii.person            | Anna van Dijk-Roos   | A*** v** D***-R***"})
    void masksByCategory(String category, String value, String masked) {
        assertEquals(masked, Masks.mask(category, value));
    }

    @Test
    void evidenceShowsContextAndMasksNeighbours() {
        String text = "Please charge my card 4111 1111 1111 1111 cvv 123 and mail bob@example.com the receipt";
        int start = text.indexOf("4111");
        int end = start + "4111 1111 1111 1111".length();
        String evidence = Evidence.around(text, start, end, Masks.card(text.substring(start, end)));
        assertEquals("Please charge my card [4111 **** **** 1111] cvv ### and mail b***@example.com the…", evidence);
        assertFalse(evidence.contains("123"));
    }

    @Test
    void namesInTheContextKeepOnlyTheirInitials() {
        String text = "Heard that Anna Schmidt earns 85,000 a year now";
        int start = text.indexOf("85,000");
        String evidence = Evidence.around(text, start, start + 6, "8*,***");
        assertEquals("Heard that A*** S****** earns [8*,***] a year now", evidence);
    }

    @Test
    void longContextIsCutAtWordsAndFoldedToOneLine() {
        String text = "a".repeat(10) + " word ".repeat(20) + "\nX\n" + " tail ".repeat(20);
        int at = text.indexOf('X');
        String evidence = Evidence.around(text, at, at + 1, "X");
        assertEquals('…', evidence.charAt(0));
        assertEquals('…', evidence.charAt(evidence.length() - 1));
        assertFalse(evidence.contains("\n"));
    }

    @Test
    void searchSnippetsScrubTheMatchToo() {
        String text = "contact jane@example.com now";
        assertEquals("contact [j***@example.com] now", Evidence.snippet(text, 8, 24));
    }
}
