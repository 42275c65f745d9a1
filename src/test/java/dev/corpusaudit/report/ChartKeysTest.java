package dev.corpusaudit.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartKeysTest {

    @Test
    void largestFirstThenByLabel() {
        Map<String, Long> counts = new TreeMap<>(Map.of("b", 2L, "a", 2L, "c", 5L));

        assertEquals(List.of("c", "a", "b"), new ArrayList<>(ChartKeys.sum(counts).keySet()));
    }

    @Test
    void foldsTheSmallestIntoOneOtherBar() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < 16; i++) {
            counts.put(String.format("k%02d", i), 16L - i);
        }
        Map<String, Long> bars = ChartKeys.sum(counts);

        assertEquals(ChartKeys.MAX_KEYS, bars.size());
        assertEquals(3L, bars.get("other (2 more)"));
        assertEquals(16L, bars.get("k00"));
        assertEquals(3L, bars.get("k13"));
    }

    @Test
    void keysWithTheSameLabelShareABar() {
        Map<String, Long> counts = new TreeMap<>(Map.of("x", 1L, "x\u0001", 2L, "x\n ", 4L));

        assertEquals(Map.of("x", 7L), ChartKeys.sum(counts));
    }

    @Test
    void longKeysAreCut() {
        assertEquals("a".repeat(ChartStyle.MAX_LABEL_CHARS - 1) + "…", ChartStyle.label("a".repeat(40)));
        assertEquals("(blank)", ChartStyle.label("\u0001 "));
    }
}
