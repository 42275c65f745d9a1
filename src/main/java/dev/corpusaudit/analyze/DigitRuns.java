package dev.corpusaudit.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a text has numbers: runs of ASCII digits, each digit at most {@link #MAX_GAP} characters after the one before
 * (so "1 85 05 78 006 084 91", "DE86 5001 0517" and "BNCGLI85M12H501A" are one run each), with how many digits each
 * holds. A pattern rule with {@code min_digits} runs its expressions only in windows around runs of at least that
 * many digits: RE2/J steps its automaton through every character of a text for an expression that does not start
 * with a literal, and most text has no such numbers. Found in one pass; not thread-safe, one per text.
 */
final class DigitRuns {
    /** Non-digit characters allowed between two digits of one run. */
    static final int MAX_GAP = 2;
    /**
     * Characters of context kept on each side of a run: more than the longest match can reach beyond its digits
     * (context a pattern matches around its value, a name it requires before the number).
     */
    static final int MARGIN = 40;
    /** How much further a window may grow to start and end at whitespace, where ^, $ and \b mean what they mean there. */
    static final int SLACK = 8;

    private final String text;
    private final List<int[]> runs = new ArrayList<>(); // {first digit, after last digit, digits}

    private DigitRuns(String text) {
        this.text = text;
        int start = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            if (start >= 0 && i - last - 1 <= MAX_GAP) {
                count++;
            } else {
                if (start >= 0) {
                    runs.add(new int[]{start, last + 1, count});
                }
                start = i;
                count = 1;
            }
            last = i;
        }
        if (start >= 0) {
            runs.add(new int[]{start, last + 1, count});
        }
    }

    static DigitRuns of(String text) {
        return new DigitRuns(text);
    }

    /** The windows ({start, end}, merged, in text order) around the runs of at least {@code minDigits} digits. */
    List<int[]> windows(int minDigits) {
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        for (int[] run : runs) {
            if (run[2] < minDigits) {
                continue;
            }
            int start = Math.max(0, run[0] - MARGIN);
            for (int limit = Math.max(0, start - SLACK); start > limit && !Character.isWhitespace(text.charAt(start - 1)); ) {
                start--;
            }
            int end = Math.min(n, run[1] + MARGIN);
            for (int limit = Math.min(n, end + SLACK); end < limit && !Character.isWhitespace(text.charAt(end)); ) {
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
