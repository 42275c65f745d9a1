package dev.corpusaudit.validate;

import java.util.Locale;
import java.util.Set;

/**
 * A value that looks like a real secret rather than a placeholder: not an obvious stand-in ({@code xxxx},
 * {@code <your-key>}, {@code changeme}, {@code example}, one character repeated, a run like {@code 123456}), and
 * with enough Shannon entropy per character for its length. Used where a token format is generic.
 */
public final class SecretValue implements Validator {
    /** Bits per character below which a value is too regular to be a generated secret. */
    static final double MIN_ENTROPY = 3.0;
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
        for (String word : PLACEHOLDER_WORDS) {
            if (lower.contains(word)) {
                return Result.fail("a placeholder ('" + word + "')");
            }
        }
        if (v.chars().distinct().count() <= 2 || isRun(v)) {
            return Result.fail("a repeated or sequential placeholder");
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

    private static boolean isRun(String v) {
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) - v.charAt(i - 1) != 1) {
                return false;
            }
        }
        return true;
    }
}
