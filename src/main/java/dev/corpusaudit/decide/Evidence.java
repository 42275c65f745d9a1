package dev.corpusaudit.decide;

import dev.corpusaudit.nlp.PersonNames;

import java.util.regex.Pattern;

/**
 * Builds the evidence string of a finding or a search hit: some context on each side of the match, the match in
 * brackets and masked. The context is scrubbed too: people's names ({@link PersonNames}) keep only their initials,
 * e-mail addresses are masked and runs of three or more digits become {@code #}, so that a value next to the match
 * (a CVV after a card number, the name of the colleague whose pay it is) does not leak through it.
 */
public final class Evidence {
    /** Characters of context on each side. */
    public static final int CONTEXT = 40;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final PersonNames NAMES = PersonNames.shipped();

    private Evidence() {
    }

    /** {@code "…context [masked match] context…"} for the span [start, end) of text. */
    public static String around(String text, int start, int end, String maskedMatch) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        // Cut at a space so that the context does not start or end mid-word.
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        return (from > 0 ? "…" : "") + scrub(text.substring(from, start)) + "[" + oneLine(maskedMatch) + "]"
                + scrub(text.substring(end, to)) + (to < text.length() ? "…" : "");
    }

    /** Evidence for a match that no detector validated (a search hit): the match is scrubbed like its context. */
    public static String snippet(String text, int start, int end) {
        return around(text, start, end, scrub(text.substring(start, end)));
    }

    /** The scrubbed opening of a text, for a hit that has no match in the text (a metadata query). */
    public static String opening(String text) {
        int to = Math.min(text.length(), CONTEXT * 2);
        return scrub(text.substring(0, to)) + (to < text.length() ? "…" : "");
    }

    /** Masks names, e-mail addresses and long digit runs in context text, and folds it to one line. */
    static String scrub(String context) {
        StringBuilder named = new StringBuilder(context);
        for (int[] name : NAMES.find(context)) {
            named.replace(name[0], name[1], Masks.person(context.substring(name[0], name[1])));
        }
        String[] words = oneLine(named.toString()).split(" ", -1);
        StringBuilder out = new StringBuilder(context.length());
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                out.append(' ');
            }
            String word = words[w];
            out.append(word.indexOf('@') > 0 ? Masks.email(word) : maskDigitRuns(word));
        }
        return out.toString();
    }

    private static String maskDigitRuns(String word) {
        StringBuilder out = new StringBuilder(word);
        int i = 0;
        while (i < out.length()) {
            if (!Character.isDigit(out.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < out.length() && Character.isDigit(out.charAt(j))) {
                j++;
            }
            if (j - i >= 3) {
                for (int k = i; k < j; k++) {
                    out.setCharAt(k, '#');
                }
            }
            i = j;
        }
        return out.toString();
    }

    static String oneLine(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ");
    }
}
