package dev.corpusaudit.nlp;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of a text as the person-name finder sees them, in training and in a scan alike: OpenNLP's
 * {@link SimpleTokenizer} (letters, digits and each punctuation mark are tokens; case kept, which names need), cut
 * into sentences at a full stop, question or exclamation mark followed by a capitalised word, or at a line break, and
 * into pieces of at most {@value #MAX_TOKENS} tokens. A full stop after a title or an initial ("Dr.", "J.") ends no
 * sentence. Thread-safe.
 */
public final class NameTokens {
    /** The longest piece of text the finder is given at once. */
    static final int MAX_TOKENS = 120;
    private static final Set<String> END = Set.of(".", "!", "?", "…", "...");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "hr", "fr",
            "mme", "mlle", "sr", "sra", "srta", "dott", "sig", "ing", "avv", "dhr", "mevr", "ir", "drs", "mgr", "jr",
            "vs", "ca", "bzw", "etc", "nr", "no", "z", "b", "u", "a");

    /** One sentence: its tokens and their character spans in the text. */
    public record Sentence(String[] tokens, Span[] spans) {
    }

    private NameTokens() {
    }

    /** The sentences of {@code text} ({@code [from, to)} of it), with spans into the whole text. */
    public static List<Sentence> sentences(String text, int from, int to) {
        Span[] all = SimpleTokenizer.INSTANCE.tokenizePos(text.substring(from, to));
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            boolean last = i + 1 == all.length;
            boolean cut = last || i + 1 - start >= MAX_TOKENS
                    || endsSentence(text, from, all, i) || lineBreakAfter(text, from, all, i);
            if (cut) {
                String[] tokens = new String[i + 1 - start];
                Span[] spans = new Span[tokens.length];
                for (int t = start; t <= i; t++) {
                    spans[t - start] = new Span(all[t].getStart() + from, all[t].getEnd() + from);
                    tokens[t - start] = text.substring(spans[t - start].getStart(), spans[t - start].getEnd());
                }
                out.add(new Sentence(tokens, spans));
                start = i + 1;
            }
        }
        return out;
    }

    /** Whether a token is a mark that can end a sentence. */
    static boolean isSentenceEnd(String token) {
        return END.contains(token);
    }

    private static boolean endsSentence(String text, int from, Span[] all, int i) {
        String token = covered(text, from, all[i]);
        if (!END.contains(token) || i + 1 >= all.length) {
            return false;
        }
        if (token.equals(".") && i > 0) {
            String before = covered(text, from, all[i - 1]);
            if (all[i - 1].getEnd() == all[i].getStart()
                    && (before.length() == 1 || ABBREVIATIONS.contains(before.toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        String next = covered(text, from, all[i + 1]);
        return Character.isUpperCase(next.codePointAt(0)) || !Character.isLetter(next.codePointAt(0));
    }

    private static boolean lineBreakAfter(String text, int from, Span[] all, int i) {
        if (i + 1 >= all.length) {
            return false;
        }
        for (int c = all[i].getEnd() + from; c < all[i + 1].getStart() + from; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static String covered(String text, int from, Span span) {
        return text.substring(span.getStart() + from, span.getEnd() + from);
    }
}
