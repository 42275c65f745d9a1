package dev.corpusaudit.analyze;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeywordAutomatonTest {

    private static BitSet ids(KeywordAutomaton automaton, String text) {
        BitSet found = new BitSet();
        automaton.scan(text, (id, start, end) -> found.set(id));
        return found;
    }

    private static BitSet bits(int... ids) {
        BitSet b = new BitSet();
        for (int id : ids) {
            b.set(id);
        }
        return b;
    }

    @Test
    void findsEveryKeywordIgnoringCaseAlsoInsideWordsAndOverlapping() {
        KeywordAutomaton a = new KeywordAutomaton(Map.of(
                "he", List.of(0), "she", List.of(1), "hers", List.of(2), "his", List.of(3), "straße", List.of(4, 5)));
        assertEquals(bits(0, 1, 2), ids(a, "uSHErs"));          // she, he and hers overlap
        assertEquals(bits(3), ids(a, "this"));                   // inside a word
        assertEquals(bits(4, 5), ids(a, "Hauptstraße 12"));      // one keyword, two ids
        assertEquals(bits(4, 5), ids(a, "HAUPTSTRASSE".replace("SS", "ß")));
        assertEquals(bits(), ids(a, "nothing to see, h e"));
        assertEquals(bits(), ids(a, ""));
    }

    @Test
    void reportsWhereEachOccurrenceStartsAndEnds() {
        KeywordAutomaton a = new KeywordAutomaton(Map.of("iban", List.of(3), "ban", List.of(4)));
        List<String> hits = new java.util.ArrayList<>();
        a.scan("IBAN: x, Iban y", (id, start, end) -> hits.add(id + "@" + start + "-" + end));
        assertEquals(List.of("3@0-4", "4@1-4", "3@9-13", "4@10-13"), hits);
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(7);
        Map<String, List<Integer>> keywords = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            keywords.put(word(random, 1 + random.nextInt(5)).toLowerCase(Locale.ROOT), List.of(i));
        }
        KeywordAutomaton a = new KeywordAutomaton(keywords);
        for (int t = 0; t < 500; t++) {
            String text = word(random, random.nextInt(60));
            BitSet expected = new BitSet();
            keywords.forEach((k, v) -> {
                if (text.toLowerCase(Locale.ROOT).contains(k)) {
                    v.forEach(expected::set);
                }
            });
            assertEquals(expected, ids(a, text), text);
        }
    }

    /** Letters from a small alphabet, some upper case, so that keywords overlap and repeat in texts. */
    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = "abcdé ".charAt(random.nextInt(6));
            s.append(random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
        }
        return s.toString();
    }
}
