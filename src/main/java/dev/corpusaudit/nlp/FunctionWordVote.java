package dev.corpusaudit.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fast first guess at a text's language: each frequent function word (from {@code nlp/function-words.tsv}) votes
 * for the languages it belongs to. Only a decisive vote is an answer; anything else is left to OpenNLP's detector,
 * which is about forty times more costly per record (measured; see the README's benchmark section).
 * Thread-safe.
 */
final class FunctionWordVote {
    /** Fewer votes than this for the winner and the text is left to the statistical detector. */
    static final int MIN_VOTES = 3;
    /** The winner needs this many times the runner-up's votes. */
    static final int MARGIN = 2;

    private final List<String> languages = new ArrayList<>();
    private final Map<String, int[]> wordLanguages = new HashMap<>();
    private final int minVotes;
    private final int margin;

    FunctionWordVote() {
        this(MIN_VOTES, MARGIN);
    }

    FunctionWordVote(int minVotes, int margin) {
        this.minVotes = minVotes;
        this.margin = margin;
        try (InputStream in = FunctionWordVote.class.getResourceAsStream("/nlp/function-words.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                int index = languages.size();
                languages.add(cols[0]);
                for (String word : cols[1].split(" ")) {
                    wordLanguages.merge(word, new int[]{index}, FunctionWordVote::concat);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language the function words clearly point to, or null when the vote is not decisive. */
    String vote(CharSequence text) {
        int[] votes = new int[languages.size()];
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                int[] langs = wordLanguages.get(word.toString().toLowerCase(Locale.ROOT));
                if (langs != null) {
                    for (int l : langs) {
                        votes[l]++;
                    }
                }
                word.setLength(0);
            }
        }
        int best = -1;
        int second = 0;
        for (int l = 0; l < votes.length; l++) {
            if (best < 0 || votes[l] > votes[best]) {
                second = best < 0 ? 0 : Math.max(second, votes[best]);
                best = l;
            } else {
                second = Math.max(second, votes[l]);
            }
        }
        return best >= 0 && votes[best] >= minVotes && votes[best] >= margin * second ? languages.get(best) : null;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
