package dev.corpusaudit.analyze;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Where many keywords occur in a text, ignoring case, in one pass: an Aho-Corasick automaton compiled to a dense
 * transition table (one array read per character), each keyword tagged with the ids that it stands for. A keyword
 * matches anywhere, also inside a word. The prefilter of the pattern rules runs this over every record, so it is
 * built for that: no allocation per character or per hit. (The ahocorasick library it replaces kept a hash map
 * per state and an object per hit, and took about a quarter of the pattern stage.) Thread-safe once built.
 */
final class KeywordAutomaton {
    /** Character class of every char, the same for upper and lower case (0: a char no keyword has). */
    private final short[] charClass = new short[Character.MAX_VALUE + 1];
    private final int classes;
    /**
     * The transitions, by row: the entry at {@code row + class} is the next state's row ({@code state * classes});
     * complemented ({@code ~row}, negative) when keywords end in that state. The root's row is 0.
     */
    private final int[] table;
    /**
     * For each state, the keywords that end there (its own and, through failure links, its suffixes'), as pairs of
     * id and keyword length; null for none.
     */
    private final int[][] output;

    /** Told of each occurrence of a keyword: one call per id the keyword stands for. */
    interface Hits {
        void hit(int id, int start, int end);
    }

    /** @param keywords keyword to the ids it stands for (case is ignored) */
    KeywordAutomaton(Map<String, ? extends Iterable<Integer>> keywords) {
        int nextClass = 1;
        for (String keyword : keywords.keySet()) {
            for (int i = 0; i < keyword.length(); i++) {
                char c = Character.toLowerCase(keyword.charAt(i));
                if (charClass[c] == 0) {
                    charClass[c] = (short) nextClass++;
                }
            }
        }
        this.classes = nextClass;
        // An upper-case char gets its lower case's class, so matching needs no lower-casing.
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lower = Character.toLowerCase((char) c);
            if (charClass[c] == 0 && lower != c) {
                charClass[c] = charClass[lower];
            }
        }
        // The trie, with a map per state while building.
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<TreeSet<Long>> ids = new ArrayList<>(); // (id << 32 | keyword length) of the keywords ending there
        children.add(new HashMap<>());
        ids.add(new TreeSet<>());
        for (Map.Entry<String, ? extends Iterable<Integer>> entry : keywords.entrySet()) {
            String keyword = entry.getKey();
            if (keyword.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < keyword.length(); i++) {
                int c = charClass[Character.toLowerCase(keyword.charAt(i))];
                Integer next = children.get(state).get(c);
                if (next == null) {
                    next = children.size();
                    children.add(new HashMap<>());
                    ids.add(new TreeSet<>());
                    children.get(state).put(c, next);
                }
                state = next;
            }
            for (int id : entry.getValue()) {
                ids.get(state).add((long) id << 32 | keyword.length());
            }
        }
        // Breadth first: failure links, and the missing transitions taken from the failure state's.
        int states = children.size();
        int[] delta = new int[states * classes]; // next state = delta[state * classes + class]
        int[] fail = new int[states];
        int[] rank = new int[states]; // a state's place in breadth-first order: its row in the table
        int ranked = 1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (Map.Entry<Integer, Integer> child : children.get(0).entrySet()) {
            delta[child.getKey()] = child.getValue();
            queue.add(child.getValue());
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            rank[state] = ranked++;
            ids.get(state).addAll(ids.get(fail[state]));
            for (int c = 0; c < classes; c++) {
                Integer child = children.get(state).get(c);
                int viaFail = delta[fail[state] * classes + c];
                if (child == null) {
                    delta[state * classes + c] = viaFail;
                } else {
                    delta[state * classes + c] = child;
                    fail[child] = viaFail;
                    queue.add(child);
                }
            }
        }
        // Rows in breadth-first order: the states a text visits most (the root and short prefixes) share a few
        // kilobytes of the table, which stays in the CPU's cache (the table of the shipped rules is larger than that cache).
        this.output = new int[states][];
        for (int s = 0; s < states; s++) {
            if (!ids.get(s).isEmpty()) {
                output[rank[s]] = ids.get(s).stream()
                        .flatMapToInt(e -> IntStream.of((int) (e >>> 32), (int) (long) e)).toArray();
            }
        }
        this.table = new int[delta.length];
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < classes; c++) {
                int to = rank[delta[s * classes + c]];
                table[rank[s] * classes + c] = output[to] == null ? to * classes : ~(to * classes);
            }
        }
    }

    /** Reports every occurrence of every keyword in the text, in order of where they end. */
    void scan(String text, Hits hits) {
        scan(text.toCharArray(), hits);
    }

    /** The same, over a text's characters. */
    void scan(char[] chars, Hits hits) {
        int row = 0;
        for (int i = 0; i < chars.length; i++) {
            row = table[row + charClass[chars[i]]];
            if (row < 0) {
                row = ~row;
                int[] out = output[row / classes];
                for (int k = 0; k < out.length; k += 2) {
                    hits.hit(out[k], i + 1 - out[k + 1], i + 1);
                }
            }
        }
    }
}
