package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.Set;

/**
 * A value that looks like a real secret rather than a placeholder: not an obvious stand-in ({@code xxxx},
 * {@code <your-key>}, {@code changeme}, {@code example}, one character repeated, a run like {@code 123456} anywhere
 * in it, as in {@code AIzaSyQ0123456789...}, or letters and digits both typed in order, as in {@code a1b2c3d4...}),
 * and with enough Shannon entropy per character for its length. Used where a token format is generic.
 */
public final class SecretValue implements Validator {
    /** Bits per character below which a value is too regular to be a generated secret. */
    static final double MIN_ENTROPY = 3.0;
    /** A run of this many letters or digits, ascending or descending ({@code abcdef}, {@code 987654}), is typed. */
    static final int MAX_RUN = 6;
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("example", "sample", "dummy", "placeholder",
            "changeme", "your", "yourkey", "xxx", "redacted", "secret", "password", "token", "test", "fake", "insert",
            "todo", "none", "null", "undefined", "foobar");

    @Override
    public String name() {
        return "secret";
    }

    @Override
    public Result check(String candidate) {
        String v = candidate.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (v.startsWith("<") || v.startsWith("{") || v.startsWith("$") || v.startsWith("%") || lower.contains("***")) {
            return Result.fail("a template or masked value");
        }
        String placeholder = StandIns.placeholderIn(lower, PLACEHOLDER_WORDS);
        if (placeholder != null) {
            return Result.fail("a placeholder ('" + placeholder + "')");
        }
        if (StandIns.isRepeatedOrRun(v)) {
            return Result.fail("a repeated or sequential placeholder");
        }
        if (longestRun(v) >= MAX_RUN) {
            return Result.fail("a typed sequence (" + MAX_RUN + " or more consecutive letters or digits)");
        }
        if (longestRun(v.replaceAll("[^A-Za-z]", "")) >= MAX_RUN && longestRun(v.replaceAll("[^0-9]", "")) >= MAX_RUN) {
            return Result.fail("an interleaved typed sequence (a1b2c3d4...)");
        }
        double entropy = entropy(v);
        if (entropy < MIN_ENTROPY) {
            return Result.fail(String.format(Locale.ROOT, "entropy %.1f bits/char is below %.1f", entropy, MIN_ENTROPY));
        }
        return Result.pass(String.format(Locale.ROOT, "%d characters, entropy %.1f bits/char, not a placeholder",
                v.length(), entropy));
    }

    /** Shannon entropy of the value's characters, in bits per character. */
    static double entropy(String v) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = count / (double) v.length();
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = other / (double) v.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    /** The longest stretch of letters or digits each one above (or each one below) the one before. */
    static int longestRun(String v) {
        int longest = 1;
        int up = 1;
        int down = 1;
        for (int i = 1; i < v.length(); i++) {
            char a = v.charAt(i - 1);
            char b = v.charAt(i);
            boolean alnum = Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
            up = alnum && b - a == 1 ? up + 1 : 1;
            down = alnum && a - b == 1 ? down + 1 : 1;
            longest = Math.max(longest, Math.max(up, down));
        }
        return longest;
    }
}
