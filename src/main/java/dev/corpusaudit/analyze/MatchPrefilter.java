package dev.corpusaudit.analyze;

import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import java.util.List;

/**
 * A quick "no" before RE2/J: a deterministic automaton (Lucene's) for the texts that contain a match of an RE2
 * pattern, or of something a little looser. RE2/J simulates an NFA, at 70 to 700 ns per character on this kind of
 * machine; this DFA reads a character in a few nanoseconds, so a stretch of text where it finds nothing is skipped
 * for a fraction of what RE2/J would cost to find the same nothing. Only a "maybe" goes on to RE2/J, which decides.
 *
 * <p>The automaton is built from {@link LooseRegex}, which accepts a superset of what the pattern's beginning
 * matches, never less, so a "no" is always right. A pattern in syntax it does not know, one whose automaton would be
 * too large, and one whose kept beginning matches the empty string get no prefilter ({@link #of} returns null) and
 * run on RE2/J alone. Thread-safe.
 */
final class MatchPrefilter {
    /**
     * The character read before and after every stretch, where RE2/J, run on the stretch, sees its start and end:
     * what {@code ^} and {@code $} stand for in {@link LooseRegex}. A noncharacter, so no text means it.
     */
    static final int EDGE = 0xFFFF;
    /** Determinization effort allowed per pattern, so that loading a ruleset stays quick. */
    private static final int WORK_LIMIT = 20_000;

    private final TextDfa dfa;

    private MatchPrefilter(TextDfa dfa) {
        this.dfa = dfa;
    }

    /**
     * The prefilter of an RE2 pattern, or null when it has none (unknown syntax, too large, matches ""). Built once
     * per process, on a pattern's first use, by {@link CompiledPattern}: a few take 100-300 ms.
     */
    static MatchPrefilter of(String regex) {
        try {
            Automaton pattern = LooseRegex.of(regex);
            if (pattern.getNumStates() == 0 || pattern.isAccept(0)) { // state 0 is where a Lucene automaton starts
                return null; // matches the empty string: it could rule out nothing
            }
            Automaton contains = Operations.concatenate(List.of(Automata.makeAnyString(), pattern,
                    Automata.makeAnyString()));
            return new MatchPrefilter(new TextDfa(contains, WORK_LIMIT));
        } catch (UnsupportedOperationException | TooComplexToDeterminizeException | IllegalArgumentException
                 | IndexOutOfBoundsException | StackOverflowError e) {
            return null; // a pattern this cannot read or build (nested too deep, too large) runs on RE2/J alone
        }
    }

    /** False when the pattern cannot match anywhere in {@code text[from, to)}; true when it may. */
    boolean mayMatch(char[] text, int from, int to) {
        int row = dfa.step(TextDfa.START, EDGE);
        if (row >= 0) {
            row = dfa.read(row, text, from, to);
        }
        if (row >= 0) {
            row = dfa.step(row, EDGE);
        }
        return row == TextDfa.ACCEPTED;
    }
}
