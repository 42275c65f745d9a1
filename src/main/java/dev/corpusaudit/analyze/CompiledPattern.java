package dev.corpusaudit.analyze;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.nio.CharBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One expression of a pattern rule on RE2/J (linear time), with the two automata that spare RE2/J most of the text:
 * the {@link MatchPrefilter}, which rules out a whole stretch, and {@link MatchStarts}, which rules out the positions
 * where no match can start, so that RE2/J runs anchored at the few others. Both give the matches RE2/J's
 * unanchored search gives, leftmost first; a pattern without a start automaton, or with a small program
 * ({@link #ANCHORED_FROM}), runs on that search alone. Thread-safe; a {@link Cursor} is not.
 */
final class CompiledPattern {
    /**
     * How many times the stretch's length the anchored runs may read, counting for each run everything from its
     * position to the stretch's end (what RE2/J reads at most): past it, the cursor goes on with the unanchored
     * search, so that no pattern costs more than a fixed multiple of it (a pattern whose threads live long, like
     * {@code (a+)+b} in a long run of a's, would otherwise read the rest of the stretch from every position).
     */
    static final int ANCHORED_READS = 32;
    /**
     * RE2/J's program size from which a pattern runs anchored at its start positions. RE2/J's cost per character
     * grows with its program (the instructions it adds at every position of an unanchored search); below this, as
     * for most identifier patterns in their short windows, the unanchored search costs less than finding the start
     * positions and starting RE2/J at each (a whole-process A/B of {@code scan} was slower with every pattern anchored).
     */
    static final int ANCHORED_FROM = 500;
    /** What spares RE2/J text, by pattern, built once per process on first use (the automata and anchored forms). */
    private static final Map<Key, Skips> BUILT = new ConcurrentHashMap<>();
    private final String regex;
    private final Pattern pattern;
    /** Whether the pattern runs anchored at its start positions, when it has a start automaton. */
    private final boolean anchored;
    /**
     * What spares RE2/J text, from {@link #BUILT} on first use (most patterns run rarely; a few take 100-500 ms to
     * build).
     */
    private volatile Skips skips;

    /**
     * The prefilter and the start automaton, each null when the pattern has none, and with a start automaton the
     * pattern anchored two ways. {@code atStart}: at the start of the text, since RE2/J's {@code lookingAt} alone
     * steps on to the end of the text after its last thread died and a leading {@code ^} makes it stop there;
     * {@code afterOne}: the same after one character of any kind, so that RE2/J, run from one character before a
     * position, sees what precedes it, as {@code \b} and a multi-line {@code ^} need, and matches from it on.
     */
    private record Skips(MatchPrefilter quickNo, MatchStarts starts, Pattern atStart, Pattern afterOne) {
    }

    private record Key(String regex, boolean anchored) {
    }

    CompiledPattern(String regex) {
        this(regex, ANCHORED_FROM);
    }

    /** @param anchoredFrom the program size from which the pattern runs anchored (0 in tests: always) */
    CompiledPattern(String regex, int anchoredFrom) {
        this.regex = regex;
        this.pattern = Pattern.compile(regex); // throws PatternSyntaxException here, for the rule's error message
        this.anchored = pattern.matcher("").programSize() >= anchoredFrom;
    }

    private Skips skips() {
        Skips built = skips;
        if (built == null) {
            built = BUILT.computeIfAbsent(new Key(regex, anchored), CompiledPattern::build);
            skips = built;
        }
        return built;
    }

    private static Skips build(Key key) {
        String regex = key.regex();
        MatchStarts starts = key.anchored() ? MatchStarts.of(regex) : null;
        return new Skips(MatchPrefilter.of(regex), starts,
                starts == null ? null : Pattern.compile("^(?:" + regex + ")"),
                starts == null ? null : Pattern.compile("^(?s:.)(?:" + regex + ")"));
    }

    /**
     * The matches in the stretch {@code [from, to)} of a text (whose characters are {@code chars}), which the
     * pattern reads as the whole input, as it would a substring; null when the prefilter rules the stretch out.
     */
    Cursor in(String text, char[] chars, int from, int to) {
        Skips with = skips();
        if (with.quickNo() != null && !with.quickNo().mayMatch(chars, from, to)) {
            return null;
        }
        return new Cursor(with, text, chars, from, to);
    }

    /** The pattern's prefilter, or null when it has none. */
    MatchPrefilter prefilter() {
        return skips().quickNo();
    }

    /** Whether the pattern matches anywhere in the text. */
    boolean findsIn(String text) {
        Cursor matches = in(text, text.toCharArray(), 0, text.length());
        return matches != null && matches.find(0);
    }

    /** The matches of the pattern in one stretch, found one at a time; positions are the text's. */
    final class Cursor {
        private final MatchStarts starts;
        private final String text;
        private final char[] chars;
        private final int from;
        private final int to;
        private final Matcher atStretchStart;
        private final Matcher afterOneChar;
        /** The unanchored search over the stretch, once there is one. */
        private Matcher search;
        private Matcher found;
        /** Where the input of the matcher that found the last match starts in the text. */
        private int base;
        /** The characters the anchored runs so far could have read, at most. */
        private long read;

        private Cursor(Skips with, String text, char[] chars, int from, int to) {
            this.starts = with.starts();
            this.text = text;
            this.chars = chars;
            this.from = from;
            this.to = to;
            this.atStretchStart = starts == null ? null : with.atStart().matcher("");
            this.afterOneChar = starts == null ? null : with.afterOne().matcher("");
        }

        /** Finds the leftmost match that starts at or after {@code at}; false when there is none. */
        boolean find(int at) {
            int p = at;
            if (search == null && starts != null) {
                for (; p < to; p++) {
                    if (Character.isLowSurrogate(chars[p]) && p > from && Character.isHighSurrogate(chars[p - 1])) {
                        continue; // RE2/J reads code points: no match starts inside one
                    }
                    if (!starts.mayStartAt(chars, from, p, to)) {
                        continue;
                    }
                    if (read > (long) ANCHORED_READS * (to - from)) {
                        break; // a pattern whose runs read far from many positions: on to the unanchored search
                    }
                    read += to - p;
                    found = p == from ? atStretchStart : afterOneChar;
                    base = p == from ? p : p - 1;
                    found.reset(CharBuffer.wrap(chars, base, to - base));
                    if (found.lookingAt()) {
                        return true;
                    }
                }
                if (p >= to) {
                    return false;
                }
            }
            if (search == null) {
                search = pattern.matcher(from == 0 && to == text.length() ? text : text.substring(from, to));
            }
            found = search;
            base = from;
            return p <= to && search.find(p - from);
        }

        /** Where group {@code g} of the last match starts in the text, or -1 when it took no part. */
        int start(int g) {
            int s = found.start(g);
            if (s < 0) {
                return -1;
            }
            return g == 0 && found == afterOneChar ? base + s + 1 : base + s; // not the character before it
        }

        /** Where group {@code g} of the last match ends in the text, or -1 when it took no part. */
        int end(int g) {
            int e = found.end(g);
            return e < 0 ? -1 : base + e;
        }
    }
}
