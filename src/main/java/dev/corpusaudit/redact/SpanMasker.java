package dev.corpusaudit.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Replaces spans of a field's value with {@code [REDACTED:category]}. Offsets are UTF-16 code units, as the scan
 * counts them (it reads text as Java strings). A span that starts or ends inside a surrogate pair is widened to
 * the whole character, so no half character is left behind; spans that overlap become one placeholder naming
 * their categories.
 */
final class SpanMasker {
    private SpanMasker() {
    }

    /** The placeholder of a masked span. */
    static String placeholder(Iterable<String> categories) {
        return "[REDACTED:" + String.join(",", categories) + "]";
    }

    /**
     * The value with the marks' spans masked.
     *
     * @param marks span marks on this value, each within {@code 0 <= start < end <= value.length()}
     */
    static String mask(String value, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        StringBuilder out = new StringBuilder(value.length());
        int copied = 0;
        int i = 0;
        while (i < sorted.size()) {
            int start = widenStart(value, sorted.get(i).start());
            int end = widenEnd(value, sorted.get(i).end());
            TreeSet<String> categories = new TreeSet<>();
            categories.add(sorted.get(i).category());
            for (i++; i < sorted.size() && widenStart(value, sorted.get(i).start()) < end; i++) {
                end = Math.max(end, widenEnd(value, sorted.get(i).end()));
                categories.add(sorted.get(i).category());
            }
            out.append(value, copied, start).append(placeholder(categories));
            copied = end;
        }
        return out.append(value, copied, value.length()).toString();
    }

    private static int widenStart(String value, int start) {
        return start > 0 && Character.isLowSurrogate(value.charAt(start))
                && Character.isHighSurrogate(value.charAt(start - 1)) ? start - 1 : start;
    }

    private static int widenEnd(String value, int end) {
        return end < value.length() && Character.isLowSurrogate(value.charAt(end))
                && Character.isHighSurrogate(value.charAt(end - 1)) ? end + 1 : end;
    }
}
