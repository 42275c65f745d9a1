package dev.corpusaudit.nlp;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped name finder with its cues, as the pii.person rule (0.5) uses it. */
class PersonFinderTest {
    private static final PersonFinder FINDER = new PersonFinder(PersonFinder.load(Path.of("rulesets/person/names.bin")),
            ModelRegistry.shared(), PersonFinder.Weights.DEFAULT, 0.5);

    private static List<String> names(String text, String lang) {
        return FINDER.find(text, lang).stream().filter(n -> n.confidence() >= 0.5)
                .map(n -> text.substring(n.start(), n.end())).toList();
    }

    @Test
    void findsNamesWithTheirWholeSpanAndWithoutTitles() {
        assertEquals(List.of("Schuster", "Jonas Albrecht"),
                names("Gestern hat Frau Dr. Schuster die Ergebnisse vorgestellt, danach sprach Jonas Albrecht.", "de"));
        assertEquals(List.of("Sanne van der Linden"),
                names("Afgelopen week sprak ik met Sanne van der Linden over de strategie van Philips.", "nl"));
    }

    @Test
    void thingsNamedAfterPeopleAreNoNames() {
        assertEquals(List.of(), names("El Hospital Gregorio Marañón abre una nueva unidad en Madrid.", "es"));
        assertEquals(List.of(), names("Wir treffen uns im Max-Planck-Institut in der Karl-Marx-Allee.", "de"));
    }

    @Test
    void institutionsAndPlacesNamedLikePeopleAreNoNames() {
        assertEquals(List.of(), names("Running the London Marathon for Cancer Research UK in April.", "en"));
        assertEquals(List.of(), names("She studied at Virginia Tech and worked at the Israel Museum.", "en"));
        assertEquals(List.of(), names("Great to see Carroll LLC and Moretti, Neri e Colombo SPA investing.", "en"));
        assertEquals(List.of(), names("Israel and India signed the agreement.", "en"));
        // the same first names before a surname, and surnames that are place words too, stay people
        assertEquals(List.of("Virginia Galvez", "Jenny Park"), names("Virginia Galvez and Jenny Park joined.", "en"));
    }

    @Test
    void inGermanACommonNounIsNoFirstNameAlone() {
        // German capitalises every noun: "Ernst" (seriousness) and "Rose" are nouns here, first names before a last name
        assertEquals(List.of(), names("Im Ernst: das Projekt läuft.", "de"));
        assertEquals(List.of(), names("Die Rose blüht im Garten.", "de"));
        assertEquals(List.of("Ernst Jandl"), names("Gestern las Ernst Jandl im Literaturhaus.", "de"));
        assertEquals(List.of("Hanna"), names("Die Hanna war auch da.", "de"));
        PersonFinder.Name noun = FINDER.find("Im Ernst: das Projekt läuft.", "de").get(0);
        assertTrue(noun.explanation().contains("part of speech: 'Ernst' a NOUN"), noun.explanation());
    }

    @Test
    void aFirstNameAfterAPlacesPrepositionIsAPlace() {
        assertEquals(List.of(), names("Our team in Madison grew to 40 people.", "en"));
        assertEquals(List.of(), names("Grüße aus Florenz und bis bald nach Bari!", "de"));
        // Dutch "en" is "and": the people after it stay people
        assertEquals(List.of("Anna", "Piet"), names("Gisteren waren Anna en Piet er ook.", "nl"));
        PersonFinder.Name place = FINDER.find("Our team in Madison grew to 40 people.", "en").get(0);
        assertTrue(place.explanation().contains("after 'in', so a place (-0.3)"), place.explanation());
    }

    @Test
    void eachNameExplainsItsConfidence() {
        String text = "Thanks to Dr. Okonkwo for the great keynote at our summit.";
        PersonFinder.Name name = FINDER.find(text, "en").get(0);
        assertEquals("Okonkwo", text.substring(name.start(), name.end()));
        assertTrue(name.explanation().contains("title before it (+0.15)"), name.explanation());
        assertTrue(name.confidence() > 0.5, name.explanation());
        PersonFinder.Name doubted = FINDER.find("El Hospital Gregorio Marañón abre.", "es").get(0);
        assertTrue(doubted.explanation().startsWith("first name in the lexicon, capitalised words after it (0.5) - "
                + "the name finder reads no name there"), doubted.explanation());
        assertEquals(0.4, doubted.confidence(), 1e-9);
    }

    @Test
    void readsNothingWithoutACandidate() {
        assertEquals(List.of(), FINDER.find("no capitals here at all, and Nothing that pairs.", "en"));
    }

    @Test
    void capitalisationTrimsAndExtendsTheFindersSpan() {
        String[] tokens = {"von", "der", "Jan", "van", "der", "Berg", "sagte", "Christine", "K", ".", "Brückner"};
        assertEquals(new Span(2, 6), PersonFinder.capitals(tokens, 0, 4), "from the first capital, on past particles");
        assertEquals(new Span(7, 11), PersonFinder.capitals(tokens, 7, 8), "an initial and its full stop");
        assertNull(PersonFinder.capitals(tokens, 0, 2));
    }
}
