package dev.corpusaudit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Light edits of a text, as people make when they retype or tidy a message before posting it: some
 * of its word tokens (runs of non-space characters) replaced, dropped, or with a word inserted
 * after them. Line breaks stay where they were.
 */
final class TokenEdits {
    static final double MIN_SHARE = 0.05;
    static final double MAX_SHARE = 0.20;

    private TokenEdits() {
    }

    /**
     * {@code text} with 5 to 20% of its word tokens edited (at least one edit), each edit a
     * replacement, a drop or an insertion; new words come from {@code words}. Never returns the text
     * unchanged.
     */
    static String lightly(String text, SplittableRandom rng, Supplier<String> words) {
        List<String> tokens = new ArrayList<>();
        List<String> spaces = new ArrayList<>(); // the whitespace before each token
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String space = text.substring(start, i);
            start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                spaces.add(space);
                tokens.add(text.substring(start, i));
            }
        }
        int count = tokens.size();
        if (count == 0) {
            return text;
        }
        int min = Math.max(1, (int) Math.ceil(count * MIN_SHARE));
        int max = Math.max(min, (int) Math.floor(count * MAX_SHARE));
        int edits = min + rng.nextInt(max - min + 1);
        for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
            int at = rng.nextInt(tokens.size());
            switch (rng.nextInt(3)) {
                case 0 -> tokens.set(at, otherWord(tokens.get(at), rng, words));
                case 1 -> {
                    if (tokens.size() < 2) {
                        tokens.set(at, otherWord(tokens.get(at), rng, words));
                    } else {
                        String space = spaces.remove(at);
                        tokens.remove(at);
                        if (at < tokens.size()) {
                            // keep a line break that stood before the dropped word
                            spaces.set(at, at == 0 ? "" : wider(space, spaces.get(at)));
                        }
                    }
                }
                default -> {
                    tokens.add(at + 1, otherWord(tokens.get(at), rng, words));
                    spaces.add(at + 1, " ");
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int t = 0; t < tokens.size(); t++) {
            out.append(t == 0 ? "" : spaces.get(t)).append(tokens.get(t));
        }
        String edited = out.toString();
        return edited.equals(text.strip()) ? text.strip() + " " + otherWord("", rng, words) : edited;
    }

    private static String wider(String a, String b) {
        return a.indexOf('\n') >= 0 && b.indexOf('\n') < 0 ? a : b;
    }

    private static String otherWord(String not, SplittableRandom rng, Supplier<String> words) {
        for (int tries = 0; tries < 10; tries++) {
            String word = words.get();
            if (!word.isEmpty() && !word.equalsIgnoreCase(not)) {
                return word;
            }
        }
        return not.isEmpty() ? "ok" : not + not.charAt(not.length() - 1);
    }
}
