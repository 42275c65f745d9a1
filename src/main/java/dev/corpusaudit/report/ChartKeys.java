package dev.corpusaudit.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys a chart shows along its axis (languages, regions, source types): as {@link ChartStyle#label labels}, largest
 * first, the smallest folded into one "other" bar so that a corpus with 200 regions still gives a readable chart.
 */
final class ChartKeys {
    /** The most bars a key chart draws, the "other" bar included. */
    static final int MAX_KEYS = 15;

    private ChartKeys() {
    }

    /**
     * Maps every raw key to the label of its bar.
     *
     * @param totals the count of each raw key, which decides the order and what is folded
     * @return raw key to bar label, in bar order (largest first, ties by label)
     */
    static Map<String, String> bars(Map<String, Long> totals) {
        Map<String, Long> byLabel = new HashMap<>();
        totals.forEach((key, count) -> byLabel.merge(ChartStyle.label(key), count, Long::sum));
        List<String> order = byLabel.keySet().stream()
                .sorted(Comparator.comparing((String label) -> byLabel.get(label)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, Integer> rank = new HashMap<>();
        order.forEach(label -> rank.put(label, rank.size()));
        int shown = order.size() <= MAX_KEYS ? order.size() : MAX_KEYS - 1;
        String other = "other (" + (order.size() - shown) + " more)";

        Map<String, String> bars = new LinkedHashMap<>();
        totals.keySet().stream()
                .sorted(Comparator.comparing((String key) -> rank.get(ChartStyle.label(key)))
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(key -> {
                    String label = ChartStyle.label(key);
                    bars.put(key, rank.get(label) < shown ? label : other);
                });
        return bars;
    }

    /** The counts summed per bar, in bar order. */
    static Map<String, Long> sum(Map<String, Long> counts) {
        Map<String, Long> byBar = new LinkedHashMap<>();
        bars(counts).forEach((key, bar) -> byBar.merge(bar, counts.get(key), Long::sum));
        return byBar;
    }
}
