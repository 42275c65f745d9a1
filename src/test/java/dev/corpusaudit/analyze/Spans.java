package dev.corpusaudit.analyze;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact-span assertions for detector table tests. */
final class Spans {
    private Spans() {
    }

    /** The matches are exactly one span covering the first occurrence of {@code expected}, or none if it is empty. */
    static void assertOnly(String text, String expected, List<PatternDetector.Match> matches) {
        if (expected.isEmpty()) {
            assertEquals(List.of(), matches);
            return;
        }
        assertEquals(1, matches.size(), matches.toString());
        int start = text.indexOf(expected);
        assertEquals(start, matches.get(0).start());
        assertEquals(start + expected.length(), matches.get(0).end());
    }
}
