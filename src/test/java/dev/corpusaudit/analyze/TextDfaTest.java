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
    /** "contains ab, ü, one of € to U+20AE or U+4E00 to U+4E0F, or 😀 (outside the BMP)", the shape of a prefilter. */
    private static final Automaton CONTAINS = Operations.concatenate(List.of(Automata.makeAnyString(),
            new RegExp("ab|ü|[€-\u20AE]|\uD83D\uDE00|[\u4E00-\u4E0F]").toAutomaton(), Automata.makeAnyString()));

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
        // characters on both sides of class boundaries inside a block of 256 (U+20AC, U+20AF, U+4E0F), in blocks that
        // are all one class, outside the BMP (U+1F600, U+1F601, U+10400) and a lone surrogate
        String alphabet = "abüx€ \u20AB\u20AF\u20B0\u4E05\u4E10\uD83D\uDE00\uD83D\uDE01\uD801\uDC00\uD83D";
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                int at = random.nextInt(alphabet.length());
                text.append(alphabet, at, Character.isHighSurrogate(alphabet.charAt(at)) && at + 1 < alphabet.length()
                        && random.nextBoolean() ? at + 2 : at + 1);
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
