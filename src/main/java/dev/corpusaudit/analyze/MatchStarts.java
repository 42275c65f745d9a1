package dev.corpusaudit.analyze;

import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import java.util.regex.Pattern;

/**
 * Where in a stretch of text a match of an RE2 pattern may start: a deterministic automaton (Lucene's) of the
 * beginnings of its matches ({@link LooseRegex#start}), read from a position on. RE2/J's unanchored search adds the
 * pattern's first instructions at every position, which for a pattern that opens with a list of hundreds of words
 * (the salary rules' pay phrases, the greetings) costs hundreds of nanoseconds a character; this automaton reads
 * a character in a few, and most positions end at their first. {@link PatternRule} runs RE2/J anchored at the
 * positions it lets through, the first of which that holds a match gives the match the unanchored search would
 * have found (no match can start where this says no). A pattern that opens with {@code \b} starts only where RE2
 * sees a word boundary, which is checked first. A pattern whose start automaton would accept the empty
 * string, that it cannot read or that is too large has none ({@link #of} returns null). Thread-safe.
 */
final class MatchStarts {
    /** Characters read from a position at most: a position still undecided after them may start a match. */
    static final int MAX_STEPS = 48;
    private static final int WORK_LIMIT = 20_000;
    /** A {@code \b} (after flags) a pattern opens with. */
    private static final Pattern LEADING_BOUNDARY = Pattern.compile("^(?:\\(\\?[imsU]+\\))?\\\\b");

    private final TextDfa dfa;
    private final boolean atWordBoundary;

    private MatchStarts(TextDfa dfa, boolean atWordBoundary) {
        this.dfa = dfa;
        this.atWordBoundary = atWordBoundary;
    }

    /**
     * The start automaton of an RE2 pattern, or null when it has none. Built once per process, on a pattern's first
     * use, by {@link CompiledPattern}.
     */
    static MatchStarts of(String regex) {
        try {
            Automaton start = LooseRegex.start(regex);
            if (start.getNumStates() == 0 || start.isAccept(0)) {
                return null; // a match may be empty: every position may start one
            }
            return new MatchStarts(new TextDfa(start, WORK_LIMIT),
                    opensWithBoundary(regex));
        } catch (UnsupportedOperationException | TooComplexToDeterminizeException | IllegalArgumentException
                 | IndexOutOfBoundsException | StackOverflowError e) {
            return null;
        }
    }

    /**
     * False when no match can start at {@code at} in the stretch {@code [from, to)} of a text, which RE2/J reads as
     * the whole input; true when one may. The stretch's end reads as {@link MatchPrefilter#EDGE}, as in the
     * prefilter.
     */
    boolean mayStartAt(char[] text, int from, int at, int to) {
        if (atWordBoundary && (at > from && isWord(text[at - 1])) == (at < to && isWord(text[at]))) {
            return false; // RE2's \b: a word character on one side only
        }
        int limit = Math.min(to, at + MAX_STEPS);
        if (limit < to && Character.isHighSurrogate(text[limit - 1])) {
            limit++; // a code point is read whole
        }
        int row = dfa.read(TextDfa.START, text, at, limit);
        if (row < 0) {
            return row == TextDfa.ACCEPTED;
        }
        if (limit < to) {
            return true; // read as far as it goes: undecided
        }
        return dfa.step(row, MatchPrefilter.EDGE) == TextDfa.ACCEPTED;
    }

    /**
     * Whether every match of the pattern starts at a word boundary: it opens with {@code \b} (after flags), and no
     * '|' outside groups makes another branch that does not.
     */
    static boolean opensWithBoundary(String regex) {
        if (!LEADING_BOUNDARY.matcher(regex).find()) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = LooseRegex.endOfClass(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** A word character as RE2's {@code \b} reads them: ASCII letters and digits, and '_'. */
    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
