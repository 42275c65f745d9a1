package dev.corpusaudit.analyze;

import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

import java.util.ArrayList;
import java.util.List;

/**
 * A looser automaton for an RE2 pattern, for {@link MatchPrefilter} (and, read from one position, for
 * {@link MatchStarts}: see {@link #start}): it accepts every text the pattern's beginning matches, and more, never
 * less. Only the pattern's first few characters are kept (a sequence is cut once its
 * shortest match is {@link #ENOUGH} characters long, counting into groups and repeats: {@code [0-9]{16}} becomes
 * {@code [0-9]{13}}; a text that contains a match of the whole sequence contains one of its beginning; 13 keeps an
 * 11-digit number with a boundary on each side whole, so that a longer run of digits does not pass for one);
 * {@code ^} and {@code $} read the edge of the stretch or a line break where nothing before (after) them reads a
 * character, and are left out elsewhere, as are {@code \b \B}; a counted repeat {@code {n,m}} becomes "at least
 * n"; a character class it cannot spell out ({@code \p{L}}) becomes "any character", a negated class every
 * character but those it lists that it can spell out ({@code [^\p{L}\p{N}_]}: all but ASCII and Latin letters,
 * ASCII digits and '_'); branches of one length (country codes) become one class per position; an alternation of
 * many branches keeps only four characters of each; a long word list becomes "any text" (the keyword prefilter has
 * looked for its words already), and what follows it counts. Case-insensitive parts accept every character whose
 * case folds to the pattern's ({@link CaseFolding}); a negated class there is any character. Syntax it does not
 * know is an {@link UnsupportedOperationException}. Recursive descent; one instance per pattern.
 */
final class LooseRegex {
    /** Characters of pattern enough to rule out most stretches of text. */
    static final int ENOUGH = 13;
    /** Alternations with more branches than this are cut at {@link #SHORT} characters per branch. */
    static final int FEW_BRANCHES = 8;
    static final int SHORT = 4;
    /** Alternations with more branches than this (word lists) are left out, and cut the sequence there. */
    static final int MAX_BRANCHES = 24;
    private final String re;
    /**
     * Whether alternations keep their branches as long as the budget allows, word lists included, instead of
     * cutting many branches short and taking a long word list as any text: an automaton read from one position
     * stays small however many branches it has, unlike one that looks for them anywhere.
     */
    private final boolean keepBranches;
    private int pos;

    private LooseRegex(String re, boolean keepBranches) {
        this.re = re;
        this.keepBranches = keepBranches;
    }

    /** The looser automaton of an RE2 pattern. */
    static Automaton of(String regex) {
        return new LooseRegex(regex, false).parse(true);
    }

    /**
     * A looser automaton for where a match of an RE2 pattern may start, for {@link MatchStarts}: it accepts a
     * beginning of every match (and more), read from the match's first character on, so {@code ^} is left out;
     * alternations keep their branches, long word lists too, up to the budget.
     */
    static Automaton start(String regex) {
        return new LooseRegex(regex, true).parse(false);
    }

    private Automaton parse(boolean lead) {
        Piece piece = alternation(false, ENOUGH, lead);
        if (pos != re.length()) {
            throw new UnsupportedOperationException("unbalanced ')' at " + pos);
        }
        return piece.automaton();
    }

    /**
     * a|b|c up to a ')' or the end, each branch cut at {@code budget} characters; {@code ignoreCase} as set by
     * the enclosing group's flags.
     */
    private Piece alternation(boolean ignoreCase, int budget, boolean lead) {
        int start = pos;
        List<Piece> parsed = branches(ignoreCase, budget, lead);
        if (parsed.size() > FEW_BRANCHES && budget > SHORT && !keepBranches) {
            // many long branches overlap in ways that make the automaton slow to build: shorter ones do not
            pos = start;
            parsed = branches(ignoreCase, SHORT, lead);
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
        if (branches.size() > MAX_BRANCHES && !keepBranches) {
            // a word list: its automaton is slow to build, and the keyword prefilter has looked for its words
            // already; any text stands for it, and what follows it in the pattern still counts
            return Piece.of(Automata.makeAnyString(), 0);
        }
        return new Piece(Operations.union(branches.stream().map(Piece::automaton).toList()),
                branches.stream().mapToInt(Piece::minLength).min().orElse(0),
                branches.stream().anyMatch(Piece::cut), null);
    }

    private List<Piece> branches(boolean ignoreCase, int budget, boolean lead) {
        List<Piece> branches = new ArrayList<>();
        boolean[] flags = {ignoreCase};
        branches.add(concatenation(flags, budget, lead));
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation(flags, budget, lead));
        }
        return branches;
    }

    /**
     * Items in a row, cut after the item that makes the row {@code budget} long or that was cut itself, unless a
     * text may skip it (the rest is still parsed, and dropped); a flag group like {@code (?i)} changes
     * {@code flags[0]} for the rest of the group. {@code lead}: nothing before this row in the pattern reads a
     * character (see {@link #atom}).
     */
    private Piece concatenation(boolean[] flags, int budget, boolean lead) {
        List<Piece> kept = new ArrayList<>();
        List<List<int[]>> positions = new ArrayList<>();
        int length = 0;
        boolean full = false;
        boolean cut = false;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            int left = full ? 1 : budget - length;
            Piece atom = atom(flags, left, lead);
            if (atom == null) {
                continue;
            }
            Piece item = repeat(atom, left);
            boolean assertion = item.automaton().getNumStates() == 1 && item.automaton().isAccept(0); // reads nothing
            lead &= assertion;
            if (full) {
                cut |= !assertion; // dropped: the row is a prefix of the real one
                continue;
            }
            kept.add(item);
            length += item.minLength();
            cut = item.cut() && !item.skippable();
            full = cut || length >= budget;
            if (positions != null && item.positions() != null && !item.skippable()) {
                positions.addAll(item.positions());
            } else {
                positions = null;
            }
        }
        // right to left: a text that reads a skippable cut item ends there, one that skips it goes on
        Automaton row = Automata.makeEmptyString();
        boolean skips = false;
        for (int i = kept.size() - 1; i >= 0; i--) {
            Piece item = kept.get(i);
            skips |= item.skippable();
            row = item.skippable() ? Operations.union(List.of(item.automaton(), row))
                    : Operations.concatenate(List.of(item.automaton(), row));
        }
        return new Piece(row, length, cut || skips, cut || skips ? null : positions);
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
                // a cut piece may not be followed, not even by itself: one occurrence stands for all; an optional
                // one is skippable, and its row goes on after it for the texts that skip it
                atom = min == 0 ? new Piece(a, 0, true, null, true) : new Piece(a, length, true, null);
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

    /**
     * One item, or null for a flag group that matches nothing itself. {@code ^} where nothing before it in the
     * pattern reads a character, and {@code $} where nothing after it does, read the character RE2/J saw there: the
     * edge of the stretch ({@link MatchPrefilter#EDGE}, which {@link MatchPrefilter#mayMatch} reads before and after
     * it) or a line break; anywhere else they are left out.
     */
    private Piece atom(boolean[] flags, int budget, boolean lead) {
        char c = re.charAt(pos++);
        switch (c) {
            case '(':
                return group(flags, budget, lead);
            case '[':
                return Piece.oneOf(charClass(flags[0]));
            case '.':
                return Piece.oneOf(ANY);
            case '^':
                return lead ? Piece.oneOf(EDGE_OR_LINE_BREAK) : Piece.empty();
            case '$':
                return nothingReadAfter(pos) ? Piece.oneOf(EDGE_OR_LINE_BREAK) : Piece.empty();
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

    /**
     * Whether nothing from {@code at} to the end of the pattern reads a character on the way out of the current
     * branch: only group ends follow, or a '|' (the rest of that alternation is another branch), up to the end.
     */
    private boolean nothingReadAfter(int at) {
        int i = at;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == ')') {
                i++;
            } else if (c == '|') {
                i = endOfGroup(i); // the other branches of this group: skip to its ')'
            } else {
                return false; // something follows (or a quantifier on the group: not worth reading)
            }
        }
        return true;
    }

    /** The index of the ')' that closes the group the character at {@code at} is in, or the pattern's end. */
    private int endOfGroup(int at) {
        int depth = 0;
        for (int i = at; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = endOfClass(re, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return re.length();
    }

    /** The index of the ']' that closes the class opened at {@code at} in a pattern. */
    static int endOfClass(String re, int at) {
        int i = at + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            i++; // a ']' first in a class is a character
        }
        for (; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' && re.startsWith(":", i + 1)) {
                i = Math.max(i, re.indexOf(":]", i) + 1);
            } else if (c == ']') {
                return i;
            }
        }
        return re.length();
    }

    private Piece group(boolean[] flags, int budget, boolean lead) {
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
        Piece inner = alternation(ignoreCase, budget, lead);
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

    /** The name of a {@code \\p} class ({@code L} of {@code \\p{L}} or {@code \\pL}), read past. */
    private String className() {
        int start = pos;
        skipClassName();
        return re.substring(start, pos).replace("{", "").replace("}", "");
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

    /**
     * A bracket class. One holding a class it cannot spell out ({@code \\p{L}}) is any character. A negated one is
     * every character but some of those it lists: a class it cannot spell out counts for the part it can
     * ({@code \\p{L}}: ASCII and Latin letters; {@code \\p{N}}: ASCII digits; others: none), so the complement holds
     * at least what RE2 accepts; a negated class under {@code (?i)} is any character.
     */
    private List<int[]> charClass(boolean ignoreCase) {
        boolean negated = re.startsWith("^", pos);
        if (negated) {
            pos++;
        }
        List<int[]> ranges = new ArrayList<>();
        boolean anyChar = false;
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
                    String name = e == 'p' || e == 'P' ? className() : "";
                    if (e == 'd' || e == 'p' && (name.equals("N") || name.equals("Nd"))) {
                        ranges.add(new int[]{'0', '9'});
                        anyChar |= e == 'p' && !negated; // more digits than ASCII's
                    } else if (e == 's') {
                        ranges.addAll(List.of(new int[]{'\t', '\n'}, new int[]{'\f', '\r'}, new int[]{' ', ' '}));
                    } else if (e == 'w') {
                        ranges.addAll(List.of(new int[]{'0', '9'}, new int[]{'A', 'Z'}, new int[]{'a', 'z'},
                                new int[]{'_', '_'}));
                    } else if (e == 'p' && name.equals("L") && negated) {
                        ranges.addAll(SOME_LETTERS);
                    } else {
                        anyChar |= !negated; // in a negated class: counted as nothing, so the complement is wider
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
        if (negated) {
            return ignoreCase ? ANY : complement(ranges);
        }
        if (anyChar) {
            return ANY;
        }
        return ignoreCase ? CaseFolding.widen(ranges) : ranges;
    }

    /** Every code point not in the ranges (none if they cover all). */
    private static List<int[]> complement(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> out = new ArrayList<>();
        int next = 0;
        for (int[] r : sorted) {
            if (r[0] > next) {
                out.add(new int[]{next, r[0] - 1});
            }
            next = Math.max(next, r[1] + 1);
        }
        if (next <= Character.MAX_CODE_POINT) {
            out.add(new int[]{next, Character.MAX_CODE_POINT});
        }
        return out;
    }

    private static List<int[]> literal(int c, boolean ignoreCase) {
        List<int[]> one = List.of(new int[]{c, c});
        return ignoreCase ? CaseFolding.widen(one) : one;
    }

    /**
     * A piece of the pattern: its looser automaton, the length of its shortest match, whether it was cut short
     * (the automaton of a cut piece is a prefix of the real one, so nothing may follow it), and whether it is a cut
     * piece a text may also skip (a cut {@code (...)?}: the row it is in goes on without it).
     */
    private record Piece(Automaton automaton, int minLength, boolean cut, List<List<int[]>> positions,
                         boolean skippable) {
        Piece(Automaton automaton, int minLength, boolean cut, List<List<int[]>> positions) {
            this(automaton, minLength, cut, positions, false);
        }

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
    /** What {@code ^} and {@code $} read: the edge of the stretch, or a line break (multi-line mode). */
    private static final List<int[]> EDGE_OR_LINE_BREAK = List.of(new int[]{MatchPrefilter.EDGE, MatchPrefilter.EDGE},
            new int[]{'\n', '\n'});
    /** Letters every {@code \p{L}} holds (ASCII and Latin-1 to Latin Extended-B): fewer than all, never others. */
    private static final List<int[]> SOME_LETTERS = List.of(new int[]{'A', 'Z'}, new int[]{'a', 'z'},
            new int[]{0xC0, 0xD6}, new int[]{0xD8, 0xF6}, new int[]{0xF8, 0x24F});

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
