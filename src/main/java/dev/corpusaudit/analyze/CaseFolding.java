package dev.corpusaudit.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Case-insensitive matching, loosely, for {@link LooseRegex}: a character also stands for every character with the
 * same case-folded form (RE2 folds K, k and the Kelvin sign together; so does this), and for its upper and title
 * case. Thread-safe.
 */
final class CaseFolding {
    /** A range wider than this under (?i) is taken as any character: too wide to matter. */
    private static final int MAX_RANGE = 512;
    /** Characters by their folded form (lower case of upper case), and by their plain lower case. */
    private static final Map<Integer, int[]> BY_FOLD = byFold();

    static List<int[]> widen(List<int[]> ranges) {
        List<int[]> out = new ArrayList<>(ranges);
        for (int[] r : ranges) {
            if (r[1] - r[0] > MAX_RANGE) {
                return List.of(new int[]{0, Character.MAX_CODE_POINT});
            }
            for (int c = r[0]; c <= r[1]; c++) {
                for (int v : variants(c)) {
                    out.add(new int[]{v, v});
                }
            }
        }
        return out;
    }

    private static int[] variants(int c) {
        IntStream.Builder out = IntStream.builder();
        out.add(Character.toUpperCase(c)).add(Character.toTitleCase(c)).add(Character.toLowerCase(c));
        for (int key : new int[]{fold(c), Character.toLowerCase(c)}) {
            for (int v : BY_FOLD.getOrDefault(key, new int[0])) {
                out.add(v);
            }
        }
        return out.build().distinct().toArray();
    }

    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static Map<Integer, int[]> byFold() {
        Map<Integer, Set<Integer>> map = new HashMap<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            int fold = fold(c);
            int lower = Character.toLowerCase(c);
            if (fold != c) {
                map.computeIfAbsent(fold, k -> new TreeSet<>(List.of(k))).add(c);
            }
            if (lower != c && lower != fold) {
                map.computeIfAbsent(lower, k -> new TreeSet<>(List.of(k))).add(c);
            }
        }
        Map<Integer, int[]> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
