package dev.corpusaudit.analyze;

import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

import java.util.ArrayList;
import java.util.List;

/**
 * A looser automaton for an RE2 pattern, for {@link MatchPrefilter}: it accepts every text the pattern's beginning
 * matches, and more, never less. Only the pattern's first few characters are kept (a sequence is cut once its
 * shortest match is {@link #ENOUGH} characters long, counting into groups and repeats: {@code [0-9]{11}} becomes
 * {@code [0-9]{10}}; a text that contains a match of the whole sequence contains one of its beginning); assertions
 * ({@code ^ $ \b \B}) are left out; a counted repeat {@code {n,m}} becomes "at least n"; a character class it cannot
 * spell out ({@code \p{L}}, a negated class) becomes "any character"; branches of one length (country codes)
 * become one class per position; an alternation of many branches keeps only four characters of each; a long word
 * list becomes "any text" (the keyword prefilter has looked for its words already), and what follows it counts. Case-insensitive parts
 * accept every character whose case folds to the pattern's ({@link CaseFolding}). Syntax it does not know is an
 * {@link UnsupportedOperationException}. Recursive descent; one instance per pattern.
 */
final class LooseRegex {
    /** Characters of pattern enough to rule out most stretches of text. */
    static final int ENOUGH = 10;
    /** Alternations with more branches than this are cut at {@link #SHORT} characters per branch. */
    static final int FEW_BRANCHES = 8;
    static final int SHORT = 4;
    /** Alternations with more branches than this (word lists) are left out, and cut the sequence there. */
    static final int MAX_BRANCHES = 24;
    private final String re;
    private int pos;

    private LooseRegex(String re) {
        this.re = re;
    }

    /** The looser automaton of an RE2 pattern. */
    static Automaton of(String regex) {
        return new LooseRegex(regex).parse();
    }

    private Automaton parse() {
        Piece piece = alternation(false, ENOUGH);
        if (pos != re.length()) {
            throw new UnsupportedOperationException("unbalanced ')' at " + pos);
        }
        return piece.automaton();
    }

    /**
     * a|b|c up to a ')' or the end, each branch cut at {@code budget} characters; {@code ignoreCase} as set by
     * the enclosing group's flags.
     */
    private Piece alternation(boolean ignoreCase, int budget) {
        int start = pos;
        List<Piece> parsed = branches(ignoreCase, budget);
        if (parsed.size() > FEW_BRANCHES && budget > SHORT) {
            // many long branches overlap in ways that make the automaton slow to build: shorter ones do not
            pos = start;
            parsed = branches(ignoreCase, SHORT);
        }
        List<Piece> branches = parsed;
        if (branches.size() == 1) {
            return branches.get(0);
        }
        if (branches.stream().allMatch(b -> b.positions() != null && !b.positions().isEmpty()
                && b.positions().size() == branches.get(0).positions().size())) {
            // strings of one length (country codes): each position any of the branches' characters there
            List<List<int[]>> merged = new ArrayList<>();
            for (int i = 0; i < branches.get(0).positions().size(); i++) {
                List<int[]> ranges = new ArrayList<>();
                for (Piece b : branches) {
                    ranges.addAll(b.positions().get(i));
                }
                merged.add(ranges);
            }
            Automaton each = Operations.concatenate(merged.stream().map(LooseRegex::union).toList());
            return new Piece(each, merged.size(), false, merged);
        }
        if (branches.size() > MAX_BRANCHES) {
            // a word list: its automaton is slow to build, and the keyword prefilter has looked for its words
            // already; any text stands for it, and what follows it in the pattern still counts
            return Piece.of(Automata.makeAnyString(), 0);
        }
        return new Piece(Operations.union(branches.stream().map(Piece::automaton).toList()),
                branches.stream().mapToInt(Piece::minLength).min().orElse(0),
                branches.stream().anyMatch(Piece::cut), null);
    }

    private List<Piece> branches(boolean ignoreCase, int budget) {
        List<Piece> branches = new ArrayList<>();
        boolean[] flags = {ignoreCase};
        branches.add(concatenation(flags, budget));
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation(flags, budget));
        }
        return branches;
    }

    /**
     * Items in a row, cut after the item that makes the row {@code budget} long or that was cut itself (the rest
     * is still parsed, and dropped); a flag group like {@code (?i)} changes {@code flags[0]} for the rest of the
     * group.
     */
    private Piece concatenation(boolean[] flags, int budget) {
        List<Automaton> items = new ArrayList<>();
        List<List<int[]>> positions = new ArrayList<>();
        int length = 0;
        boolean cut = false;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            int left = cut ? 1 : budget - length;
            Piece atom = atom(flags, left);
            if (atom == null) {
                continue;
            }
            Piece item = repeat(atom, left);
            if (!cut) {
                items.add(item.automaton());
                length += item.minLength();
                cut = item.cut() || length >= budget;
                if (positions != null && item.positions() != null) {
                    positions.addAll(item.positions());
                } else {
                    positions = null;
                }
            }
        }
        return new Piece(items.isEmpty() ? Automata.makeEmptyString() : Operations.concatenate(items), length, cut,
                cut ? null : positions);
    }

    /** The quantifiers after an item; a repeat longer than {@code budget} characters is cut to it. */
    private Piece repeat(Piece atom, int budget) {
        while (pos < re.length()) {
            char c = re.charAt(pos);
            int min;
            boolean exact = false;
            if (c == '*' || c == '?') {
                min = 0;
            } else if (c == '+') {
                min = 1;
            } else if (c == '{' && re.indexOf('}', pos) > 0
                    && re.substring(pos + 1, re.indexOf('}', pos)).matches("\\d+(,\\d*)?")) {
                String[] bounds = re.substring(pos + 1, re.indexOf('}', pos)).split(",", -1);
                min = Integer.parseInt(bounds[0]);
                exact = bounds.length == 1;
                pos = re.indexOf('}', pos);
            } else {
                return atom;
            }
            pos++;
            if (pos < re.length() && re.charAt(pos) == '?') {
                pos++; // a lazy quantifier matches the same texts
            }
            Automaton a = atom.automaton();
            int length = atom.minLength();
            if (!atom.cut() && length > 0 && (long) min * length > budget) {
                int enough = Math.max(1, (budget + length - 1) / length);
                atom = new Piece(Operations.repeat(a, enough, enough), enough * length, true, null);
            } else if (atom.cut()) {
                // a cut piece may not be followed, not even by itself: one occurrence (or none) stands for all
                atom = new Piece(min == 0 ? Operations.optional(a) : a, min == 0 ? 0 : length, true, null);
            } else if (c == '?') {
                atom = Piece.of(Operations.optional(a), 0);
            } else {
                // {n} stays exact; {n,m}, {n,}, * and + become "at least n": looser, and far smaller
                atom = Piece.of(exact ? Operations.repeat(a, min, min) : Operations.repeat(a, min),
                        min * atom.minLength());
            }
        }
        return atom;
    }

    /** One item, or null for a flag group that matches nothing itself. */
    private Piece atom(boolean[] flags, int budget) {
        char c = re.charAt(pos++);
        switch (c) {
            case '(':
                return group(flags, budget);
            case '[':
                return Piece.oneOf(charClass(flags[0]));
            case '.':
                return Piece.oneOf(ANY);
            case '^':
            case '$':
                return Piece.empty();
            case '\\':
                return escape(flags[0]);
            case '*':
            case '+':
            case '?':
                throw new UnsupportedOperationException("repeat of nothing at " + (pos - 1));
            default:
                return Piece.oneOf(literal(c, flags[0]));
        }
    }

    private Piece group(boolean[] flags, int budget) {
        boolean ignoreCase = flags[0];
        if (re.startsWith("?", pos)) {
            pos++;
            if (re.startsWith("P<", pos) || re.startsWith("<", pos)) {
                pos = re.indexOf('>', pos) + 1; // a named group
                if (pos == 0) {
                    throw new UnsupportedOperationException("unterminated group name");
                }
            } else {
                boolean on = true;
                while (pos < re.length() && re.charAt(pos) != ':' && re.charAt(pos) != ')') {
                    char f = re.charAt(pos++);
                    if (f == '-') {
                        on = false;
                    } else if (f == 'i') {
                        ignoreCase = on;
                    } else if (f != 's' && f != 'm' && f != 'U') {
                        throw new UnsupportedOperationException("flag " + f);
                    }
                }
                if (pos >= re.length()) {
                    throw new UnsupportedOperationException("unterminated group");
                }
                if (re.charAt(pos++) == ')') {
                    flags[0] = ignoreCase; // (?i): for the rest of the enclosing group
                    return null;
                }
            }
        }
        Piece inner = alternation(ignoreCase, budget);
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new UnsupportedOperationException("missing ')'");
        }
        pos++;
        return inner;
    }

    private Piece escape(boolean ignoreCase) {
        if (pos >= re.length()) {
            throw new UnsupportedOperationException("trailing backslash");
        }
        char c = re.charAt(pos++);
        switch (c) {
            case 'b':
            case 'B':
            case 'A':
            case 'z':
                return Piece.empty();
            case 'd':
                return Piece.oneOf(List.of(new int[]{'0', '9'}));
            case 's':
                return Piece.oneOf(List.of(new int[]{'\t', '\n'}, new int[]{'\f', '\r'}, new int[]{' ', ' '}));
            case 'w':
                return Piece.oneOf(List.of(new int[]{'0', '9'}, new int[]{'A', 'Z'}, new int[]{'a', 'z'},
                        new int[]{'_', '_'}));
            case 'p':
            case 'P':
                skipClassName();
                return Piece.oneOf(ANY);
            case 'D':
            case 'S':
            case 'W':
                return Piece.oneOf(ANY);
            default:
                return Piece.oneOf(literal(escapedChar(c), ignoreCase));
        }
    }

    /** The character an escape other than a class stands for ({@code \t}, {@code \x{00A0}}, {@code \.}). */
    private int escapedChar(char c) {
        switch (c) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'v':
                return 0x0B;
            case 'x':
                if (re.startsWith("{", pos)) {
                    int end = re.indexOf('}', pos);
                    int v = Integer.parseInt(re.substring(pos + 1, end), 16);
                    pos = end + 1;
                    return v;
                }
                int v = Integer.parseInt(re.substring(pos, pos + 2), 16);
                pos += 2;
                return v;
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new UnsupportedOperationException("escape \\" + c);
                }
                return c;
        }
    }

    private void skipClassName() {
        if (re.startsWith("{", pos)) {
            pos = re.indexOf('}', pos) + 1;
            if (pos == 0) {
                throw new UnsupportedOperationException("unterminated \\p{");
            }
        } else {
            pos++; // one-letter class name: \pL
        }
    }

    /** A bracket class; a negated one, or one holding a class it cannot spell out, is any character. */
    private List<int[]> charClass(boolean ignoreCase) {
        boolean negated = re.startsWith("^", pos);
        if (negated) {
            pos++;
        }
        List<int[]> ranges = new ArrayList<>();
        boolean anyChar = negated;
        boolean first = true;
        while (pos < re.length() && (re.charAt(pos) != ']' || first)) {
            first = false;
            int lo;
            char c = re.charAt(pos++);
            if (c == '[' && re.startsWith(":", pos)) {
                pos = re.indexOf(":]", pos) + 2; // [:alpha:]
                anyChar = true;
                continue;
            }
            if (c == '\\') {
                char e = re.charAt(pos++);
                if ("dswDSWpP".indexOf(e) >= 0) {
                    if (e == 'p' || e == 'P') {
                        skipClassName();
                    }
                    if (e == 'd') {
                        ranges.add(new int[]{'0', '9'});
                    } else if (e == 's') {
                        ranges.addAll(List.of(new int[]{'\t', '\n'}, new int[]{'\f', '\r'}, new int[]{' ', ' '}));
                    } else if (e == 'w') {
                        ranges.addAll(List.of(new int[]{'0', '9'}, new int[]{'A', 'Z'}, new int[]{'a', 'z'},
                                new int[]{'_', '_'}));
                    } else {
                        anyChar = true;
                    }
                    continue;
                }
                lo = escapedChar(e);
            } else {
                lo = c;
            }
            int hi = lo;
            if (re.startsWith("-", pos) && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
                pos++;
                char h = re.charAt(pos++);
                hi = h == '\\' ? escapedChar(re.charAt(pos++)) : h;
            }
            ranges.add(new int[]{lo, hi});
        }
        if (pos >= re.length()) {
            throw new UnsupportedOperationException("unterminated class");
        }
        pos++; // ']'
        if (anyChar) {
            return ANY;
        }
        return ignoreCase ? CaseFolding.widen(ranges) : ranges;
    }

    private static List<int[]> literal(int c, boolean ignoreCase) {
        List<int[]> one = List.of(new int[]{c, c});
        return ignoreCase ? CaseFolding.widen(one) : one;
    }

    /**
     * A piece of the pattern: its looser automaton, the length of its shortest match, and whether it was cut short
     * (the automaton of a cut piece is a prefix of the real one, so nothing may follow it).
     */
    private record Piece(Automaton automaton, int minLength, boolean cut, List<List<int[]>> positions) {
        static Piece of(Automaton a, int minLength) {
            return new Piece(a, minLength, false, null);
        }

        /** One character out of the ranges: a piece whose positions are known. */
        static Piece oneOf(List<int[]> ranges) {
            return new Piece(union(ranges), 1, false, List.of(ranges));
        }

        /** Nothing at all (an assertion): zero positions. */
        static Piece empty() {
            return new Piece(Automata.makeEmptyString(), 0, false, List.of());
        }
    }

    /** Any character at all. */
    private static final List<int[]> ANY = List.of(new int[]{0, Character.MAX_CODE_POINT});

    /** One character out of the ranges: two states, one transition per merged range, deterministic already. */
    private static Automaton union(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
        Automaton a = new Automaton();
        int from = a.createState();
        int to = a.createState();
        a.setAccept(to, true);
        int[] current = null;
        for (int[] r : sorted) {
            if (current != null && r[0] <= current[1] + 1) {
                current[1] = Math.max(current[1], r[1]);
            } else {
                if (current != null) {
                    a.addTransition(from, to, current[0], current[1]);
                }
                current = new int[]{r[0], r[1]};
            }
        }
        a.addTransition(from, to, current[0], current[1]);
        a.finishState();
        return a;
    }
}
