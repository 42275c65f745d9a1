package dev.corpusaudit.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a text has numbers: runs of ASCII digits, each digit at most {@link #MAX_GAP} characters after the one before
 * (so "1 85 05 78 006 084 91", "DE86 5001 0517" and "BNCGLI85M12H501A" are one run each), with how many digits each
 * holds. A pattern rule with {@code min_digits} runs its expressions only in {@link TextWindows} around runs of at
 * least that many digits: most text has no such numbers. Found in one pass, shared by the whole pattern stage
 * ({@link PatternStage}); not thread-safe, one per text.
 */
final class DigitRuns {
    /** Non-digit characters allowed between two digits of one run. */
    static final int MAX_GAP = 2;

    /** The runs, three ints each: first digit, after the last digit, digits (packed: most texts have many short runs). */
    private int[] runs = new int[24];
    private int count;
    private int total;
    private int longest;

    private DigitRuns(char[] text) {
        int start = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                continue;
            }
            total++;
            if (start >= 0 && i - last - 1 <= MAX_GAP) {
                count++;
            } else {
                if (start >= 0) {
                    add(start, last + 1, count);
                }
                start = i;
                count = 1;
            }
            last = i;
        }
        if (start >= 0) {
            add(start, last + 1, count);
        }
    }

    private void add(int start, int end, int digits) {
        if (count + 3 > runs.length) {
            runs = Arrays.copyOf(runs, runs.length * 2);
        }
        runs[count++] = start;
        runs[count++] = end;
        runs[count++] = digits;
        longest = Math.max(longest, digits);
    }

    static DigitRuns of(String text) {
        return new DigitRuns(text.toCharArray());
    }

    static DigitRuns of(char[] text) {
        return new DigitRuns(text);
    }

    /** How many ASCII digits the text holds. */
    int total() {
        return total;
    }

    /** The runs ({first digit, after the last}) of at least {@code minDigits} digits, in text order. */
    List<int[]> atLeast(int minDigits) {
        if (longest < minDigits) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < count; r += 3) {
            if (runs[r + 2] >= minDigits) {
                out.add(new int[]{runs[r], runs[r + 1]});
            }
        }
        return out;
    }
}
