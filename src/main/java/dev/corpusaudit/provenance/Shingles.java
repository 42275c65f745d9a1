package dev.corpusaudit.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text's word 3-grams ("shingles") as 64-bit hashes, keyed by a salt, with where each starts and ends: the
 * fingerprint of a private message, and what a record is compared by. Words are runs of letters and digits,
 * lower-cased; punctuation, spacing and line breaks do not count, so a message pasted into a post with other
 * quotes and line breaks keeps its shingles.
 */
final class Shingles {
    static final int WORDS = 3;

    /** One shingle: its hash and the character span of its words. */
    record Shingle(long hash, int start, int end) {
    }

    private Shingles() {
    }

    static List<Shingle> of(String text, long salt) {
        List<long[]> words = new ArrayList<>(); // {hash, start, end}
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            long h = 0xcbf29ce484222325L;
            while (i < n && Character.isLetterOrDigit(c = text.codePointAt(i))) {
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
                i += Character.charCount(c);
            }
            words.add(new long[]{h, start, i});
        }
        List<Shingle> shingles = new ArrayList<>(Math.max(0, words.size() - WORDS + 1));
        for (int w = 0; w + WORDS <= words.size(); w++) {
            long h = salt;
            for (int k = 0; k < WORDS; k++) {
                h = mix(h * 31 + words.get(w + k)[0]);
            }
            shingles.add(new Shingle(h, (int) words.get(w)[1], (int) words.get(w + WORDS - 1)[2]));
        }
        return shingles;
    }

    /** The murmur3 64-bit finaliser. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static String describe() {
        return String.format(Locale.ROOT, "word %d-grams", WORDS);
    }
}
