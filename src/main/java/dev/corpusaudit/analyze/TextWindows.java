package dev.corpusaudit.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stretches of a text a pattern rule's expressions run in: each span that lets the rule run (a run of digits, an
 * occurrence of a keyword) widened by the rule's reach on both sides, merged where they touch. RE2/J steps its
 * automaton through every character it is given, so the less text, the cheaper the rule; no match can lie outside
 * a window, since a match reaches at most {@code reach} characters beyond the span that let it run.
 */
final class TextWindows {
    /**
     * How much further a window may grow to start and end at whitespace, where ^, $ and \b mean what they mean in
     * the whole text.
     */
    static final int SLACK = 8;

    private TextWindows() {
    }

    /** The windows ({start, end}, merged, in text order) around the spans ({start, end}, any order). */
    static List<int[]> around(String text, List<int[]> spans, int reach) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        for (int[] span : sorted) {
            int start = Math.max(0, span[0] - reach);
            int limit = Math.max(0, start - SLACK);
            while (start > limit && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int end = Math.min(n, span[1] + reach);
            limit = Math.min(n, end + SLACK);
            while (end < limit && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            int[] previous = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (previous != null && start <= previous[1]) {
                previous[1] = Math.max(previous[1], end);
            } else {
                windows.add(new int[]{start, end});
            }
        }
        return windows;
    }
}
