package dev.corpusaudit.analyze;

import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDfaTest {
    /** "contains ab, ü, € or 😀 (a code point outside the BMP)", the shape of a prefilter. */
    private static final Automaton CONTAINS = Operations.concatenate(List.of(Automata.makeAnyString(),
            new RegExp("ab|ü|€|\uD83D\uDE00").toAutomaton(), Automata.makeAnyString()));

    @Test
    void readsUntilItAcceptsOrRejects() {
        TextDfa contains = new TextDfa(CONTAINS, 10_000);
        assertEquals(TextDfa.ACCEPTED, read(contains, "xxabyy"));
        assertEquals(TextDfa.ACCEPTED, read(contains, "Grüße"), "a Latin-1 character");
        assertEquals(TextDfa.ACCEPTED, read(contains, "5 €"), "a character past the first 256");
        assertEquals(TextDfa.ACCEPTED, read(contains, "hi \uD83D\uDE00"), "a surrogate pair, read as one code point");
        assertEquals(TextDfa.ACCEPTED, read(contains, "hi \uD83D\uDE00 x"));
        assertTrue(read(contains, "a b") >= 0, "undecided: the row it is in");
        assertTrue(read(contains, "\uD83D") >= 0, "a lone high surrogate is read as itself");

        TextDfa digits = new TextDfa(new RegExp("[0-9]{3}x").toAutomaton(), 10_000);
        assertEquals(TextDfa.REJECTED, read(digits, "12a"));
        int row = read(digits, "123");
        assertTrue(row >= 0);
        assertEquals(TextDfa.ACCEPTED, digits.step(row, 'x'));
        assertEquals(TextDfa.REJECTED, digits.step(row, 'y'));
    }

    @Test
    void agreesWithLucenesRunAutomatonOnRandomText() {
        TextDfa table = new TextDfa(CONTAINS, 10_000);
        CharacterRunAutomaton lucene = new CharacterRunAutomaton(CONTAINS, 10_000);
        String alphabet = "abüx€ \uD83D\uDE00\uD83D";
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(lucene.run(s), read(table, s) == TextDfa.ACCEPTED, s);
        }
    }

    @Test
    void anAutomatonThatAcceptsAtOnceHasNoTable() {
        assertThrows(IllegalArgumentException.class, () -> new TextDfa(Automata.makeAnyString(), 10_000));
    }

    private static int read(TextDfa dfa, String text) {
        return dfa.read(TextDfa.START, text.toCharArray(), 0, text.length());
    }
}
