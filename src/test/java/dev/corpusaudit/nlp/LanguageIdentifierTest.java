package dev.corpusaudit.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(ModelRegistry.shared());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | We moved the whole team to the new office last week, and it has been great for everyone.",
            "de | Wir haben das ganze Team letzte Woche in das neue Büro gebracht, und es war für alle gut.",
            "fr | Nous avons déménagé toute l'équipe dans le nouveau bureau la semaine dernière et tout le monde est ravi.",
            "nl | We hebben vorige week het hele team naar het nieuwe kantoor verhuisd en iedereen is er blij mee.",
            "es | La semana pasada trasladamos a todo el equipo a la nueva oficina y todos están muy contentos.",
            "it | La settimana scorsa abbiamo trasferito tutta la squadra nel nuovo ufficio e sono tutti contenti.",
            "pt | Na semana passada mudamos toda a equipe para o novo escritório e todos estão muito felizes.",
            "sv | Förra veckan flyttade vi hela teamet till det nya kontoret och alla är mycket nöjda med det.",
            "pl | W zeszłym tygodniu przenieśliśmy cały zespół do nowego biura i wszyscy są bardzo zadowoleni."})
    void identifiesTheSupportedLanguages(String lang, String text) {
        assertEquals(lang, IDENTIFIER.detect(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Congrats on the new role!",
            "de | Glückwunsch zur neuen Stelle!",
            "fr | Félicitations pour ce nouveau poste !"})
    void shortTextsFallBackToTheStatisticalModel(String lang, String text) {
        assertEquals(lang, IDENTIFIER.detect(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "de | Straße gesperrt, Umleitung über Nordring",   // no function word; ß and ü vote
            "es | ¿Quién viene mañana?",                      // ¿ and ñ vote
            "pl | Dziękuję bardzo, świetna robota",             // ę, ś and 'bardzo'
            "en | Clear and practical, thanks Sam"})            // two function words, no rival
    void distinctiveLettersAndUnopposedWordsDecideTheVote(String lang, String text) {
        assertEquals(lang, new FunctionWordVote().vote(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Pour la plupart de la semaine, nous avons parlé de la région et je crois que les chiffres sont bons",
            "es | En la reunión de la tarde hablamos de la región y creo que los datos son muy buenos para el equipo",
            "it | Per la maggior parte della settimana abbiamo parlato della regione e credo che i numeri siano buoni"})
    void wordsOfOneLanguageDecideWhenSharedRomanceWordsMakeTheVoteContested(String lang, String text) {
        assertEquals(lang, new FunctionWordVote().vote(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Potresti condividere le slide",  // 'le' is French and Italian: a tie is no answer
            "Brilliant. Clear. Practical."})   // no function word at all
    void aTiedOrEmptyVoteIsNoAnswer(String text) {
        assertEquals(null, new FunctionWordVote().vote(text));
    }

    @Test
    void tooFewLettersIsUndetermined() {
        assertEquals(LanguageIdentifier.UNDETERMINED, IDENTIFIER.detect("👍 100% ok"));
        assertEquals(LanguageIdentifier.UNDETERMINED, IDENTIFIER.detect("Wow!!! 🎉 Kudos"));
        assertEquals(LanguageIdentifier.UNDETERMINED, IDENTIFIER.detect(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | I have cancer.", "de | Ich habe Krebs.", "fr | J'ai un cancer.", "nl | Ik heb kanker.",
            "es | Tengo cáncer.", "it | Sono incinta!",
            // an English contraction's ending is English, where French elides before the apostrophe
            "en | I'm Muslim.", "en | We're hiring!"})
    void aShortCommentIsTheVotesWhenItAnswers(String lang, String text) {
        // under twelve letters the statistical detector guesses at random; a decisive vote still knows
        assertEquals(lang, IDENTIFIER.detect(text));
    }

    @Test
    void mapsThreeLetterCodes() {
        assertEquals("de", LanguageIdentifier.toIso1("deu"));
        assertEquals("nl", LanguageIdentifier.toIso1("nld"));
        assertEquals("cmn", LanguageIdentifier.toIso1("cmn"));
    }

    @Test
    void looksOnlyAtAPrefix() {
        String text = "word ".repeat(1000);
        assertTrue(LanguageIdentifier.prefix(text).length() <= LanguageIdentifier.PREFIX_CHARS);
    }
}
