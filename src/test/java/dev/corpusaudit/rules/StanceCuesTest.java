package dev.corpusaudit.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stance expressions are found as whole words, in any case, in the stretch of text asked about. */
class StanceCuesTest {
    private static final StanceCues CUES = new StanceCues(Map.of(
            "en", List.of("are a disgrace", "scrap", "Hands off our", "don't care about", "privatis*"),
            "de", List.of("abschaff*", "schafft endlich ab")));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "en | The rent rises are a disgrace.                     | are a disgrace",
            "en | HANDS OFF OUR libraries!                           | HANDS OFF OUR",
            "en | They don’t care about bus routes at all.           | don’t care about",
            "en | Time to scrap the tax.                             | scrap",
            "en | Privatisation of the railways failed.              | Privatisation",
            "de | Die Abschaffung der Maut ist überfällig.           | Abschaffung",
            "de | Schafft endlich ab, was keiner braucht.            | Schafft endlich ab",
            // whole words only, and every word of an expression in a row
            "en | The scrapyard tax is a disgrace to everyone.       | -",
            "en | Hands off, our libraries are fine.                 | -",
            "en | The report on privacy is out.                      | -",
            // another language's expressions are not read
            "fr | La privatisation des chemins de fer.               | -"})
    void findsAnExpressionAsWholeWords(String lang, String text, String expected) {
        assertEquals(expected, CUES.find(text, 0, text.length(), lang));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The tax is fine. Scrap the rest.                        | 0  | 17",
            "Scrap the rest. The tax is fine.                        | 16 | 32"})
    void readsOnlyTheStretchAskedAbout(String text, int from, int to) {
        assertEquals(null, CUES.find(text, from, to, "en"));
    }
}
