package dev.corpusaudit;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records per language, source, region and month, counted by the workers as they index. Counting is order-free,
 * so the totals are the same whatever the thread schedule.
 */
final class CorpusStats {
    static final String UNKNOWN = "unknown";

    private final Map<String, LongAdder> languages = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> sources = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> regions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> months = new ConcurrentHashMap<>();
    private final LongAdder indexed = new LongAdder();
    private final LongAdder textChars = new LongAdder();

    void count(String lang, String source, String region, String month, int chars) {
        add(languages, lang);
        add(sources, source);
        add(regions, region);
        add(months, month);
        indexed.increment();
        textChars.add(chars);
    }

    long indexed() {
        return indexed.sum();
    }

    long textChars() {
        return textChars.sum();
    }

    SortedMap<String, Long> languages() {
        return sorted(languages);
    }

    SortedMap<String, Long> sources() {
        return sorted(sources);
    }

    SortedMap<String, Long> regions() {
        return sorted(regions);
    }

    SortedMap<String, Long> months() {
        return sorted(months);
    }

    private static void add(Map<String, LongAdder> map, String key) {
        map.computeIfAbsent(key == null ? UNKNOWN : key, k -> new LongAdder()).increment();
    }

    private static SortedMap<String, Long> sorted(Map<String, LongAdder> map) {
        SortedMap<String, Long> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
