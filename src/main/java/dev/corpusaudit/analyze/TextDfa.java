package dev.corpusaudit.analyze;

import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

import java.util.Arrays;

/**
 * A deterministic automaton (built by Lucene) laid out for reading text until it accepts or rejects, as the
 * prefilter and the start automata do: one table of next rows, in which a step into an accepting state reads
 * {@link #ACCEPTED} and a step to nowhere {@link #REJECTED}, so that a character costs two array reads (its class,
 * then the next row) and no accept check. Classes of the first 256 characters are looked up, and so are those of
 * the characters up to U+1FFFF (emoji included) in a block of 256 that is all one class; others are searched among
 * the classes' first characters (thousands, for an automaton with {@code \p{L}}). Thread-safe.
 */
final class TextDfa {
    /** What {@link #read} and {@link #step} give when the automaton accepts. */
    static final int ACCEPTED = -2;
    /** What they give when it rejects (no state to go to). */
    static final int REJECTED = -1;
    /** The row the automaton starts in (state 0, which must not accept). */
    static final int START = 0;

    /** The first character of each class, ascending from 0. */
    private final int[] points;
    private final int[] latinClass = new int[256];
    /** By block of 256 characters up to U+1FFFF: the class of every character in it, or -1 when they differ. */
    private final int[] blockClass = new int[0x200];
    /** By row ({@code state * classes}) and class: the next state's row, {@link #ACCEPTED} or {@link #REJECTED}. */
    private final int[] next;

    /**
     * The table of an automaton whose start state does not accept.
     *
     * @param workLimit determinization effort allowed (Lucene's {@code TooComplexToDeterminizeException} past it)
     */
    TextDfa(Automaton automaton, int workLimit) {
        CharacterRunAutomaton dfa = new CharacterRunAutomaton(automaton, workLimit);
        if (dfa.isAccept(0)) {
            throw new IllegalArgumentException("the start state accepts");
        }
        this.points = dfa.getCharIntervals();
        int classes = points.length;
        int states = dfa.getSize();
        this.next = new int[states * classes];
        for (int s = 0; s < states; s++) {
            for (int k = 0; k < classes; k++) {
                int to = dfa.step(s, points[k]);
                next[s * classes + k] = to < 0 ? REJECTED : dfa.isAccept(to) ? ACCEPTED : to * classes;
            }
        }
        for (int c = 0; c < latinClass.length; c++) {
            latinClass[c] = search(c);
        }
        for (int b = 0; b < blockClass.length; b++) {
            int first = search(b << 8);
            blockClass[b] = first == search((b << 8) + 0xFF) ? first : -1; // classes are intervals
        }
    }

    private int classOf(int c) {
        if (c < 0x20000) {
            int k = blockClass[c >>> 8];
            if (k >= 0) {
                return k;
            }
        }
        return search(c);
    }

    private int search(int c) {
        int k = Arrays.binarySearch(points, c);
        return k >= 0 ? k : -k - 2; // the class whose first character is the last one at or before c
    }

    /** The row after one character (a code point) from a row. */
    int step(int row, int c) {
        return next[row + (c < 256 ? latinClass[c] : classOf(c))];
    }

    /**
     * Reads {@code text[from, to)} (code points) from a row on: {@link #ACCEPTED} as soon as the automaton accepts,
     * {@link #REJECTED} as soon as it rejects, else the row it is in after the last character.
     */
    int read(int row, char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text[i];
            int k;
            if (ch < 256) {
                k = latinClass[ch];
            } else if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
                k = classOf(Character.toCodePoint(ch, text[++i]));
            } else {
                k = classOf(ch);
            }
            row = next[row + k];
            if (row < 0) {
                return row;
            }
        }
        return row;
    }
}
