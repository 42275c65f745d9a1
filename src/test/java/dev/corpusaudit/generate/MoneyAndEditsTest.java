package dev.corpusaudit.generate;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money formats, salaries and the light edits of leaked messages. */
class MoneyAndEditsTest {
    private final SplittableRandom rng = new SplittableRandom(3);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "####|85000|85000", "#,###|85000|85,000", "#.###|85500|85.500", "# ###|85000|85 000", "#k|85000|85k",
            "#K|120000|120K", "€#k|85000|€85k", "€#,###|85000|€85,000", "#.### €|85000|85.000 €",
            "EUR #,###|85000|EUR 85,000", "£#k|85000|£85k", "CHF #'###|85000|CHF 85'000", "#k€|42000|42k€"})
    void rendersTheCommonFormats(String format, int amount, String expected) {
        assertEquals(expected, Money.render(format, amount));
    }

    @Test
    void thousandsWithKOnlyForWholeThousandsAndBadFormatsFail() {
        assertNull(Money.render("#k", 85_500));
        assertEquals("85\u00a0500 €", Money.render("#\u00a0### €", 85_500));
        assertThrows(IllegalArgumentException.class, () -> Money.render("EUR", 1));
        assertThrows(IllegalArgumentException.class, () -> Money.render("#-###", 1));
        assertThrows(IllegalArgumentException.class, () -> Money.render("#k to #k", 1000));
        assertEquals("85.500", Money.format(85_500, List.of("#k", "#.###"), rng));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageCanWriteEverySalaryInEveryCurrency(Language language) {
        LanguagePack pack = LanguagePack.of(language);
        for (String currency : Money.CURRENCIES) {
            for (String format : pack.words("money_formats." + currency)) {
                assertNotNull(Money.render(format, 85_000), language + " " + format);
            }
            assertNotNull(Money.format(85_500, pack.words("money_formats." + currency), rng));
        }
    }

    @Test
    void salariesAreRoundAndInRangeAndCurrencyFollowsTheRegion() {
        for (int i = 0; i < 5_000; i++) {
            int salary = Money.salary(rng);
            assertTrue(salary >= 28_000 && salary <= 160_000 && salary % 500 == 0, Integer.toString(salary));
        }
        assertEquals("GBP", Money.currencyOf("GB"));
        assertEquals("CHF", Money.currencyOf("CH"));
        assertEquals("EUR", Money.currencyOf("DE"));
        assertEquals("EUR", Money.currencyOf("IE"));
    }

    @RepeatedTest(20)
    void lightEditsChangeFiveToTwentyPercentOfTheWordsAndKeepLineBreaks() {
        String message = "Hi Anna,\nThanks for connecting! Are you free for a quick call on Thursday afternoon? "
                + "I saw your post about Python and wanted to ask you a couple of questions. Sounds good, see you then.";
        String[] words = {"really", "maybe", "today", "quickly", "also"};
        String edited = TokenEdits.lightly(message, rng, () -> words[rng.nextInt(words.length)]);
        assertNotEquals(message, edited);
        String[] before = message.split("\\s+");
        int distance = PrivateMessagesTest.bestAlignedDistance(before, edited.split("\\s+"));
        assertTrue(distance <= Math.floor(before.length * 0.2), distance + " edits: " + edited);
        assertTrue(edited.split("\\s+").length >= before.length * 0.8, edited);
        assertEquals(edited, edited.strip());
    }

    @Test
    void lightEditsAreDeterministic() {
        String message = "Hello there, could you send me the presentation from yesterday? Let me check with my manager "
                + "and come back to you tomorrow. Thanks again!";
        SplittableRandom a = new SplittableRandom(11);
        SplittableRandom b = new SplittableRandom(11);
        assertEquals(TokenEdits.lightly(message, a, () -> "word" + a.nextInt(9)),
                TokenEdits.lightly(message, b, () -> "word" + b.nextInt(9)));
    }
}
